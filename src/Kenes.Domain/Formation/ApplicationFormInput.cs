namespace Kenes.Domain.Formation;

/// <summary>
/// The fields an applicant fills in on the Annex 1 form (F). The state body and the sectoral
/// direction come from the announcement, the date from the receipt, and the signature is the
/// submission itself (online) or the paper original (registered by HR).
/// </summary>
/// <param name="IndependentExpert">"as an independent expert" (R4) instead of "as a representative of" an organization.</param>
/// <param name="Consent">Consent to processing personal data.</param>
public sealed record ApplicationFormInput(
    string? Surname,
    string? FirstName,
    string? Patronymic,
    bool IndependentExpert,
    string? Organization,
    string? Email,
    string? Phone,
    bool Consent);
