namespace Kenes.Domain.Calendar;

/// <summary>One year of the calendar as the public page and <c>GET /api/v1/calendar/{year}</c> show it.</summary>
/// <param name="Confirmed">True when the year's Kurban Ait date and its transfers are both confirmed.</param>
/// <param name="UnconfirmedReason">Why the year is not confirmed; null when it is.</param>
/// <param name="WorkingDays">The number of working days in the year.</param>
/// <param name="Days">Every weekday that is a day off and every weekend day that is a working day, in date order.</param>
public sealed record YearCalendar(int Year, bool Confirmed, LocalizedText? UnconfirmedReason, int WorkingDays, IReadOnlyList<DayInfo> Days);
