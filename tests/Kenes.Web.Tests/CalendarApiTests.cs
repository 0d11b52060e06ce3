using System.Net;
using Kenes.Web.Tests.Support;

namespace Kenes.Web.Tests;

/// <summary>The calendar API of DESIGN.md §4 and the public and administrator calendar pages.</summary>
public abstract class CalendarApiTests(KenesAppFactory app)
{
    [Fact]
    public async Task Year2026_ListsWeekdayDaysOff_WithKindNamesAndBasis()
    {
        var year = await (await app.CreateClient().GetAsync("/api/v1/calendar/2026")).ReadJsonAsync();
        Assert.Equal(2026, year.GetProperty("year").GetInt32());
        Assert.True(year.GetProperty("confirmed").GetBoolean());
        var days = year.GetProperty("days").EnumerateArray().ToDictionary(d => d.GetProperty("date").GetString()!);
        // Nauryz 2026: Sat 21, Sun 22, Mon 23 → Mon 23 itself and the moved Tue 24, Wed 25.
        Assert.Equal("PublicHoliday", days["2026-03-23"].GetProperty("kind").GetString());
        Assert.Equal("MovedHoliday", days["2026-03-24"].GetProperty("kind").GetString());
        Assert.Equal("MovedHoliday", days["2026-03-25"].GetProperty("kind").GetString());
        Assert.Equal("ReligiousHoliday", days["2026-05-27"].GetProperty("kind").GetString());
        Assert.False(days.ContainsKey("2026-08-31"));
        Assert.False(days.ContainsKey("2026-03-21"));
        Assert.Equal("Наурыз мейрамы", days["2026-03-23"].GetProperty("name").GetProperty("kk").GetString());
        Assert.False(string.IsNullOrWhiteSpace(days["2026-03-23"].GetProperty("basis").GetString()));
    }

    [Fact]
    public async Task Year2027_IsNotConfirmed_AndSaysWhy()
    {
        var year = await (await app.CreateClient().GetAsync("/api/v1/calendar/2027")).ReadJsonAsync();
        Assert.False(year.GetProperty("confirmed").GetBoolean());
        Assert.Contains("2027", year.GetProperty("unconfirmedReason").GetProperty("en").GetString());
    }

    [Fact]
    [Trait("Norm", "R8")]
    public async Task AddWorkingDays_AcrossNauryz2026_SkipsEachDayWithItsReason()
    {
        var result = await (await app.CreateClient().GetAsync("/api/v1/calendar/add-working-days?from=2026-03-18&days=5")).ReadJsonAsync();
        Assert.Equal("2026-03-30", result.GetProperty("date").GetString());
        Assert.True(result.GetProperty("confirmed").GetBoolean());
        var skipped = result.GetProperty("skipped").EnumerateArray().Select(s => s.GetProperty("date").GetString()).ToList();
        Assert.Equal(["2026-03-21", "2026-03-22", "2026-03-23", "2026-03-24", "2026-03-25", "2026-03-28", "2026-03-29"], skipped);
    }

    [Fact]
    [Trait("Norm", "M12.4")]
    public async Task AddWorkingDays_Negative_CountsBackwards()
    {
        var result = await (await app.CreateClient().GetAsync("/api/v1/calendar/add-working-days?from=2026-03-30&days=-10")).ReadJsonAsync();
        // 10 working days before Mon 30 Mar 2026: 27, 26, 20, 19, 18, 17, 16, 13, 12, 11 → Wed 11 Mar.
        Assert.Equal("2026-03-11", result.GetProperty("date").GetString());
    }

    [Theory]
    [InlineData("/api/v1/calendar/2022", "year")]
    [InlineData("/api/v1/calendar/2101", "year")]
    [InlineData("/api/v1/calendar/twenty", "year")]
    [InlineData("/api/v1/calendar/add-working-days?from=2026-02-30&days=5", "from")]
    [InlineData("/api/v1/calendar/add-working-days?from=26.03.2026&days=5", "from")]
    [InlineData("/api/v1/calendar/add-working-days?days=5", "from")]
    [InlineData("/api/v1/calendar/add-working-days?from=2022-12-30&days=5", "from")]
    [InlineData("/api/v1/calendar/add-working-days?from=2026-03-18", "days")]
    [InlineData("/api/v1/calendar/add-working-days?from=2026-03-18&days=10001", "days")]
    [InlineData("/api/v1/calendar/add-working-days?from=2026-03-18&days=-10001", "days")]
    [InlineData("/api/v1/calendar/add-working-days?from=2026-03-18&days=five", "days")]
    [InlineData("/api/v1/calendar/add-working-days?from=2023-01-03&days=-10", "days")]
    public async Task BadParameter_Gives400Problem_NamingTheParameter(string url, string parameter)
    {
        var response = await app.CreateClient().GetAsync(url);
        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.Equal("application/problem+json", response.Content.Headers.ContentType!.MediaType);
        var errors = (await response.ReadJsonAsync()).GetProperty("errors");
        Assert.True(errors.TryGetProperty(parameter, out var messages), $"no error for {parameter}: {errors}");
        Assert.StartsWith(parameter, messages[0].GetString());
    }

