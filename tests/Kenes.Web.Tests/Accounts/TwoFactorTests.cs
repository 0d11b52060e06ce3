using System.Net;
using System.Net.Http.Headers;
using System.Net.Http.Json;
using System.Text.RegularExpressions;
using Kenes.Web.Tests.Support;
using Microsoft.Extensions.DependencyInjection;

namespace Kenes.Web.Tests.Accounts;

/// <summary>
/// Issue #7.6: two-step verification with an authenticator (RFC 6238), optional for staff and required
/// for administrators while Security:RequireTwoFactorForAdministrators is on (ADR 0010); the password
/// policy and lockout on the page sign-in.
/// </summary>
[Trait("Issue", "7")]
public abstract partial class TwoFactorTests(KenesAppFactory app)
{
    [Fact]
    public async Task Administrator_WithoutTwoFactor_IsSentToEnrollment_AndGetsNoToken_UntilEnrolled()
    {
        var admin = await app.SignedInBrowserAsync(Demo.Admin);
        foreach (var path in new[] { "/workspace", "/admin/calendar", "/councils/new" })
        {
            var blocked = await admin.GetAsync(path);
            Assert.Equal(HttpStatusCode.Redirect, blocked.StatusCode);
            Assert.Equal("/Account/TwoFactor", blocked.Headers.Location!.OriginalString);
        }

        var api = app.CreateClient();
        var refused = await api.PostAsJsonAsync("/api/v1/auth/login", new { email = Demo.Admin, password = Demo.Password });
        Assert.Equal(HttpStatusCode.Forbidden, refused.StatusCode);
        Assert.Equal("auth.two_factor_enrollment_required", (await refused.ReadJsonAsync()).GetProperty("code").GetString());
        // A wrong password is still just a wrong password: the answer tells a guesser nothing more.
        var guess = await api.PostAsJsonAsync("/api/v1/auth/login", new { email = Demo.Admin, password = "Wrong-password-1!" });
        Assert.Equal(HttpStatusCode.Unauthorized, guess.StatusCode);

        var enrollment = await admin.GetStringAsync("/Account/TwoFactor");
        Assert.Contains("data-testid=\"two-factor-required\"", enrollment, StringComparison.Ordinal);
        var key = KeyOf(enrollment);
        Assert.Contains($"otpauth://totp/Kenes%3Aadmin%40demo.kenes.kz?secret={key}&amp;issuer=Kenes", enrollment, StringComparison.Ordinal);

        var wrong = await EnableAsync(admin, Totp.Wrong(key));
        Assert.Equal(HttpStatusCode.OK, wrong.StatusCode);
        Assert.Contains("код қате", await wrong.Content.ReadAsStringAsync(), StringComparison.Ordinal);
        Assert.Equal(HttpStatusCode.Redirect, (await admin.GetAsync("/workspace")).StatusCode);

        var enabled = await EnableAsync(admin, Totp.Now(key));
        Assert.Equal(HttpStatusCode.Redirect, enabled.StatusCode);
        Assert.Equal(HttpStatusCode.OK, (await admin.GetAsync("/workspace")).StatusCode);
        Assert.Equal(HttpStatusCode.OK, (await admin.GetAsync("/admin/calendar")).StatusCode);

        // The API contract: without the code, a 401 naming the field "code"; with a wrong one, refused; with the right one, a token.
        var noCode = await api.PostAsJsonAsync("/api/v1/auth/login", new { email = Demo.Admin, password = Demo.Password });
        Assert.Equal(HttpStatusCode.Unauthorized, noCode.StatusCode);
        var noCodeProblem = await noCode.ReadJsonAsync();
        Assert.Equal("auth.two_factor_required", noCodeProblem.GetProperty("code").GetString());
        Assert.True(noCodeProblem.GetProperty("errors").TryGetProperty("code", out _));

        var wrongCode = await api.PostAsJsonAsync("/api/v1/auth/login", new { email = Demo.Admin, password = Demo.Password, code = Totp.Wrong(key) });
        Assert.Equal(HttpStatusCode.Unauthorized, wrongCode.StatusCode);
        Assert.Equal("auth.invalid_two_factor_code", (await wrongCode.ReadJsonAsync()).GetProperty("code").GetString());

        var login = await api.PostAsJsonAsync("/api/v1/auth/login", new { email = Demo.Admin, password = Demo.Password, code = Totp.Now(key) });
        Assert.True(login.StatusCode == HttpStatusCode.OK, await login.Content.ReadAsStringAsync());
        var token = (await login.ReadJsonAsync()).GetProperty("accessToken").GetString();
        api.DefaultRequestHeaders.Authorization = new AuthenticationHeaderValue("Bearer", token);
        Assert.Equal(HttpStatusCode.OK, (await api.GetAsync("/api/v1/me")).StatusCode);

        // While it is required, an administrator cannot turn it off.
        var disable = await admin.PostAsync("/Account/TwoFactor?handler=Disable", Form(await admin.AntiforgeryTokenAsync("/Account/TwoFactor")));
        Assert.Equal(HttpStatusCode.OK, disable.StatusCode);
        Assert.Contains("data-testid=\"two-factor-state\"", await disable.Content.ReadAsStringAsync(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task Staff_WhoTurnTwoFactorOn_SignInWithTheCode_AndAWrongCodeIsRefused()
    {
        const string email = "officer.health@demo.kenes.kz";
        var first = await app.SignedInBrowserAsync(email);
        Assert.Equal(HttpStatusCode.OK, (await first.GetAsync("/workspace")).StatusCode);   // optional for staff
        var key = KeyOf(await first.GetStringAsync("/Account/TwoFactor"));
        Assert.Equal(HttpStatusCode.Redirect, (await EnableAsync(first, Totp.Now(key))).StatusCode);

        var browser = app.CreateBrowserLikeClient();
        var password = await browser.PostAsync("/Account/Login", Form(await browser.AntiforgeryTokenAsync("/Account/Login"),
            ("Input.Email", email), ("Input.Password", Demo.Password)));
        Assert.Equal(HttpStatusCode.Redirect, password.StatusCode);
        Assert.StartsWith("/Account/LoginTwoFactor", password.Headers.Location!.OriginalString, StringComparison.Ordinal);
        Assert.Equal(HttpStatusCode.Redirect, (await browser.GetAsync("/workspace")).StatusCode);   // not signed in yet

        var step = password.Headers.Location!.OriginalString;
        var wrong = await browser.PostAsync(step, Form(await browser.AntiforgeryTokenAsync(step), ("Code", Totp.Wrong(key))));
        Assert.Equal(HttpStatusCode.OK, wrong.StatusCode);
        Assert.Contains("код қате", await wrong.Content.ReadAsStringAsync(), StringComparison.Ordinal);

        var right = await browser.PostAsync(step, Form(await browser.AntiforgeryTokenAsync(step), ("Code", Totp.Now(key))));
        Assert.Equal(HttpStatusCode.Redirect, right.StatusCode);
        Assert.Equal("/workspace", right.Headers.Location!.OriginalString);
        Assert.Equal(HttpStatusCode.OK, (await browser.GetAsync("/workspace")).StatusCode);
    }

    [Fact]
    public async Task PageSignIn_FiveWrongPasswords_LockTheAccount_EvenTheRightPasswordIsRefused()
    {
        const string email = "secretary.agri@demo.kenes.kz";
        var browser = app.CreateBrowserLikeClient();
        var token = await browser.AntiforgeryTokenAsync("/Account/Login");
        for (var i = 0; i < 5; i++)
        {
            var failed = await browser.PostAsync("/Account/Login", Form(token, ("Input.Email", email), ("Input.Password", $"Wrong-{i}-password!")));
            Assert.Equal(HttpStatusCode.OK, failed.StatusCode);
        }

        var locked = await browser.PostAsync("/Account/Login", Form(token, ("Input.Email", email), ("Input.Password", Demo.Password)));
        Assert.Equal(HttpStatusCode.OK, locked.StatusCode);
        Assert.Contains("15 минут", await locked.Content.ReadAsStringAsync(), StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("Demo-Kenes-2026!", true)]
    [InlineData("Qazaqstan-Kenes-2026", true)]
    [InlineData("Short-1a!", false)]                // under 12 characters
    [InlineData("alllowercase-words-1", false)]     // no capital letter
    [InlineData("Aaaaaaaaaa1!", false)]             // too few different characters
    public async Task PasswordPolicy_AcceptsTheDemoPassword_AndRefusesWeakOnes(string password, bool valid)
    {
        using var scope = app.Services.CreateScope();
        var users = scope.ServiceProvider.GetRequiredService<Microsoft.AspNetCore.Identity.UserManager<Kenes.Infrastructure.Identity.KenesUser>>();
        var user = new Kenes.Infrastructure.Identity.KenesUser { UserName = "policy@example.kz", Email = "policy@example.kz" };
        var results = await Task.WhenAll(users.PasswordValidators.Select(v => v.ValidateAsync(users, user, password)));
        Assert.Equal(valid, results.All(r => r.Succeeded));
    }

    private static string KeyOf(string html) => KeyPattern().Match(html).Groups[1].Value;

    private static async Task<HttpResponseMessage> EnableAsync(HttpClient browser, string code) =>
        await browser.PostAsync("/Account/TwoFactor?handler=Enable",
            Form(await browser.AntiforgeryTokenAsync("/Account/TwoFactor"), ("Code", code)));

    private static FormUrlEncodedContent Form(string token, params (string Name, string Value)[] fields) =>
        new([.. fields.Select(f => new KeyValuePair<string, string>(f.Name, f.Value)), new("__RequestVerificationToken", token)]);

    [GeneratedRegex("data-key=\"([A-Z2-7]+)\"")]
    private static partial Regex KeyPattern();
}

public sealed class TwoFactorTestsOnSqlite(TwoFactorSqliteApp app) : TwoFactorTests(app), IClassFixture<TwoFactorSqliteApp>;

public sealed class TwoFactorTestsOnPostgres(TwoFactorPostgresApp app) : TwoFactorTests(app), IClassFixture<TwoFactorPostgresApp>;
