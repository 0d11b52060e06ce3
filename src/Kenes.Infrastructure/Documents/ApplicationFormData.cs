using NodaTime;

namespace Kenes.Infrastructure.Documents;

/// <summary>
/// The fields of the application form (F, Annex 1 to the Rules), already in the language of the document.
/// <paramref name="OrganizationName"/> is ignored when <paramref name="IndependentExpert"/> is true, because
/// the form asks the applicant to choose one of the two.
/// </summary>
public sealed record ApplicationFormData(
    string StateBodyName,
    string Surname,
    string FirstName,
    string? Patronymic,
    string DirectionName,
    string? OrganizationName,
    bool IndependentExpert,
    IReadOnlyList<string> AttachedDocuments,
    LocalDate SubmittedOn,
    string ReceiptNumber);
