using Kenes.Domain;
using Kenes.Domain.Calendar;
using NodaTime;

namespace Kenes.Infrastructure.Persistence;

/// <summary>
/// An administrator's addition to the working-day calendar (a Kurban Ait date, one half of a
/// transfer, or "this year's transfers are complete"), stored with who entered it and when.
/// </summary>
public sealed class CalendarAddition
{
    public Guid Id { get; set; }
    public LocalDate Date { get; set; }
    public CalendarEntryKind Kind { get; set; }
    public string? NameKk { get; set; }
    public string? NameRu { get; set; }
    public string? NameEn { get; set; }
    public string Basis { get; set; } = "";
    public LocalDate Verified { get; set; }
    public Guid? CreatedBy { get; set; }
    public Instant CreatedAt { get; set; }

    public CalendarEntry ToEntry() => new(
        Date, Kind,
        NameKk is null && NameRu is null && NameEn is null ? null : new LocalizedText(NameKk ?? "", NameRu ?? "", NameEn ?? ""),
        Basis, Verified);
}
