using System.ComponentModel.DataAnnotations;
using Kenes.Web.Localization;
using Microsoft.Extensions.Localization;

namespace Kenes.Web.Features.Composition;

/// <summary>
/// Field checks for what an officer types, with messages that name the field in the user's
/// language. The keys are the API's field names; pages prefix them with their form's name.
/// </summary>
public sealed class FieldErrors(IStringLocalizer<Texts> texts)
{
    private readonly Dictionary<string, List<string>> errors = new(StringComparer.Ordinal);

    public bool Any => errors.Count > 0;

    public IReadOnlyDictionary<string, string[]> ToDictionary() => errors.ToDictionary(p => p.Key, p => p.Value.ToArray());

    public void Add(string field, string message)
    {
        if (!errors.TryGetValue(field, out var list))
        {
            errors[field] = list = [];
        }

        list.Add(message);
    }

    public string Label(string field) => texts[$"composition.field.{field}"];

    /// <summary>The trimmed text, or null when blank (and an error when required), too long or unsafe.</summary>
    public string? Text(string field, string? value, int maxLength, bool required, bool multiline = false)
    {
        var text = value?.Trim();
        if (string.IsNullOrEmpty(text))
        {
            if (required)
            {
                Add(field, texts["validation.required", Label(field)]);
            }

            return null;
        }

        if (text.Length > maxLength)
        {
            Add(field, texts["validation.too_long", Label(field), maxLength]);
            return null;
        }

        if (HasInvisibleCharacters(text, multiline))
        {
            Add(field, texts["composition.validation.characters", Label(field)]);
            return null;
        }

        return text;
    }

    public string? Email(string field, string? value, int maxLength = 254)
    {
        var text = Text(field, value, maxLength, required: false);
        if (text is not null && (!new EmailAddressAttribute().IsValid(text) || !System.Net.Mail.MailAddress.TryCreate(text, out _)
            || text.Contains(' ', StringComparison.Ordinal)))
        {
            Add(field, texts["validation.email", Label(field)]);
            return null;
        }

        return text;
    }

    /// <summary>
    /// Control characters and invisible formatting (zero-width spaces and joiners, word joiner, BOM,
    /// bidirectional overrides) are refused: they make two names that look the same compare
    /// different, which would defeat the R5 "one person, one seat" check, and can disguise text in
    /// the published order.
    /// </summary>
    public static bool HasInvisibleCharacters(string text, bool multiline) =>
        text.Any(c => (char.IsControl(c) && !(multiline && c is '\n' or '\r' or '\t'))
            || c is '\u200B' or '\u200C' or '\u200D' or '\u2060' or '\uFEFF' or '\u00AD'
            || c is >= '\u202A' and <= '\u202E'
            || c is >= '\u2066' and <= '\u2069');
}
