namespace Kenes.Domain.Calendar;

/// <summary>
/// What the addition rules need to know about a calendar, whether it is still being built
/// (<see cref="CalendarBuilder"/>) or finished (<see cref="WorkingDayCalendar"/>), so one set of
/// rules serves both loading stored additions and validating a new one.
/// </summary>
internal interface ICalendarState
{
    DayKind KindAt(int index);

    bool HasKurbanAit(int year);

    bool AreTransfersConfirmed(int year);

    /// <summary>True when a dated fact (religious day, transfer) already sits on this day.</summary>
    bool HasDatedEntry(int index);
}
