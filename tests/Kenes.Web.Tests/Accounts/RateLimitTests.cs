using System.Net;
using System.Net.Http.Json;
using Kenes.Web.Tests.Support;

namespace Kenes.Web.Tests.Accounts;

/// <summary>
/// Issue #7.6: sign-in (page and API, per client address and per e-mail) and public submission (page and
/// API, per client address) answer 429 with Retry-After past their limit: problem JSON for the API, the
/// localized page for forms. The limits here are small (<see cref="AccountSettings.SmallLimits"/>).
/// </summary>
[Trait("Issue", "7")]
public abstract class RateLimitTests(KenesAppFactory app)
{
    [Fact]
    public async Task SignIn_PastThePerEmailThenPerAddressLimit_Gets429WithRetryAfter_OnApiAndPage()
    {
        var api = app.CreateClient();
        api.DefaultRequestHeaders.AcceptLanguage.ParseAdd("en");
        // Per e-mail: 3 attempts, right or wrong, then 429 naming the field, even with the right password.
        for (var i = 0; i < 3; i++)
        {
            var attempt = await api.PostAsJsonAsync("/api/v1/auth/login", new { email = Demo.Observer, password = $"Wrong-{i}-password!" });
            Assert.Equal(HttpStatusCode.Unauthorized, attempt.StatusCode);
        }

        var perEmail = await api.PostAsJsonAsync("/api/v1/auth/login", new { email = Demo.Observer, password = Demo.Password });
        await AssertProblem429Async(perEmail);
        Assert.Contains("“E-mail”", (await perEmail.ReadJsonAsync()).GetProperty("detail").GetString(), StringComparison.Ordinal);

        // Per address: 6 attempts in all (4 used above); the page's form reads (GET) do not count.
        var browser = app.CreateBrowserLikeClient();
        var token = await browser.AntiforgeryTokenAsync("/Account/Login");
        var pageAttempt = await PostLoginAsync(browser, token, Demo.Member, "Not-the-password-1!");
        Assert.Equal(HttpStatusCode.OK, pageAttempt.StatusCode);
        Assert.Equal(HttpStatusCode.Unauthorized, (await api.PostAsJsonAsync("/api/v1/auth/login",
            new { email = Demo.EnergyHr, password = "Wrong-password-9!" })).StatusCode);

        var page = await PostLoginAsync(browser, token, Demo.EnergyOfficer, Demo.Password);
        Assert.Equal(HttpStatusCode.TooManyRequests, page.StatusCode);
        Assert.True(int.Parse(page.Headers.RetryAfter!.ToString(), System.Globalization.CultureInfo.InvariantCulture) > 0);
        var html = await page.Content.ReadAsStringAsync();
        Assert.Contains("Сұраулар тым көп", html, StringComparison.Ordinal);

        await AssertProblem429Async(await api.PostAsJsonAsync("/api/v1/auth/login", new { email = Demo.EnergyOfficer, password = Demo.Password }));
    }

    [Fact]
    public async Task PublicSubmission_PastThePerAddressLimit_Gets429WithRetryAfter_OnApiAndPage()
    {
        var anonymous = app.CreateBrowserLikeClient();
        for (var i = 0; i < 2; i++)
        {
            var allowed = await anonymous.PostAsync("/api/v1/public/announcements/NO-SUCH/applications", new MultipartFormDataContent());
            Assert.NotEqual(HttpStatusCode.TooManyRequests, allowed.StatusCode);
        }

        var page = await anonymous.PostAsync("/portal/announcements/NO-SUCH/apply?culture=ru", new FormUrlEncodedContent([]));
        Assert.Equal(HttpStatusCode.TooManyRequests, page.StatusCode);
        Assert.NotNull(page.Headers.RetryAfter);
        Assert.Contains("Слишком много запросов", await page.Content.ReadAsStringAsync(), StringComparison.Ordinal);

        var api = await anonymous.PostAsync("/api/v1/public/announcements/NO-SUCH/applications", new MultipartFormDataContent());
        await AssertProblem429Async(api);

        // Reading stays open: the limit is on submissions only.
        Assert.Equal(HttpStatusCode.OK, (await anonymous.GetAsync("/api/v1/public/announcements")).StatusCode);
    }

    private static Task<HttpResponseMessage> PostLoginAsync(HttpClient client, string token, string email, string password) =>
        client.PostAsync("/Account/Login", new FormUrlEncodedContent(new Dictionary<string, string>
        {
            ["Input.Email"] = email,
            ["Input.Password"] = password,
            ["__RequestVerificationToken"] = token,
        }));

    private static async Task AssertProblem429Async(HttpResponseMessage response)
    {
        Assert.Equal(HttpStatusCode.TooManyRequests, response.StatusCode);
        Assert.Equal("application/problem+json", response.Content.Headers.ContentType!.MediaType);
        var seconds = response.Headers.RetryAfter!.Delta!.Value.TotalSeconds;
        Assert.InRange(seconds, 1, 3600);
        var problem = await response.ReadJsonAsync();
        Assert.Equal(429, problem.GetProperty("status").GetInt32());
        Assert.Equal("rate_limited", problem.GetProperty("code").GetString());
        Assert.False(string.IsNullOrWhiteSpace(problem.GetProperty("detail").GetString()));
    }
}

public sealed class RateLimitTestsOnSqlite(SmallLimitsSqliteApp app) : RateLimitTests(app), IClassFixture<SmallLimitsSqliteApp>;

public sealed class RateLimitTestsOnPostgres(SmallLimitsPostgresApp app) : RateLimitTests(app), IClassFixture<SmallLimitsPostgresApp>;
