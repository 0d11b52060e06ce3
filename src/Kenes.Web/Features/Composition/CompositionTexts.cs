using System.Collections.Frozen;
using Kenes.Domain.Formation;
using Kenes.Infrastructure.Documents;
using Kenes.Infrastructure.Persistence;
using Kenes.Web.Localization;
using Microsoft.Extensions.Localization;
using CompositionMember = Kenes.Infrastructure.Persistence.CompositionMember;

namespace Kenes.Web.Features.Composition;

/// <summary>
/// The composition's words in the user's language: categories with their norm, member states,
/// and the domain's violations, which carry a stable code and the norm they break.
/// </summary>
public static class CompositionTexts
{
    private static readonly Lazy<IReadOnlyDictionary<string, FrozenDictionary<string, string>>> All =
        new(JsonStringLocalizerFactory.LoadAll);

    /// <summary>"R5.4" or "R4": the paragraph that creates the category.</summary>
    public static string NormId(this MemberCategory category) => category.NormOf().Id;

    public static string Category(this IStringLocalizer texts, MemberCategory category) =>
        texts[$"composition.category.{(int)category}"];

    /// <summary>The organization as shown: an independent expert has none (R4, F).</summary>
    public static string Organization(this IStringLocalizer texts, CompositionMember m) =>
        string.IsNullOrWhiteSpace(m.Organization) ? texts["composition.independent_expert"] : m.Organization;

    /// <summary>
    /// "R5.7: …" — the norm id, then the rule in the user's language with the facts of this draft.
    /// A code this version does not know falls back to the domain's English sentence.
    /// </summary>
    public static string Violation(this IStringLocalizer texts, CompositionViolation v, CompositionSnapshot s)
    {
        var member = v.MemberId is { } id ? s.Members.FirstOrDefault(m => m.Id == id)?.FullName ?? "" : "";
        var pending = s.Pending;
        var suffix = v.Code.StartsWith("composition.", StringComparison.Ordinal) ? v.Code["composition.".Length..] : v.Code;
        var key = v.Code switch
        {
            CompositionViolationCodes.CategoryMissing or CompositionViolationCodes.CategoryUnjustified => $"composition.violation.{suffix}.{v.Norm.Id}",
            _ => $"composition.violation.{suffix}",
        };
        object[] args = v.Code switch
        {
            CompositionViolationCodes.EducationOverLimit => [pending.Count(m => m.Category == MemberCategory.Education), CompositionRules.MaxEducationMembers],
            CompositionViolationCodes.OverSeats => [pending.Count, s.Council.Seats],
            CompositionViolationCodes.DeputyChairMultiple => [pending.Count(m => m.IsDeputyChair)],
            _ => [member],
        };
        var text = texts[key, args];
        return text.ResourceNotFound ? v.Message : $"{v.Norm.Id}: {text.Value}";
    }

    /// <summary>A text in a document's language, whatever the page's language is.</summary>
    public static string InLanguage(DocumentLanguage language, string key)
    {
        var culture = language == DocumentLanguage.Ru ? Cultures.Russian : Cultures.Kazakh;
        return All.Value[culture].TryGetValue(key, out var text) ? text : All.Value[Cultures.Kazakh][key];
    }

    public static bool TryParseLanguage(string? lang, out DocumentLanguage language)
    {
        switch (lang?.Trim().ToLowerInvariant())
        {
            case null or "" or "kk":
                language = DocumentLanguage.Kk;
                return true;
            case "ru":
                language = DocumentLanguage.Ru;
                return true;
            default:
                language = default;
                return false;
        }
    }
}
