namespace Kenes.Domain.Formation;

/// <summary>
/// What the state-body officer writes in an R6 announcement; the R7.3 deadlines are not typed in but
/// computed on publication (<see cref="AnnouncementRules.Deadlines"/>).
/// </summary>
/// <param name="DirectionKk">R7.1: the sectoral direction in Kazakh (likewise Ru, En).</param>
/// <param name="DocumentsKk">R7.2: the list of R9 documents in Kazakh (likewise Ru, En); may span lines.</param>
/// <param name="PostalAddress">R7.4: where paper documents are sent; may span lines.</param>
/// <param name="Email">R7.4: where e-mailed documents are sent.</param>
public sealed record AnnouncementDraft(
    string DirectionKk,
    string DirectionRu,
    string DirectionEn,
    string DocumentsKk,
    string DocumentsRu,
    string DocumentsEn,
    string PostalAddress,
    string Email);
