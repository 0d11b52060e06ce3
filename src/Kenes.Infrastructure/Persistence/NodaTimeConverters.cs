using Microsoft.EntityFrameworkCore.Storage.ValueConversion;
using NodaTime;

namespace Kenes.Infrastructure.Persistence;

/// <summary>
/// NodaTime values stored the same way on both engines: a LocalDate as a date (DateOnly: TEXT
/// "yyyy-MM-dd" on SQLite, date on PostgreSQL) and an Instant as a UTC DateTime, which both engines
/// can order and compare (SQLite cannot order DateTimeOffset).
/// </summary>
public sealed class LocalDateConverter() : ValueConverter<LocalDate, DateOnly>(
    d => d.ToDateOnly(),
    d => LocalDate.FromDateOnly(d));

public sealed class InstantConverter() : ValueConverter<Instant, DateTime>(
    i => i.ToDateTimeUtc(),
    d => Instant.FromDateTimeUtc(DateTime.SpecifyKind(d, DateTimeKind.Utc)));

/// <summary>A wall-clock time as TimeOnly (time on PostgreSQL, text on SQLite).</summary>
public sealed class LocalTimeConverter() : ValueConverter<LocalTime, TimeOnly>(
    t => t.ToTimeOnly(),
    t => LocalTime.FromTimeOnly(t));
