namespace Kenes.Domain.Law;

/// <summary>
/// One paragraph or subparagraph of Order No. 378 as the code cites it.
/// </summary>
/// <param name="Id">
/// The citation used everywhere: "R5.7" (Rules, Annex 1), "M12.4" (Model Regulation, Annex 2),
/// "F" (the application form), "O2.1" (the order's own paragraphs).
/// </param>
/// <param name="ParentId">The enclosing paragraph ("R5" for "R5.7"); null for a top-level paragraph.</param>
/// <param name="Kk">An excerpt of the official Kazakh text (it is the text that stands).</param>
/// <param name="En">The English working translation (for engineers; not authoritative).</param>
public sealed record Norm(string Id, string? ParentId, string Kk, string En)
{
    /// <summary>Which instrument the norm belongs to, derived from the id's prefix.</summary>
    public NormSource Source => Id[0] switch
    {
        'R' => NormSource.Rules,
        'M' => NormSource.ModelRegulation,
        'F' => NormSource.ApplicationForm,
        _ => NormSource.Order,
    };

    public override string ToString() => Id;
}
