using NodaTime;

namespace Kenes.Domain.Calendar;

/// <summary>
/// A calendar fact an administrator adds after the data file shipped (a new Kurban Ait date, a
/// transfer decree). The web layer stores these and passes them to <see cref="WorkingDayCalendar.Load"/>.
/// A transfer is entered as two single entries (the worked weekend day and the weekday off), because
/// decrees sometimes move several days and the two halves may be announced on different dates.
/// </summary>
/// <param name="Name">Optional names; when null, the standard name for the kind is shown.</param>
/// <param name="Basis">The instrument that sets the fact (decree, order, announcement); required.</param>
/// <param name="Verified">The date a person last checked the entry against its basis.</param>
public sealed record CalendarEntry(LocalDate Date, CalendarEntryKind Kind, LocalizedText? Name, string Basis, LocalDate Verified)
{
    /// <summary>Declares that <paramref name="year"/>'s transfers are all entered.</summary>
    public static CalendarEntry TransfersConfirmedFor(int year, string basis, LocalDate verified) =>
        new(new LocalDate(year, 1, 1), CalendarEntryKind.TransfersConfirmed, null, basis, verified);
}
