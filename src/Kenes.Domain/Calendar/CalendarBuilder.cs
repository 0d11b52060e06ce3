using NodaTime;

namespace Kenes.Domain.Calendar;

/// <summary>
/// Builds the day-by-day table of a <see cref="WorkingDayCalendar"/> in the order the law layers it:
/// weekends, public holidays, religious days, the weekend move, then transfers. Religious days come
/// before the move because a moved holiday must skip them ("the next day that is neither a weekend
/// nor another holiday"); transfers come last because a decree is made against the finished
/// calendar and may not land on a day that is already off.
/// </summary>
internal sealed class CalendarBuilder : ICalendarState
{
    private readonly CalendarData data;
    private readonly DayKind[] kinds = new DayKind[CalendarRange.DayCount];
    private readonly DayInfo?[] infos = new DayInfo?[CalendarRange.DayCount];
    private readonly bool[] datedEntries = new bool[CalendarRange.DayCount];
    private readonly bool[] kurbanAitYears = new bool[CalendarRange.YearCount];
    private readonly bool[] transfersConfirmedYears = new bool[CalendarRange.YearCount];
    private readonly List<CalendarEntry> accepted = [];
    private readonly List<RejectedCalendarEntry> rejected = [];

    public CalendarBuilder(CalendarData data)
    {
        this.data = data;
        MarkWeekends();
        MarkPublicHolidays();
        MarkShippedReligiousDays();
        ReserveShippedTransferDates();
        foreach (var year in data.Years.Where(y => y.TransfersConfirmed && CalendarRange.Contains(y.Year)))
        {
            transfersConfirmedYears[year.Year - CalendarRange.FirstYear] = true;
        }
    }

    public static WorkingDayCalendar Build(CalendarData data, IEnumerable<CalendarEntry> additions)
    {
        var builder = new CalendarBuilder(data);
        var list = additions.ToList();

        // Kurban Ait first: it can change where a weekend holiday moves to.
        builder.Apply(list.Where(e => e.Kind == CalendarEntryKind.KurbanAit), builder.AddKurbanAit);
        builder.ApplyWeekendMoves();
        builder.ApplyShippedTransfers();
        builder.Apply(list.Where(e => e.Kind == CalendarEntryKind.TransfersConfirmed),
            e => builder.transfersConfirmedYears[e.Date.Year - CalendarRange.FirstYear] = true);
        builder.Apply(list.Where(e => e.Kind is CalendarEntryKind.TransferWorkingDay or CalendarEntryKind.TransferDayOff),
            builder.AddTransfer);

        return new WorkingDayCalendar(data.Version, builder.kinds, builder.infos, builder.datedEntries,
            builder.kurbanAitYears, builder.transfersConfirmedYears, builder.accepted, builder.rejected);
    }

    public DayKind KindAt(int index) => kinds[index];

    public bool HasKurbanAit(int year) => kurbanAitYears[year - CalendarRange.FirstYear];

    public bool AreTransfersConfirmed(int year) => transfersConfirmedYears[year - CalendarRange.FirstYear];

    public bool HasDatedEntry(int index) => datedEntries[index];

    private void Apply(IEnumerable<CalendarEntry> entries, Action<CalendarEntry> apply)
    {
        foreach (var entry in entries)
        {
            var errors = CalendarEntryRules.Validate(entry, this);
            if (errors.Count > 0)
            {
                rejected.Add(new RejectedCalendarEntry(entry, errors));
                continue;
            }

            apply(entry);
            accepted.Add(entry);
        }
    }

    private void MarkWeekends()
    {
        var dates = CalendarRange.Dates;
        for (var i = 0; i < dates.Length; i++)
        {
            kinds[i] = CalendarEntryRules.IsWeekend(dates[i]) ? DayKind.Weekend : DayKind.WorkingDay;
        }
    }

    private void MarkPublicHolidays()
    {
        for (var year = CalendarRange.FirstYear; year <= CalendarRange.LastYear; year++)
        {
            foreach (var holiday in data.PublicHolidays.Where(h => h.AppliesIn(year)))
            {
                var date = new LocalDate(year, holiday.Month, holiday.Day);
                var index = CalendarRange.IndexOf(date);
                kinds[index] = DayKind.PublicHoliday;
                infos[index] = new DayInfo(date, DayKind.PublicHoliday, holiday.Name.ToText(), holiday.Basis);
            }
        }
    }

