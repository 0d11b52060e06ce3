using System.Net;
using System.Net.Http.Headers;
using System.Net.Http.Json;
using Kenes.Web.Tests.Support;

namespace Kenes.Web.Tests;

public abstract class AuthTests(KenesAppFactory app)
{
    [Fact]
    public async Task ApiLogin_ReturnsBearerToken_ThatOpensTheApi()
    {
        var client = app.CreateClient();
        var token = await client.LoginForTokenAsync(Demo.Admin);
        client.DefaultRequestHeaders.Authorization = new AuthenticationHeaderValue("Bearer", token);

        var me = await (await client.GetAsync("/api/v1/me")).ReadJsonAsync();
        Assert.Equal(Demo.Admin, me.GetProperty("email").GetString());
        Assert.Contains("Administrator", me.GetProperty("roles").EnumerateArray().Select(r => r.GetString()));
    }

    [Fact]
    public async Task ApiLogin_WrongPassword_Gives401Problem()
    {
        var response = await app.CreateClient().PostAsJsonAsync("/api/v1/auth/login",
            new { email = Demo.Observer, password = "wrong-password-1A!" });
        Assert.Equal(HttpStatusCode.Unauthorized, response.StatusCode);
        var problem = await response.ReadJsonAsync();
        Assert.Equal("auth.invalid_credentials", problem.GetProperty("code").GetString());
    }

    [Fact]
    public async Task Api_Without_Token_Gives401Problem_AndCookieIsNotEnough()
    {
        var browser = await app.SignedInBrowserAsync(Demo.EnergyOfficer);
        var response = await browser.GetAsync("/api/v1/councils");
        Assert.Equal(HttpStatusCode.Unauthorized, response.StatusCode);
        Assert.Equal("application/problem+json", response.Content.Headers.ContentType!.MediaType);
    }

    [Fact]
    public async Task Lockout_AfterFiveFailures_EvenTheRightPasswordIsRefused()
    {
        const string email = "officer.agri@demo.kenes.kz";
        var client = app.CreateClient();
        for (var i = 0; i < 5; i++)
        {
            var failed = await client.PostAsJsonAsync("/api/v1/auth/login", new { email, password = $"Wrong-{i}-password!" });
            Assert.Equal(HttpStatusCode.Unauthorized, failed.StatusCode);
        }

        var locked = await client.PostAsJsonAsync("/api/v1/auth/login", new { email, password = Demo.Password });
        Assert.Equal(HttpStatusCode.Unauthorized, locked.StatusCode);
        Assert.Equal("auth.locked_out", (await locked.ReadJsonAsync()).GetProperty("code").GetString());
    }

    [Fact]
    public async Task PageSignIn_ThenSignOut_EndsTheSession()
    {
        var browser = await app.SignedInBrowserAsync(Demo.EnergyHr);
        var workspace = await browser.GetStringAsync("/workspace");
        Assert.Contains("Айгүл Төлеуова", workspace);
        Assert.Contains("Кадр қызметінің қызметкері", workspace);

        var token = await browser.AntiforgeryTokenAsync("/workspace");
        var signedOut = await browser.PostAsync("/Account/Logout",
            new FormUrlEncodedContent(new Dictionary<string, string> { ["__RequestVerificationToken"] = token }));
        Assert.Equal(HttpStatusCode.Redirect, signedOut.StatusCode);

        var after = await browser.GetAsync("/workspace");
        Assert.Equal(HttpStatusCode.Redirect, after.StatusCode);
        Assert.StartsWith("/Account/Login", after.Headers.Location!.PathAndQuery);
    }

    [Fact]
    public async Task PageSignIn_WrongPassword_ShowsLocalizedError_AndKeepsTheEmail()
    {
        var client = app.CreateBrowserLikeClient();
        var token = await client.AntiforgeryTokenAsync("/Account/Login");
        var response = await client.PostAsync("/Account/Login", new FormUrlEncodedContent(new Dictionary<string, string>
        {
            ["Input.Email"] = Demo.Member,
            ["Input.Password"] = "Not-the-password-1!",
            ["__RequestVerificationToken"] = token,
        }));
        var html = await response.Content.ReadAsStringAsync();
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Contains("Электрондық пошта немесе құпиясөз қате.", html);
        Assert.Contains($"value=\"{Demo.Member}\"", html);
    }

    [Fact]
    public async Task MemberWorkspace_ShowsTheirMeetingsAndACalendarFeed_StaffWorkspaceDoesNot()
    {
        var chair = await app.SignedInBrowserAsync("chair@demo.kenes.kz");
        var html = await chair.GetStringAsync("/workspace");
        Assert.Contains("Менің отырыстарым", html);
        Assert.Matches("data-testid=\"feed\">/calendar/feed/[A-Za-z0-9_-]+\\.ics<", html);

        var officer = await app.SignedInBrowserAsync(Demo.EnergyOfficer);
        Assert.DoesNotContain("data-testid=\"feed\"", await officer.GetStringAsync("/workspace"));
    }

    [Theory]
    [InlineData("admin@demo.kenes.kz")]
    [InlineData("observer@demo.kenes.kz")]
    [InlineData("officer@demo.kenes.kz")]
    [InlineData("hr@demo.kenes.kz")]
    [InlineData("secretary@demo.kenes.kz")]
    [InlineData("chair@demo.kenes.kz")]
    [InlineData("member@demo.kenes.kz")]
    [InlineData("applicant@demo.kenes.kz")]
    public async Task EveryDemoRole_CanSignIn_AndSeeTheWorkspace(string email)
    {
        var browser = await app.SignedInBrowserAsync(email);
        var response = await browser.GetAsync("/workspace");
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Contains("data-testid=\"roles\"", await response.Content.ReadAsStringAsync());
    }
}

public sealed class AuthTestsOnSqlite(SqliteApp app) : AuthTests(app), IClassFixture<SqliteApp>;

public sealed class AuthTestsOnPostgres(PostgresApp app) : AuthTests(app), IClassFixture<PostgresApp>;
