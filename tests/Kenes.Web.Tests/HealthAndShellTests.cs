using System.Net;
using Kenes.Web.Tests.Support;

namespace Kenes.Web.Tests;

public abstract class HealthAndShellTests(KenesAppFactory app)
{
    [Fact]
    public async Task HealthLive_Answers200_WithoutTouchingTheDatabase()
    {
        var response = await app.CreateClient().GetAsync("/health/live");
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal("Healthy", await response.Content.ReadAsStringAsync());
    }

    [Fact]
    public async Task Health_Answers200_WhenTheDatabaseAnswers()
    {
        var response = await app.CreateClient().GetAsync("/health");
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
    }

    [Fact]
    public async Task HomePage_IsKazakhByDefault_WithSecurityHeaders()
    {
        var response = await app.CreateClient().GetAsync("/");
        var html = await response.Content.ReadAsStringAsync();

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Contains("<html lang=\"kk\">", html);
        Assert.Contains("Кәсіптік біліктілік жөніндегі салалық кеңестер", html);
        var csp = response.Headers.GetValues("Content-Security-Policy").Single();
        Assert.Contains("script-src 'self'", csp);
        Assert.DoesNotContain("unsafe-inline", csp);
        Assert.Contains("frame-ancestors 'none'", csp);
        Assert.Equal("nosniff", response.Headers.GetValues("X-Content-Type-Options").Single());
        Assert.Equal("strict-origin-when-cross-origin", response.Headers.GetValues("Referrer-Policy").Single());
    }

    [Fact]
    public async Task LanguageSwitch_PersistsRussian_ForLaterPages()
    {
        var client = app.CreateBrowserLikeClient();
        var switched = await client.PostAsync("/culture", new FormUrlEncodedContent(new Dictionary<string, string>
        {
            ["culture"] = "ru",
            ["returnUrl"] = "/portal/councils",
        }));
        Assert.Equal(HttpStatusCode.Redirect, switched.StatusCode);
        Assert.Equal("/portal/councils", switched.Headers.Location!.OriginalString);

        var html = await client.GetStringAsync("/portal/councils");
        Assert.Contains("<html lang=\"ru\">", html);
        Assert.Contains("Министерство энергетики Республики Казахстан", html);
        Assert.Contains("Отраслевые советы", html);
    }

    // The switch has no antiforgery token (it sits on cached public pages, ADR 0009); what keeps it
    // harmless is that it sets nothing but the language and never redirects off the site.
    [Fact]
    public async Task LanguageSwitch_StaysOnSite_AndIgnoresUnknownCultures()
    {
        var client = app.CreateBrowserLikeClient();
        var offsite = await client.PostAsync("/culture", new FormUrlEncodedContent(new Dictionary<string, string>
        {
            ["culture"] = "xx",
            ["returnUrl"] = "https://evil.example/",
        }));
        Assert.Equal(HttpStatusCode.Redirect, offsite.StatusCode);
        Assert.Equal("/", offsite.Headers.Location!.OriginalString);
        Assert.False(offsite.Headers.Contains("Set-Cookie"));
    }

    [Fact]
    public async Task OpenApi_DescribesTheLoginEndpoint_AndTheReferencePageIsServed()
    {
        var client = app.CreateClient();
        var json = await client.GetStringAsync("/openapi/v1.json");
        Assert.Contains("/api/v1/auth/login", json);
        Assert.Contains("/api/v1/public/councils", json);
        var reference = await client.GetAsync("/scalar/");
        Assert.Equal(HttpStatusCode.OK, reference.StatusCode);
    }

    [Fact]
    public async Task PublicCouncils_ListTheThreeDemoMinistries()
    {
        var councils = await (await app.CreateClient().GetAsync("/api/v1/public/councils")).ReadJsonAsync();
        var bodies = councils.EnumerateArray().Select(c => c.GetProperty("stateBody").GetProperty("en").GetString()).ToList();
        Assert.Contains("Ministry of Energy of the Republic of Kazakhstan", bodies);
        Assert.Contains("Ministry of Health of the Republic of Kazakhstan", bodies);
        Assert.Contains("Ministry of Agriculture of the Republic of Kazakhstan", bodies);
    }
}

public sealed class HealthAndShellTestsOnSqlite(SqliteApp app) : HealthAndShellTests(app), IClassFixture<SqliteApp>;

public sealed class HealthAndShellTestsOnPostgres(PostgresApp app) : HealthAndShellTests(app), IClassFixture<PostgresApp>;
