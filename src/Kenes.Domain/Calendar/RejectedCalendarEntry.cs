namespace Kenes.Domain.Calendar;

/// <summary>
/// A stored addition that <see cref="WorkingDayCalendar.Load"/> could not apply (for example, a
/// later data file now contains the same fact). The calendar ignores it and reports it here so an
/// administrator can remove or correct it.
/// </summary>
public sealed record RejectedCalendarEntry(CalendarEntry Entry, IReadOnlyList<CalendarEntryError> Errors);
