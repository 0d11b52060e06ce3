using System.Net;
using System.Net.Http.Json;
using Kenes.Web.Tests.Support;

namespace Kenes.Web.Tests;

/// <summary>A staff user of one state body can neither read nor change another state body's data.</summary>
public abstract class StateBodyIsolationTests(KenesAppFactory app)
{
    private async Task<(Guid Energy, Guid Health, Guid EnergyVersion)> CouncilIdsAsync()
    {
        var admin = await app.AuthorizedAsync(Demo.Admin);
        var all = await (await admin.GetAsync("/api/v1/councils")).ReadJsonAsync();
        var byCode = all.EnumerateArray().ToDictionary(c => c.GetProperty("stateBodyCode").GetString()!);
        return (byCode["MEN"].GetProperty("id").GetGuid(), byCode["MZ"].GetProperty("id").GetGuid(),
            byCode["MEN"].GetProperty("version").GetGuid());
    }

    [Fact]
    public async Task Api_OfficerListsOnlyOwnStateBodysCouncils()
    {
        var officer = await app.AuthorizedAsync(Demo.EnergyOfficer);
        var list = await (await officer.GetAsync("/api/v1/councils")).ReadJsonAsync();
        Assert.All(list.EnumerateArray(), c => Assert.Equal("MEN", c.GetProperty("stateBodyCode").GetString()));
        Assert.Single(list.EnumerateArray());
    }

    [Fact]
    public async Task Api_ObserverSeesEveryStateBody()
    {
        var observer = await app.AuthorizedAsync(Demo.Observer);
        var list = await (await observer.GetAsync("/api/v1/councils")).ReadJsonAsync();
        Assert.Equal(3, list.GetArrayLength());
    }

    [Fact]
    public async Task Api_AnotherStateBodysCouncil_IsNotFound_ForReadAndChange()
    {
        var (_, health, _) = await CouncilIdsAsync();
        var officer = await app.AuthorizedAsync(Demo.EnergyOfficer);

        Assert.Equal(HttpStatusCode.NotFound, (await officer.GetAsync($"/api/v1/councils/{health}")).StatusCode);
        var change = await officer.PutAsJsonAsync($"/api/v1/councils/{health}/seats", new { seats = 9, version = Guid.NewGuid() });
        Assert.Equal(HttpStatusCode.NotFound, change.StatusCode);

        var healthOfficer = await app.AuthorizedAsync(Demo.HealthOfficer);
        var unchanged = await (await healthOfficer.GetAsync($"/api/v1/councils/{health}")).ReadJsonAsync();
        Assert.Equal(13, unchanged.GetProperty("seats").GetInt32());
    }

    [Fact]
    public async Task Api_HrOfficerOfTheSameBody_CannotChangeSeats()
    {
        var (energy, _, version) = await CouncilIdsAsync();
        var hr = await app.AuthorizedAsync(Demo.EnergyHr);
        var change = await hr.PutAsJsonAsync($"/api/v1/councils/{energy}/seats", new { seats = 9, version });
        Assert.Equal(HttpStatusCode.Forbidden, change.StatusCode);
    }

    [Fact]
    public async Task Api_MemberAndApplicant_AreForbiddenFromStaffEndpoints()
    {
        foreach (var email in new[] { Demo.Member, Demo.Applicant })
        {
            var client = await app.AuthorizedAsync(email);
            Assert.Equal(HttpStatusCode.Forbidden, (await client.GetAsync("/api/v1/councils")).StatusCode);
        }
    }

    [Fact]
    [Trait("Norm", "M6")]
    public async Task Api_SeatsOutOfRange_Gives400NamingFieldAndNorm_AndChangesNothing()
    {
        var (energy, _, version) = await CouncilIdsAsync();
        var officer = await app.AuthorizedAsync(Demo.EnergyOfficer);
        var response = await officer.PutAsJsonAsync($"/api/v1/councils/{energy}/seats", new { seats = 0, version });
        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        var problem = await response.ReadJsonAsync();
        Assert.Equal("M6", problem.GetProperty("norm").GetString());
        Assert.StartsWith("М6", problem.GetProperty("errors").GetProperty("seats")[0].GetString());

        var council = await (await officer.GetAsync($"/api/v1/councils/{energy}")).ReadJsonAsync();
        Assert.Equal(version, council.GetProperty("version").GetGuid());
    }

    [Fact]
    public async Task Pages_AnotherStateBodysCouncil_IsNotFound_ForReadAndChange()
    {
        var (energy, health, _) = await CouncilIdsAsync();
        var browser = await app.SignedInBrowserAsync(Demo.EnergyOfficer);

        Assert.Equal(HttpStatusCode.NotFound, (await browser.GetAsync($"/councils/{health}")).StatusCode);

        // A valid antiforgery token from the officer's own council page, replayed against another body's council.
        var token = await browser.AntiforgeryTokenAsync($"/councils/{energy}");
        var post = await browser.PostAsync($"/councils/{health}", new FormUrlEncodedContent(new Dictionary<string, string>
        {
            ["Seats"] = "7",
            ["Version"] = Guid.NewGuid().ToString(),
            ["__RequestVerificationToken"] = token,
        }));
        Assert.Equal(HttpStatusCode.NotFound, post.StatusCode);
    }

    [Fact]
    public async Task Pages_OfficerChangesOwnSeats_WithAntiforgery_AndStaleVersionIsAConflict()
    {
        var (energy, _, _) = await CouncilIdsAsync();
        var browser = await app.SignedInBrowserAsync(Demo.EnergyOfficer);
        var page = await browser.GetStringAsync($"/councils/{energy}");
        var token = await browser.AntiforgeryTokenAsync($"/councils/{energy}");
        var version = System.Text.RegularExpressions.Regex.Match(page, "name=\"Version\" value=\"([^\"]+)\"").Groups[1].Value;

        var saved = await browser.PostAsync($"/councils/{energy}", new FormUrlEncodedContent(new Dictionary<string, string>
        {
            ["Seats"] = "17",
            ["Version"] = version,
            ["__RequestVerificationToken"] = token,
        }));
        Assert.Equal(HttpStatusCode.Redirect, saved.StatusCode);
        Assert.Contains("data-testid=\"seats\">17<", await browser.GetStringAsync($"/councils/{energy}"));

        var stale = await browser.PostAsync($"/councils/{energy}", new FormUrlEncodedContent(new Dictionary<string, string>
        {
            ["Seats"] = "19",
            ["Version"] = version,
            ["__RequestVerificationToken"] = token,
        }));
        Assert.Equal(HttpStatusCode.OK, stale.StatusCode);
        Assert.Contains("Бұл кеңесті басқа қызметкер жаңа ғана өзгертті", await stale.Content.ReadAsStringAsync());
    }

    [Fact]
    public async Task Pages_PostWithoutAntiforgeryToken_IsRefused()
    {
        var (energy, _, _) = await CouncilIdsAsync();
        var browser = await app.SignedInBrowserAsync(Demo.EnergyOfficer);
        var post = await browser.PostAsync($"/councils/{energy}",
            new FormUrlEncodedContent(new Dictionary<string, string> { ["Seats"] = "7" }));
        Assert.Equal(HttpStatusCode.BadRequest, post.StatusCode);
    }
}

public sealed class StateBodyIsolationTestsOnSqlite(SqliteApp app) : StateBodyIsolationTests(app), IClassFixture<SqliteApp>;

public sealed class StateBodyIsolationTestsOnPostgres(PostgresApp app) : StateBodyIsolationTests(app), IClassFixture<PostgresApp>;
