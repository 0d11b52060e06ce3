using NodaTime;

namespace Kenes.Domain.Calendar;

/// <summary>
/// The working-day calendar of Kazakhstan for 2023–2100 (DESIGN.md §3): the shipped data file plus
/// the administrator's additions. Immutable once loaded; rebuild it with <see cref="Load"/> when an
/// addition is stored (a build takes a few milliseconds).
/// </summary>
/// <remarks>
/// Counting is done on precomputed tables rather than by walking days: <c>workingBefore[i]</c> is
/// the number of working days before day index <c>i</c>, and <c>workingDates[k]</c> is the k-th
/// working day. Adding N working days is then two array reads, whatever N is.
/// Dates outside 2023-01-01..2100-12-31 (or results outside it) throw
/// <see cref="ArgumentOutOfRangeException"/>; callers validate input first.
/// </remarks>
public sealed class WorkingDayCalendar : ICalendarState
{
    public const int FirstSupportedYear = CalendarRange.FirstYear;
    public const int LastSupportedYear = CalendarRange.LastYear;

    private readonly DayKind[] kinds;
    private readonly DayInfo?[] infos;
    private readonly bool[] datedEntries;
    private readonly bool[] kurbanAitYears;
    private readonly bool[] transfersConfirmedYears;
    private readonly bool[] confirmedYears;
    private readonly int[] workingBefore;
    private readonly LocalDate[] workingDates;

    internal WorkingDayCalendar(
        string dataVersion,
        DayKind[] kinds,
        DayInfo?[] infos,
        bool[] datedEntries,
        bool[] kurbanAitYears,
        bool[] transfersConfirmedYears,
        IReadOnlyList<CalendarEntry> accepted,
        IReadOnlyList<RejectedCalendarEntry> rejected)
    {
        DataVersion = dataVersion;
        this.kinds = kinds;
        this.infos = infos;
        this.datedEntries = datedEntries;
        this.kurbanAitYears = kurbanAitYears;
        this.transfersConfirmedYears = transfersConfirmedYears;
        AcceptedAdditions = accepted;
        RejectedAdditions = rejected;

        confirmedYears = new bool[CalendarRange.YearCount];
        for (var y = 0; y < confirmedYears.Length; y++)
        {
            confirmedYears[y] = kurbanAitYears[y] && transfersConfirmedYears[y];
        }

        workingBefore = new int[kinds.Length + 1];
        for (var i = 0; i < kinds.Length; i++)
        {
            workingBefore[i + 1] = workingBefore[i] + (kinds[i].IsWorkingDay() ? 1 : 0);
        }

        workingDates = new LocalDate[workingBefore[kinds.Length]];
        for (int i = 0, k = 0; i < kinds.Length; i++)
        {
            if (kinds[i].IsWorkingDay())
            {
                workingDates[k++] = CalendarRange.Dates[i];
            }
        }
    }

    /// <summary>The "version" of the shipped data file the calendar was built from.</summary>
    public string DataVersion { get; }

    /// <summary>The additions that were applied, in the order they were applied.</summary>
    public IReadOnlyList<CalendarEntry> AcceptedAdditions { get; }

    /// <summary>Stored additions that contradict the calendar and were ignored, with the reasons.</summary>
    public IReadOnlyList<RejectedCalendarEntry> RejectedAdditions { get; }

    /// <summary>
    /// Builds the calendar from the embedded data file and the administrator's additions. Additions
    /// that break a rule are not applied and are listed in <see cref="RejectedAdditions"/>; loading
    /// itself never fails because of stored data an administrator can fix.
    /// </summary>
    public static WorkingDayCalendar Load(IEnumerable<CalendarEntry> additions) =>
        CalendarBuilder.Build(CalendarData.Instance, additions);

    /// <summary>The calendar from the data file alone.</summary>
    public static WorkingDayCalendar Load() => Load([]);

    /// <summary>
    /// Checks a new addition against this calendar. An empty list means it may be stored; the
    /// caller then reloads the calendar with it.
    /// </summary>
    public IReadOnlyList<CalendarEntryError> ValidateAddition(CalendarEntry entry) =>
        CalendarEntryRules.Validate(entry, this);

    public bool IsWorkingDay(LocalDate date) => kinds[CalendarRange.IndexOf(date)].IsWorkingDay();

    /// <summary>What the date is and why: kind, name in three languages and legal basis.</summary>
    public DayInfo Describe(LocalDate date)
    {
        var index = CalendarRange.IndexOf(date);
        return infos[index] ?? kinds[index] switch
        {
            DayKind.Weekend => new DayInfo(date, DayKind.Weekend, StandardNames.Weekend(date), CalendarData.Instance.Weekend.Basis),
            _ => new DayInfo(date, DayKind.WorkingDay, StandardNames.WorkingDay, CalendarData.Instance.Weekend.Basis),
        };
    }

    /// <summary>
    /// True when the year's first day of Kurban Ait is fixed and its transfers are confirmed
    /// (by the data file or by an administrator's <see cref="CalendarEntryKind.TransfersConfirmed"/>).
    /// </summary>
    public bool IsConfirmed(int year)
    {
        CalendarRange.ThrowIfYearOutOfRange(year, nameof(year));
        return confirmedYears[year - CalendarRange.FirstYear];
    }

