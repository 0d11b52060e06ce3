using Kenes.Domain;
using Kenes.Domain.Calendar;
using Kenes.Web.Hosting;
using Kenes.Web.Localization;
using Microsoft.Extensions.Localization;
using NodaTime;
using NodaTime.Text;

namespace Kenes.Web.Features.Calendar;

/// <summary>The working-day calendar API of DESIGN.md §4. Public: deadlines are public law.</summary>
public static class CalendarEndpoints
{
    public const int MaxDays = 10_000;

    public sealed record DayView(LocalDate Date, string Kind, LocalizedText Name, string Basis);

    public sealed record YearView(int Year, bool Confirmed, LocalizedText? UnconfirmedReason, int WorkingDays, IReadOnlyList<DayView> Days);

    public sealed record SkippedView(LocalDate Date, string Kind, string Reason, LocalizedText ReasonText);

    public sealed record AddView(LocalDate From, int Days, LocalDate Date, bool Confirmed, IReadOnlyList<SkippedView> Skipped);

    public static void MapCalendarEndpoints(this RouteGroupBuilder api)
    {
        var calendar = api.MapGroup("/calendar").WithTags("Calendar").AllowAnonymous();

        calendar.MapGet("/add-working-days", async (string? from, string? days, CalendarSource source,
            IStringLocalizer<Texts> texts, CancellationToken ct) =>
        {
            var errors = new Dictionary<string, string[]>();
            var start = ParseDate(from, "from", texts, errors);
            var count = ParseDays(days, texts, errors);
            if (errors.Count > 0)
            {
                return Results.ValidationProblem(errors);
            }

            var workingDays = await source.GetAsync(ct);
            try
            {
                var result = workingDays.AddWorkingDays(start!.Value, count!.Value);
                return Results.Ok(new AddView(result.From, result.Days, result.Date, result.Confirmed,
                    result.Skipped.Select(s => new SkippedView(s.Date, s.Kind.ToString(), Pick(s.Reason), s.Reason)).ToList()));
            }
            catch (ArgumentOutOfRangeException)
            {
                return Results.ValidationProblem(new Dictionary<string, string[]>
                {
                    ["days"] = [texts["calendar.param.result_range", WorkingDayCalendar.FirstSupportedYear, WorkingDayCalendar.LastSupportedYear].Value],
                });
            }
        })
        .WithSummary("Add (or subtract) working days, with each skipped day and its reason")
        .CachePublicly();

        calendar.MapGet("/{year}", async (string year, CalendarSource source, IStringLocalizer<Texts> texts, CancellationToken ct) =>
        {
            if (!int.TryParse(year, out var y) || y < WorkingDayCalendar.FirstSupportedYear || y > WorkingDayCalendar.LastSupportedYear)
            {
                return Results.ValidationProblem(new Dictionary<string, string[]>
                {
                    ["year"] = [texts["calendar.param.year", WorkingDayCalendar.FirstSupportedYear, WorkingDayCalendar.LastSupportedYear].Value],
                });
            }

            var calendarYear = (await source.GetAsync(ct)).GetYear(y);
            return Results.Ok(new YearView(calendarYear.Year, calendarYear.Confirmed, calendarYear.UnconfirmedReason,
                calendarYear.WorkingDays,
                calendarYear.Days.Select(d => new DayView(d.Date, d.Kind.ToString(), d.Name, d.Basis)).ToList()));
        })
        .WithSummary("A year's days off on weekdays and working weekend days")
        .CachePublicly();
    }

    private static string Pick(LocalizedText text) => Cultures.Pick(text.Kk, text.Ru, text.En);

    private static LocalDate? ParseDate(string? text, string field, IStringLocalizer<Texts> texts, Dictionary<string, string[]> errors)
    {
        // NodaTime's parser stops at a NUL as if the text ended there, so "2026-03-20\0junk" would pass: control characters are refused first.
        if (string.IsNullOrWhiteSpace(text) || text.Any(char.IsControl) || LocalDatePattern.Iso.Parse(text) is not { Success: true } parsed)
        {
            errors[field] = [texts["calendar.param.date", field].Value];
            return null;
        }

        if (parsed.Value.Year < WorkingDayCalendar.FirstSupportedYear || parsed.Value.Year > WorkingDayCalendar.LastSupportedYear)
        {
            errors[field] = [texts["calendar.param.date_range", field, WorkingDayCalendar.FirstSupportedYear, WorkingDayCalendar.LastSupportedYear].Value];
            return null;
        }

        return parsed.Value;
    }

    private static int? ParseDays(string? text, IStringLocalizer<Texts> texts, Dictionary<string, string[]> errors)
    {
        if (!int.TryParse(text, out var days) || days is < -MaxDays or > MaxDays)
        {
            errors["days"] = [texts["calendar.param.days", MaxDays].Value];
            return null;
        }

        return days;
    }
}
