using Kenes.Infrastructure.Persistence;

namespace Kenes.Web.Features.Councils;

/// <summary>A council as the API shows it: names in all three languages.</summary>
public sealed record CouncilView(
    Guid Id, Guid StateBodyId, string StateBodyCode, LocalizedName StateBody, LocalizedName Direction,
    int Seats, string Status, Guid Version)
{
    public static CouncilView From(Council c) => new(
        c.Id, c.StateBodyId, c.StateBody!.Code,
        new LocalizedName(c.StateBody.NameKk, c.StateBody.NameRu, c.StateBody.NameEn),
        new LocalizedName(c.DirectionKk, c.DirectionRu, c.DirectionEn),
        c.Seats, c.Status.ToString(), c.Version);
}

public sealed record LocalizedName(string Kk, string Ru, string En);
