using System.Text.RegularExpressions;

namespace Kenes.Testing;

/// <summary>
/// English phrases the code can produce (domain explanations, fallback messages, enum names). A Kazakh
/// or Russian page, mail, PDF, DOCX or CSV that contains one of them printed a stored or fallback
/// English sentence instead of the reader's language. Add a phrase whenever code gains a new English
/// sentence or a new enum that could be printed raw.
/// </summary>
public static partial class EnglishPhrases
{
    /// <summary>Matched case-insensitively as whole words.</summary>
    public static readonly IReadOnlyList<string> Phrases =
    [
        // Deadline explanations and interpretations (Calendar/Deadline).
        "Interpretation", "working days after", "working days before", "no days skipped", "skipped:", "Provisional",
        // R9/R10 screening.
        "documents meet the requirements", "a rejection needs",
        // M10 vote outcomes.
        "adopted by a majority", "rejected by a majority", "not adopted", "the votes were tied", "presiding member",
        "no majority was reached", "not quorate",
        // M7 presiding.
        "the chair presides", "deputy chair", "recorded as a deviation",
        // Raw enum names printed instead of labels.
        "InPerson", "Online", "Email", "Remote", "Mixed", "Abstain", "Against", "OnTime", "Late", "Early",
        "Admitted", "Rejected", "Pending", "Planned", "Noticed", "Held", "Cancelled",
        // Calendar bases and names.
        "Labour Code", "Government Decree", "public holiday", "day off", "working day",
    ];

    /// <summary>The phrases of <see cref="Phrases"/> found in <paramref name="text"/>.</summary>
    public static IReadOnlyList<string> FoundIn(string text) =>
        Phrases.Where(p => Regex.IsMatch(text, $@"(?<![\p{{L}}]){Regex.Escape(p)}(?![\p{{L}}])", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant))
            .ToList();
}
