using Kenes.Domain.Law;
using NodaTime;

namespace Kenes.Domain.Calendar;

/// <summary>
/// A date computed from a norm that counts working days, with everything needed to explain it:
/// the norm, the start date, the signed number of working days, each skipped day with its reason,
/// and the interpretation applied. The whole of <see cref="Date"/> (Asia/Almaty) is inside the period.
/// </summary>
/// <param name="Confirmed">False when a year in the period has unconfirmed calendar data; the date may still change.</param>
public sealed record Deadline(
    Norm Norm,
    LocalDate Start,
    int WorkingDays,
    LocalDate Date,
    bool Confirmed,
    IReadOnlyList<SkippedDay> Skipped,
    string Interpretation)
{
    internal static Deadline Compute(WorkingDayCalendar calendar, string normId, LocalDate start, int workingDays, string interpretation)
    {
        var result = calendar.AddWorkingDays(start, workingDays);
        return new Deadline(Norms.Get(normId), start, workingDays, result.Date, result.Confirmed, result.Skipped, interpretation);
    }

    /// <summary>A one-paragraph English explanation (the web layer localizes from the fields).</summary>
    public string Explain()
    {
        var direction = WorkingDays >= 0 ? "after" : "before";
        var skipped = Skipped.Count == 0
            ? "no days skipped"
            : "skipped: " + string.Join(", ", Skipped.Select(s => $"{s.Date:uuuu-MM-dd} ({s.Reason.En})"));
        var provisional = Confirmed ? "" : " Provisional: the calendar for this period is not confirmed.";
        return $"{Norm.Id}: {Date:uuuu-MM-dd} is {Math.Abs(WorkingDays)} working days {direction} {Start:uuuu-MM-dd}; {skipped}. {Interpretation}{provisional}";
    }
}
