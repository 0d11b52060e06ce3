using NodaTime;

namespace Kenes.Domain.Calendar;

/// <summary>
/// The answer to "<see cref="From"/> plus <see cref="Days"/> working days", explained: every
/// non-working day passed over between the two dates, in date order.
/// </summary>
/// <param name="Confirmed">False when any year between From and Date is not confirmed (see <see cref="YearCalendar"/>).</param>
public sealed record WorkingDayResult(LocalDate From, int Days, LocalDate Date, bool Confirmed, IReadOnlyList<SkippedDay> Skipped);
