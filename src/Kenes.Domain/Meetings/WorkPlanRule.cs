using Kenes.Domain.Law;
using NodaTime;

namespace Kenes.Domain.Meetings;

/// <summary>One calendar month of a council's term and whether a meeting falls in it.</summary>
public sealed record PlannedMonth(int Year, int Month, bool HasMeeting);

/// <summary>
/// M9: "Meetings are held according to the work plan and the meeting schedule, but at least once a month."
/// </summary>
public static class WorkPlanRule
{
    /// <summary>
    /// Every calendar month of the term from <paramref name="termStarts"/> to <paramref name="termEnds"/>
    /// (both inside), each marked with whether one of <paramref name="meetingDates"/> falls in it.
    /// Interpretation: "at least once a month" is per calendar month, and a partial first or last month
    /// of the term counts as a month too. Dates outside the term are ignored.
    /// Interpretation: the caller decides which meetings count: planned (not cancelled) ones to show
    /// gaps in the plan before they happen; held quorate ones to check the past, because an inquorate
    /// meeting does not count as the month's meeting (DESIGN.md §2, 4).
    /// </summary>
    [Implements("M9")]
    public static IReadOnlyList<PlannedMonth> Months(LocalDate termStarts, LocalDate termEnds, IEnumerable<LocalDate> meetingDates)
    {
        ArgumentNullException.ThrowIfNull(meetingDates);
        if (termEnds < termStarts)
        {
            throw new ArgumentException($"The term ends ({termEnds:uuuu-MM-dd}) before it starts ({termStarts:uuuu-MM-dd}).", nameof(termEnds));
        }

        var withMeeting = meetingDates
            .Where(d => termStarts <= d && d <= termEnds)
            .Select(d => (d.Year, d.Month))
            .ToHashSet();

        var months = new List<PlannedMonth>();
        var last = new LocalDate(termEnds.Year, termEnds.Month, 1);
        for (var m = new LocalDate(termStarts.Year, termStarts.Month, 1); m <= last; m = m.PlusMonths(1))
        {
            months.Add(new PlannedMonth(m.Year, m.Month, withMeeting.Contains((m.Year, m.Month))));
        }

        return months;
    }

    /// <summary>The months of <see cref="Months"/> without a meeting: each one would breach M9.</summary>
    [Implements("M9")]
    public static IReadOnlyList<PlannedMonth> Gaps(LocalDate termStarts, LocalDate termEnds, IEnumerable<LocalDate> meetingDates) =>
        [.. Months(termStarts, termEnds, meetingDates).Where(m => !m.HasMeeting)];

    /// <summary>The norm the work plan checks (M9), for results that cite it.</summary>
    public static Norm Norm => Norms.Get("M9");
}