    /// <summary>True when every year from <paramref name="a"/> to <paramref name="b"/> (either order) is confirmed.</summary>
    public bool IsConfirmed(LocalDate a, LocalDate b)
    {
        var (from, to) = a <= b ? (a.Year, b.Year) : (b.Year, a.Year);
        for (var year = from; year <= to; year++)
        {
            if (!IsConfirmed(year))
            {
                return false;
            }
        }

        return true;
    }

    public YearCalendar GetYear(int year)
    {
        CalendarRange.ThrowIfYearOutOfRange(year, nameof(year));
        var start = CalendarRange.StartOf(year);
        var end = CalendarRange.EndOf(year);
        var days = new List<DayInfo>();
        for (var i = start; i < end; i++)
        {
            var date = CalendarRange.Dates[i];
            if (kinds[i].IsWorkingDay() == CalendarEntryRules.IsWeekend(date))
            {
                days.Add(Describe(date));
            }
        }

        var offset = year - CalendarRange.FirstYear;
        var confirmed = confirmedYears[offset];
        var reason = confirmed ? null : StandardNames.Unconfirmed(year, !kurbanAitYears[offset], !transfersConfirmedYears[offset]);
        return new YearCalendar(year, confirmed, reason, workingBefore[end] - workingBefore[start], days);
    }

    /// <summary>
    /// The date <paramref name="days"/> working days after <paramref name="from"/> (before it when
    /// negative), without an explanation and without allocating. Counting starts the day after
    /// <paramref name="from"/>, which need not be a working day itself; 0 returns <paramref name="from"/>.
    /// </summary>
    public LocalDate AddWorkingDaysFast(LocalDate from, int days)
    {
        var index = CalendarRange.IndexOf(from);
        if (days == 0)
        {
            return from;
        }

        // Working days up to and including `from` are workingBefore[index + 1]; the first one after
        // it is therefore working day number workingBefore[index + 1] (0-based). Going back, the
        // last one before `from` is workingBefore[index] - 1.
        var target = days > 0 ? workingBefore[index + 1] + days - 1 : workingBefore[index] + days;
        if ((uint)target >= (uint)workingDates.Length)
        {
            CalendarRange.ThrowResultOutOfRange();
        }

        return workingDates[target];
    }

    /// <summary>
    /// <see cref="AddWorkingDaysFast"/> with its explanation: every non-working day passed over
    /// between <paramref name="from"/> and the result, and whether those years are confirmed.
    /// </summary>
    public WorkingDayResult AddWorkingDays(LocalDate from, int days)
    {
        var date = AddWorkingDaysFast(from, days);
        return new WorkingDayResult(from, days, date, IsConfirmed(from, date), SkippedBetween(from, date));
    }

    /// <summary>
    /// The number of working days in (<paramref name="fromExclusive"/>, <paramref name="toInclusive"/>].
    /// When <paramref name="toInclusive"/> is earlier, counting runs backwards the same way (the start
    /// excluded, the end included) and the result is negative, so that
    /// <c>CountWorkingDays(a, AddWorkingDaysFast(a, n)) == n</c> for every n.
    /// </summary>
    public int CountWorkingDays(LocalDate fromExclusive, LocalDate toInclusive)
    {
        var from = CalendarRange.IndexOf(fromExclusive);
        var to = CalendarRange.IndexOf(toInclusive);
        return to >= from
            ? workingBefore[to + 1] - workingBefore[from + 1]
            : workingBefore[to] - workingBefore[from];
    }

    /// <summary>The first working day strictly after <paramref name="date"/>.</summary>
    public LocalDate NextWorkingDay(LocalDate date) => AddWorkingDaysFast(date, 1);

    /// <summary>The non-working days strictly between the two dates plus the later one if off, in date order.</summary>
    internal IReadOnlyList<SkippedDay> SkippedBetween(LocalDate from, LocalDate to)
    {
        var (start, end) = from <= to
            ? (CalendarRange.IndexOf(from) + 1, CalendarRange.IndexOf(to))
            : (CalendarRange.IndexOf(to), CalendarRange.IndexOf(from) - 1);
        var skipped = new List<SkippedDay>();
        for (var i = start; i <= end; i++)
        {
            if (kinds[i].IsWorkingDay())
            {
                continue;
            }

            var date = CalendarRange.Dates[i];
            skipped.Add(infos[i] is { } info
                ? new SkippedDay(date, info.Kind, info.Name, info.Basis)
                : new SkippedDay(date, DayKind.Weekend, StandardNames.Weekend(date), CalendarData.Instance.Weekend.Basis));
        }

        return skipped;
    }

    DayKind ICalendarState.KindAt(int index) => kinds[index];

    bool ICalendarState.HasKurbanAit(int year) => kurbanAitYears[year - CalendarRange.FirstYear];

    bool ICalendarState.AreTransfersConfirmed(int year) => transfersConfirmedYears[year - CalendarRange.FirstYear];

    bool ICalendarState.HasDatedEntry(int index) => datedEntries[index];
}
