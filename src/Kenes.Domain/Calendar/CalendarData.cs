using System.Text.Json;
using NodaTime;
using NodaTime.Text;

namespace Kenes.Domain.Calendar;

/// <summary>
/// The shipped data file <c>Data/kz-working-calendar.json</c> (an embedded resource), parsed once.
/// The file, not the code, holds the holidays: a new law changes data with its source beside it.
/// </summary>
internal sealed class CalendarData
{
    private const string ResourceName = "Kenes.Domain.Calendar.kz-working-calendar.json";

    private static readonly Lazy<CalendarData> Embedded = new(LoadEmbedded);

    public static CalendarData Instance => Embedded.Value;

    public string Version { get; init; } = "";
    public BasisDto Weekend { get; init; } = new();
    public BasisDto MovedHoliday { get; init; } = new();
    public TransferNamesDto TransferNames { get; init; } = new();
    public List<AnnualDayDto> PublicHolidays { get; init; } = [];
    public List<AnnualDayDto> ReligiousDaysOff { get; init; } = [];
    public KurbanAitDto KurbanAit { get; init; } = new();
    public List<TransferDto> Transfers { get; init; } = [];
    public List<YearDto> Years { get; init; } = [];

    public static LocalDate ParseDate(string text) => LocalDatePattern.Iso.Parse(text).Value;

    private static CalendarData LoadEmbedded()
    {
        using var stream = typeof(CalendarData).Assembly.GetManifestResourceStream(ResourceName)
            ?? throw new InvalidOperationException($"Embedded resource '{ResourceName}' is missing.");
        var options = new JsonSerializerOptions { PropertyNamingPolicy = JsonNamingPolicy.CamelCase };
        return JsonSerializer.Deserialize<CalendarData>(stream, options)
            ?? throw new InvalidOperationException("The calendar data file is empty.");
    }

    internal sealed class BasisDto
    {
        public string Basis { get; init; } = "";
    }

    internal sealed class TextDto
    {
        public string Kk { get; init; } = "";
        public string Ru { get; init; } = "";
        public string En { get; init; } = "";

        public LocalizedText ToText() => new(Kk, Ru, En);
    }

    internal sealed class TransferNamesDto
    {
        public TextDto WorkingDay { get; init; } = new();
        public TextDto DayOff { get; init; } = new();
    }

    internal sealed class AnnualDayDto
    {
        public string Id { get; init; } = "";
        public int Month { get; init; }
        public int Day { get; init; }
        public int ValidFrom { get; init; }
        public int? ValidTo { get; init; }
        public TextDto Name { get; init; } = new();
        public string Basis { get; init; } = "";
        public string LastVerified { get; init; } = "";

        public bool AppliesIn(int year) => year >= ValidFrom && (ValidTo is null || year <= ValidTo);
    }

    internal sealed class KurbanAitDto
    {
        public TextDto Name { get; init; } = new();
        public List<DatedDto> Dates { get; init; } = [];
    }

    internal sealed class DatedDto
    {
        public string Date { get; init; } = "";
        public string Basis { get; init; } = "";
        public string LastVerified { get; init; } = "";
    }

    internal sealed class TransferDto
    {
        public string WorkingDay { get; init; } = "";
        public string DayOff { get; init; } = "";
        public string Basis { get; init; } = "";
        public string LastVerified { get; init; } = "";
    }

    internal sealed class YearDto
    {
        public int Year { get; init; }
        public bool TransfersConfirmed { get; init; }
        public string Basis { get; init; } = "";
    }
}
