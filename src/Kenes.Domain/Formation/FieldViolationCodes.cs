namespace Kenes.Domain.Formation;

/// <summary>The stable codes of <see cref="FieldViolation"/>; used as localization keys and in API problem details.</summary>
public static class FieldViolationCodes
{
    /// <summary>The field is missing or white space only.</summary>
    public const string Required = "field.required";

    /// <summary>The field is longer than its limit (counted in UTF-16 code units after trimming).</summary>
    public const string TooLong = "field.too_long";

    /// <summary>The e-mail address is not well-formed.</summary>
    public const string Email = "field.email";

    /// <summary>The field holds a character it may not: control, zero-width or other invisible formatting, markup, or (in names) anything but letters, space, hyphen, apostrophe.</summary>
    public const string InvalidCharacters = "field.invalid_characters";

    /// <summary>The phone number is not a +7 number in one of the accepted spellings.</summary>
    public const string Phone = "field.phone";

    /// <summary>F: consent to processing personal data was not given.</summary>
    public const string ConsentRequired = "field.consent_required";

    /// <summary>R9.1: the written application is not attached (paper and e-mail channels).</summary>
    public const string ApplicationRequired = "documents.application_required";

    /// <summary>R9.2: no document confirming work experience is attached.</summary>
    public const string WorkExperienceRequired = "documents.work_experience_required";

    /// <summary>R10: a rejection without a reason of at least five characters.</summary>
    public const string ScreeningReasonRequired = "screening.reason_required";
}
