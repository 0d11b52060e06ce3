using NodaTime;

namespace Kenes.Domain.Calendar;

/// <summary>What the calendar says about one date, and why.</summary>
/// <param name="Basis">The legal instrument that makes the day what it is.</param>
/// <param name="MovedFrom">For a <see cref="DayKind.MovedHoliday"/>, the weekend date of the holiday.</param>
public sealed record DayInfo(LocalDate Date, DayKind Kind, LocalizedText Name, string Basis, LocalDate? MovedFrom = null)
{
    public bool IsWorkingDay => Kind.IsWorkingDay();
}
