using Kenes.Domain.Law;

namespace Kenes.Domain.Formation;

/// <summary>F (Annex 1 to the Rules) and R9: the application form's fields and the documents that go with it.</summary>
public static class ApplicationFormRules
{
    public const int MaxNameLength = 100;
    public const int MaxOrganizationLength = 300;
    public const int MaxEmailLength = EmailAddress.MaxLength;

    private const string NameRule = "may contain only letters, spaces, hyphens and apostrophes";

    /// <summary>
    /// F: "I ask to include me … as a representative of (organization) / as an independent expert" from
    /// (surname, first name, patronymic — if any) — every field problem, in the order of the form.
    /// </summary>
    [Implements("F")]
    public static IReadOnlyList<FieldViolation> Validate(ApplicationFormInput input)
    {
        ArgumentNullException.ThrowIfNull(input);
        var f = Norms.Get("F");
        return
        [
            .. TextChecks.Present(
                Name(f, FieldNames.Surname, "the surname", input.Surname, required: true),
                Name(f, FieldNames.FirstName, "the first name", input.FirstName, required: true),
                Name(f, FieldNames.Patronymic, "the patronymic", input.Patronymic, required: false),
                Organization(f, input),
                TextChecks.Email(f, FieldNames.Email, "the e-mail address", input.Email),
                Phone(f, input.Phone),
                Consent(f, input.Consent)),
        ];
    }

    /// <summary>
    /// The e-mail as Kenes stores and compares it: trimmed and lower-cased. It is the key of "one
    /// live application per person per announcement". Interpretation: the local part is treated as
    /// case-insensitive, as every mail provider in practice does.
    /// </summary>
    public static string NormalizeEmail(string email)
    {
        ArgumentNullException.ThrowIfNull(email);
        return email.Trim().ToLowerInvariant();
    }

    /// <summary>
    /// A Kazakhstan phone number as "+7" and ten digits, or null when <paramref name="phone"/> is not
    /// one. Accepted: "+7" or the domestic trunk prefix "8" followed by ten digits, with spaces,
    /// hyphens and parentheses between them ("+7 701 123 45 67", "8 (701) 123-45-67", "87011234567").
    /// Interpretation: any other spelling (no prefix, "7…" without "+", a foreign code, letters,
    /// extensions) is refused rather than guessed, because the number is used to reach the applicant.
    /// </summary>
    [Implements("F")]
    public static string? NormalizePhone(string? phone)
    {
        if (string.IsNullOrWhiteSpace(phone))
        {
            return null;
        }

        var text = phone.Trim();
        var plus = text.StartsWith('+');
        Span<char> digits = stackalloc char[11];
        var count = 0;
        foreach (var c in plus ? text[1..] : text)
        {
            if (char.IsAsciiDigit(c))
            {
                if (count == digits.Length)
                {
                    return null;
                }

                digits[count++] = c;
            }
            else if (c is not (' ' or '-' or '(' or ')'))
            {
                return null;
            }
        }

        var prefix = plus ? '7' : '8';
        return count == 11 && digits[0] == prefix ? "+7" + new string(digits[1..]) : null;
    }

    /// <summary>
    /// R9: "To be included, interested persons submit: 1) a written application; 2) a document
    /// confirming work experience in the sphere under Article 35 of the Labour Code."
    /// Interpretation: online, the written application (R9.1) is the Annex 1 form Kenes generates from
    /// the submission, so only the R9.2 document is uploaded; on paper or by e-mail HR registers both.
    /// </summary>
    [Implements("R9")]
    public static IReadOnlyList<FieldViolation> ValidateDocuments(int writtenApplications, int workExperienceDocuments, bool submittedOnline)
    {
        ArgumentOutOfRangeException.ThrowIfNegative(writtenApplications);
        ArgumentOutOfRangeException.ThrowIfNegative(workExperienceDocuments);
        return
        [
            .. TextChecks.Present(
                submittedOnline ? null : WrittenApplication(writtenApplications),
                WorkExperience(workExperienceDocuments)),
        ];
    }

    /// <summary>R9.1: "a written application".</summary>
    [Implements("R9.1")]
    private static FieldViolation? WrittenApplication(int count) =>
        count > 0 ? null : new(Norms.Get("R9.1"), FieldNames.Application, FieldViolationCodes.ApplicationRequired,
            "R9.1: the written application (Annex 1 form) is required.");

    /// <summary>R9.2: "a document confirming work experience in the relevant sphere under Article 35 of the Labour Code".</summary>
    [Implements("R9.2")]
    private static FieldViolation? WorkExperience(int count) =>
        count > 0 ? null : new(Norms.Get("R9.2"), FieldNames.WorkExperience, FieldViolationCodes.WorkExperienceRequired,
            "R9.2: a document confirming work experience in the sphere (Labour Code, art. 35) is required.");

    /// <summary>F: "(surname, first name, patronymic — if any)".</summary>
    private static FieldViolation? Name(Norm f, string field, string label, string? value, bool required)
    {
        var checkedText = required
            ? TextChecks.RequiredText(f, field, label, value, MaxNameLength)
            : TextChecks.OptionalText(f, field, label, value, MaxNameLength);
        if (checkedText is not null || string.IsNullOrWhiteSpace(value))
        {
            return checkedText;
        }

        return PersonName.IsValid(value.Trim()) ? null : TextChecks.Invalid(f, field, label, NameRule);
    }

    /// <summary>F: "as a representative of (name of the organization / body) / as an independent expert (choose one)".</summary>
    private static FieldViolation? Organization(Norm f, ApplicationFormInput input)
    {
        const string label = "the organization";
        var checkedText = input.IndependentExpert
            ? TextChecks.OptionalText(f, FieldNames.Organization, label, input.Organization, MaxOrganizationLength)
            : TextChecks.RequiredText(f, FieldNames.Organization, label, input.Organization, MaxOrganizationLength);
        if (checkedText is not null)
        {
            return checkedText;
        }

        // Why no angle brackets: the name is placed into generated PDF and DOCX documents and e-mails,
        // and no organization's name needs them.
        return input.Organization is { } org && org.AsSpan().IndexOfAny('<', '>') >= 0
            ? TextChecks.Invalid(f, FieldNames.Organization, label, "may not contain '<' or '>'")
            : null;
    }

    private static FieldViolation? Phone(Norm f, string? phone) =>
        string.IsNullOrWhiteSpace(phone) ? TextChecks.Missing(f, FieldNames.Phone, "the phone number")
        : NormalizePhone(phone) is null ? new(f, FieldNames.Phone, FieldViolationCodes.Phone,
            "F: the phone number must be a Kazakhstan number: +7 and ten digits, or 8 and ten digits.")
        : null;

    /// <summary>
    /// Interpretation: the form carries personal data, and the Law of the Republic of Kazakhstan "On
    /// personal data and their protection" requires the subject's consent to process it, so the form
    /// cannot be accepted without consent.
    /// </summary>
    private static FieldViolation? Consent(Norm f, bool consent) =>
        consent ? null : new(f, FieldNames.Consent, FieldViolationCodes.ConsentRequired,
            "F: consent to the processing of personal data is required to submit the application.");
}
