namespace Kenes.Infrastructure.Persistence;

/// <summary>A sectoral state body (R2.3) that may create sectoral councils (R3).</summary>
public sealed class StateBody
{
    public Guid Id { get; set; }
    public string Code { get; set; } = "";
    public string NameKk { get; set; } = "";
    public string NameRu { get; set; } = "";
    public string NameEn { get; set; } = "";
    public string Email { get; set; } = "";
    public string PostalAddress { get; set; } = "";
}
