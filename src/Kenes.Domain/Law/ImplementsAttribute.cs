namespace Kenes.Domain.Law;

/// <summary>
/// Marks a type or member as the implementation of a paragraph of Order No. 378
/// (R1–R11, M1–M12, F and their subparagraphs). The traceability test reads it.
/// </summary>
[AttributeUsage(AttributeTargets.Class | AttributeTargets.Struct | AttributeTargets.Method | AttributeTargets.Property | AttributeTargets.Field, AllowMultiple = true, Inherited = false)]
public sealed class ImplementsAttribute(string normId) : Attribute
{
    public string NormId { get; } = normId;
}
