using Kenes.Domain.Calendar;
using Kenes.Domain.Law;
using NodaTime;

namespace Kenes.Domain.Formation;

/// <summary>R10: HR's decision on each application and the screening deadline.</summary>
public static class ScreeningRules
{
    /// <summary>The reason recorded when HR admits an application without writing one.</summary>
    public const string DefaultAdmitReason = "R9: documents meet the requirements";

    public const int MinRejectionReasonLength = 5;
    public const int MaxReasonLength = 2000;

    /// <summary>
    /// R10: the HR service "reviews the documents … and forms the list of candidates who meet the
    /// requirements". Interpretation (DESIGN.md §2, R10): every decision records a reason; a
    /// rejection must say why (at least five characters, so "-" or "no" is not a reason), while an
    /// admission may rely on <see cref="DefaultAdmitReason"/>.
    /// </summary>
    [Implements("R10")]
    public static FieldViolation? ValidateDecision(bool admit, string? reason)
    {
        var norm = Norms.Get("R10");
        var text = reason?.Trim() ?? "";
        if (!admit && text.Length < MinRejectionReasonLength)
        {
            return new(norm, FieldNames.Reason, FieldViolationCodes.ScreeningReasonRequired,
                $"R10: a rejection needs a reason of at least {MinRejectionReasonLength} characters.");
        }

        return TextChecks.OptionalText(norm, FieldNames.Reason, "the reason", text, MaxReasonLength, multiline: true);
    }

    /// <summary>The reason to store for a decision that passed <see cref="ValidateDecision"/>.</summary>
    [Implements("R10")]
    public static string RecordedReason(bool admit, string? reason) =>
        admit && string.IsNullOrWhiteSpace(reason) ? DefaultAdmitReason : (reason ?? "").Trim();

    /// <summary>
    /// Whether screening is overdue on <paramref name="today"/>. Interpretation (DESIGN.md §2, 1): the
    /// whole deadline day is inside the period, so screening is overdue from the next day.
    /// </summary>
    [Implements("R10")]
    public static bool IsOverdue(LocalDate today, Deadline screeningDeadline)
    {
        ArgumentNullException.ThrowIfNull(screeningDeadline);
        return today > screeningDeadline.Date;
    }
}
