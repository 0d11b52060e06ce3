using System.Globalization;
using Kenes.Domain.Law;

namespace Kenes.Domain.Formation;

/// <summary>
/// The character and length checks every free-text field shares. Why so strict about invisible
/// characters: the text goes onto the public portal, into the Annex 1 PDF and into the approval
/// order, where a zero-width or bidirectional control makes two names look equal that are not, or
/// reorders what a reader sees.
/// </summary>
internal static class TextChecks
{
    /// <summary>
    /// Required, at most <paramref name="maxLength"/> UTF-16 code units after trimming, and free of
    /// forbidden characters. Interpretation: the length is counted in code units (not letters) so a
    /// value that passes always fits a column of that many characters.
    /// </summary>
    public static FieldViolation? RequiredText(Norm norm, string field, string label, string? value, int maxLength, bool multiline = false) =>
        string.IsNullOrWhiteSpace(value)
            ? Missing(norm, field, label)
            : OptionalText(norm, field, label, value, maxLength, multiline);

    /// <summary>As <see cref="RequiredText"/>, but null or blank is accepted.</summary>
    public static FieldViolation? OptionalText(Norm norm, string field, string label, string? value, int maxLength, bool multiline = false)
    {
        var text = value?.Trim() ?? "";
        if (text.Length > maxLength)
        {
            return new(norm, field, FieldViolationCodes.TooLong,
                $"{norm.Id}: {label} is longer than {maxLength} characters ({text.Length}).");
        }

        return HasForbiddenCharacter(text, multiline)
            ? Invalid(norm, field, label, "may not contain control, zero-width or other invisible formatting characters")
            : null;
    }

    public static FieldViolation Missing(Norm norm, string field, string label) =>
        new(norm, field, FieldViolationCodes.Required, $"{norm.Id}: {label} is required.");

    public static FieldViolation Invalid(Norm norm, string field, string label, string rule) =>
        new(norm, field, FieldViolationCodes.InvalidCharacters, $"{norm.Id}: {label} {rule}.");

    /// <summary>Required, at most 254 characters, and well-formed (<see cref="EmailAddress"/>).</summary>
    public static FieldViolation? Email(Norm norm, string field, string label, string? value)
    {
        if (string.IsNullOrWhiteSpace(value))
        {
            return TextChecks.Missing(norm, field, label);
        }

        var text = value.Trim();
        if (text.Length > EmailAddress.MaxLength)
        {
            return new(norm, field, FieldViolationCodes.TooLong,
                $"{norm.Id}: {label} is longer than {EmailAddress.MaxLength} characters ({text.Length}).");
        }

        return EmailAddress.IsValid(text)
            ? null
            : new(norm, field, FieldViolationCodes.Email, $"{norm.Id}: {label} is not a valid e-mail address.");
    }

    public static IEnumerable<FieldViolation> Present(params FieldViolation?[] results) =>
        results.OfType<FieldViolation>();

    /// <summary>
    /// Control characters (except line breaks and tabs in multi-line fields), format characters —
    /// which include the zero-width U+200B–U+200F, U+2060, U+FEFF and the bidirectional controls —,
    /// line and paragraph separators, private-use characters, non-characters and unpaired surrogates.
    /// </summary>
    public static bool HasForbiddenCharacter(string text, bool multiline)
    {
        for (var i = 0; i < text.Length; i++)
        {
            var c = text[i];
            if (char.IsHighSurrogate(c) && i + 1 < text.Length && char.IsLowSurrogate(text[i + 1]))
            {
                if (CharUnicodeInfo.GetUnicodeCategory(text, i) is UnicodeCategory.Format or UnicodeCategory.PrivateUse)
                {
                    return true; // e.g. tag characters U+E0000–U+E007F, supplementary private use
                }

                i++;
                continue;
            }

            var forbidden = CharUnicodeInfo.GetUnicodeCategory(c) switch
            {
                UnicodeCategory.Control => !(multiline && c is '\n' or '\r' or '\t'),
                UnicodeCategory.Format or UnicodeCategory.Surrogate or UnicodeCategory.PrivateUse
                    or UnicodeCategory.LineSeparator or UnicodeCategory.ParagraphSeparator => true,
                _ => c is '\uFFFE' or '\uFFFF',
            };
            if (forbidden)
            {
                return true;
            }
        }

        return false;
    }
}