    private void MarkShippedReligiousDays()
    {
        for (var year = CalendarRange.FirstYear; year <= CalendarRange.LastYear; year++)
        {
            foreach (var day in data.ReligiousDaysOff.Where(d => d.AppliesIn(year)))
            {
                MarkReligious(new LocalDate(year, day.Month, day.Day), day.Name.ToText(), day.Basis);
            }
        }

        foreach (var kurban in data.KurbanAit.Dates)
        {
            var date = CalendarData.ParseDate(kurban.Date);
            MarkReligious(date, data.KurbanAit.Name.ToText(), kurban.Basis);
            kurbanAitYears[date.Year - CalendarRange.FirstYear] = true;
        }
    }

    private void AddKurbanAit(CalendarEntry entry)
    {
        MarkReligious(entry.Date, entry.Name ?? data.KurbanAit.Name.ToText(), entry.Basis);
        kurbanAitYears[entry.Date.Year - CalendarRange.FirstYear] = true;
    }

    private void MarkReligious(LocalDate date, LocalizedText name, string basis)
    {
        var index = CalendarRange.IndexOf(date);
        datedEntries[index] = true;

        // A religious day on a public holiday adds no day off; keep the holiday and name both.
        if (kinds[index] == DayKind.PublicHoliday && infos[index] is { } holiday)
        {
            infos[index] = holiday with { Name = StandardNames.Combined(holiday.Name, name), Basis = $"{holiday.Basis}; {basis}" };
            return;
        }

        kinds[index] = DayKind.ReligiousHoliday;
        infos[index] = new DayInfo(date, DayKind.ReligiousHoliday, name, basis);
    }

    /// <summary>
    /// Law No. 267-II art. 5: a public holiday on a Saturday or Sunday gives a day off on the next
    /// day that is neither a weekend nor another holiday. Walking dates in order and marking each
    /// moved day as off before the next search is what chains the moves (Nauryz 2026: Sat 21 and
    /// Sun 22 move past Mon 23 to Tue 24 and Wed 25). Religious days are never moved.
    /// </summary>
    private void ApplyWeekendMoves()
    {
        var dates = CalendarRange.Dates;
        for (var i = 0; i < dates.Length; i++)
        {
            if (kinds[i] != DayKind.PublicHoliday || !CalendarEntryRules.IsWeekend(dates[i]))
            {
                continue;
            }

            var target = i + 1;
            while (target < dates.Length && kinds[target] != DayKind.WorkingDay)
            {
                target++;
            }

            if (target == dates.Length)
            {
                break; // beyond 2100: outside the supported range
            }

            kinds[target] = DayKind.MovedHoliday;
            infos[target] = new DayInfo(dates[target], DayKind.MovedHoliday,
                StandardNames.Moved(infos[i]!.Name, dates[i]), data.MovedHoliday.Basis, dates[i]);
        }
    }

    private void ReserveShippedTransferDates()
    {
        foreach (var transfer in data.Transfers)
        {
            datedEntries[CalendarRange.IndexOf(CalendarData.ParseDate(transfer.WorkingDay))] = true;
            datedEntries[CalendarRange.IndexOf(CalendarData.ParseDate(transfer.DayOff))] = true;
        }
    }

    private void ApplyShippedTransfers()
    {
        foreach (var transfer in data.Transfers)
        {
            ApplyShipped(CalendarData.ParseDate(transfer.WorkingDay), CalendarEntryKind.TransferWorkingDay, transfer.Basis);
            ApplyShipped(CalendarData.ParseDate(transfer.DayOff), CalendarEntryKind.TransferDayOff, transfer.Basis);
        }
    }

    private void ApplyShipped(LocalDate date, CalendarEntryKind kind, string basis)
    {
        // Shipped dates were reserved up front so additions cannot collide with them; lift the
        // reservation to check the shipped entry by the same rules, which fail only on a bad file.
        var index = CalendarRange.IndexOf(date);
        datedEntries[index] = false;
        var entry = new CalendarEntry(date, kind, null, basis, date);
        var errors = CalendarEntryRules.Validate(entry, this);
        if (errors.Count > 0)
        {
            throw new InvalidOperationException(
                $"The calendar data file is inconsistent at {date:uuuu-MM-dd}: {string.Join("; ", errors.Select(e => e.Message))}");
        }

        AddTransfer(entry);
    }

    private void AddTransfer(CalendarEntry entry)
    {
        var index = CalendarRange.IndexOf(entry.Date);
        var kind = entry.Kind == CalendarEntryKind.TransferWorkingDay ? DayKind.TransferWorkingDay : DayKind.TransferDayOff;
        var name = entry.Name ?? (kind == DayKind.TransferWorkingDay ? data.TransferNames.WorkingDay : data.TransferNames.DayOff).ToText();
        kinds[index] = kind;
        infos[index] = new DayInfo(entry.Date, kind, name, entry.Basis);
        datedEntries[index] = true;
    }
}
