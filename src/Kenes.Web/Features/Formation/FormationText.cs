using Kenes.Domain.Formation;
using Kenes.Web.Localization;
using Microsoft.Extensions.Localization;

namespace Kenes.Web.Features.Formation;

/// <summary>Turns a domain field violation into the user's language: "{field label}: {message}", with the norm.</summary>
public static class FormationText
{
    public static string Message(this IStringLocalizer<Texts> texts, FieldViolation violation)
    {
        var label = texts[$"field.{violation.Field}"];
        var message = texts[$"violation.{violation.Code}", label.ResourceNotFound ? violation.Field : label.Value];
        return message.ResourceNotFound
            ? violation.Message
            : $"{violation.Norm.Id}: {message.Value}";
    }

    public static Dictionary<string, string[]> ToProblemErrors(this IStringLocalizer<Texts> texts, IEnumerable<FieldViolation> violations) =>
        violations.GroupBy(v => v.Field).ToDictionary(g => g.Key, g => g.Select(texts.Message).ToArray());
}
