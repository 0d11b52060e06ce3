using NodaTime;

namespace Kenes.Domain.Calendar;

/// <summary>A non-working day passed over while counting working days, with its reason.</summary>
public sealed record SkippedDay(LocalDate Date, DayKind Kind, LocalizedText Reason, string Basis);