    [Fact]
    public async Task PublicCalendarPage_ShowsTheYearInTheChosenLanguage_WithReasons()
    {
        var html = await app.CreateClient().GetStringAsync("/calendar/2026?culture=ru");
        Assert.Contains("Календарь рабочих дней на 2026 год", html);
        Assert.Contains("data-testid=\"working-days\">247<", html);
        Assert.Contains("Наурыз мейрамы (выходной день перенесён с 21.03.2026)", html);
        Assert.Contains("Март", html);
    }

    [Fact]
    public async Task AdminCalendarPage_IsForAdministratorsOnly()
    {
        var officer = await app.SignedInBrowserAsync(Demo.EnergyOfficer);
        var response = await officer.GetAsync("/admin/calendar");
        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        Assert.StartsWith("/Account/AccessDenied", response.Headers.Location!.PathAndQuery);
        Assert.Equal(HttpStatusCode.Redirect, (await app.CreateBrowserLikeClient().GetAsync("/admin/calendar")).StatusCode);
    }

    [Fact]
    public async Task Administrator_AddsKurbanAit2027_ItTakesEffectAtOnce_AndIsAudited()
    {
        var admin = await app.SignedInBrowserAsync(Demo.Admin);
        var before = await (await app.CreateClient().GetAsync("/api/v1/calendar/add-working-days?from=2027-05-14&days=1")).ReadJsonAsync();
        Assert.Equal("2027-05-17", before.GetProperty("date").GetString());

        var response = await PostEntryAsync(admin, "2027-05-17", "KurbanAit",
            "Announcement of the Spiritual Administration of Muslims of Kazakhstan (test entry)");
        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);

        var after = await (await app.CreateClient().GetAsync("/api/v1/calendar/add-working-days?from=2027-05-14&days=1")).ReadJsonAsync();
        Assert.Equal("2027-05-18", after.GetProperty("date").GetString());
        var skipped = after.GetProperty("skipped").EnumerateArray().Last();
        Assert.Equal("ReligiousHoliday", skipped.GetProperty("kind").GetString());

        var page = await admin.GetStringAsync("/admin/calendar");
        Assert.Contains("2027-05-17", page);
        Assert.Contains("test entry", page);
    }

    [Theory]
    [InlineData("2026-03-23", "TransferDayOff", "Decree (test)", "Ауыстыру демалыс күніне түсіп тұр")]
    [InlineData("2026-06-03", "TransferWorkingDay", "Decree (test)", "Жұмыс күні болатын ауыстыру тек сенбі немесе жексенбіге болады")]
    [InlineData("2026-06-08", "TransferDayOff", "", "Құқықтық негізді көрсетіңіз")]
    public async Task Administrator_EntryContradictingTheLaw_IsRefusedWithTheReason_AndNotStored(
        string date, string kind, string basis, string message)
    {
        var admin = await app.SignedInBrowserAsync(Demo.Admin);
        var response = await PostEntryAsync(admin, date, kind, basis);
        var html = await response.Content.ReadAsStringAsync();
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Contains(message, html);
        var year = await (await app.CreateClient().GetAsync("/api/v1/calendar/2026")).ReadJsonAsync();
        Assert.DoesNotContain(year.GetProperty("days").EnumerateArray(),
            d => d.GetProperty("date").GetString() == date && d.GetProperty("kind").GetString()!.StartsWith("Transfer", StringComparison.Ordinal));
    }

    private static async Task<HttpResponseMessage> PostEntryAsync(HttpClient admin, string date, string kind, string basis)
    {
        var token = await admin.AntiforgeryTokenAsync("/admin/calendar");
        return await admin.PostAsync("/admin/calendar", new FormUrlEncodedContent(new Dictionary<string, string>
        {
            ["Input.Date"] = date,
            ["Input.Kind"] = kind,
            ["Input.Basis"] = basis,
            ["Input.Verified"] = "2026-11-24",
            ["__RequestVerificationToken"] = token,
        }));
    }
}

public sealed class CalendarApiTestsOnSqlite(SqliteApp app) : CalendarApiTests(app), IClassFixture<SqliteApp>;

public sealed class CalendarApiTestsOnPostgres(PostgresApp app) : CalendarApiTests(app), IClassFixture<PostgresApp>;
