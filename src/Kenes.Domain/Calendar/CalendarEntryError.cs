namespace Kenes.Domain.Calendar;

/// <summary>
/// Why a calendar addition was refused. <see cref="Code"/> is stable (the web layer localizes it);
/// <see cref="Field"/> names the entry's property; <see cref="Message"/> is plain English.
/// </summary>
public sealed record CalendarEntryError(string Code, string Field, string Message);
