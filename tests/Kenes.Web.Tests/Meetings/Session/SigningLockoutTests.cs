using System.Net;
using System.Net.Http.Json;
using Kenes.Web.Tests.Support;

namespace Kenes.Web.Tests.Meetings.Session;

/// <summary>
/// Signing re-checks the password under the account's lockout (M10): after five wrong passwords even the right one is
/// refused. Its own app, because the presiding member's account stays locked for the other tests.
/// </summary>
public abstract class SigningLockoutTests(KenesAppFactory app)
{
    [Fact]
    [Trait("Norm", "M10")]
    public async Task FiveWrongPasswords_LockTheAccount_AndTheRightOneIsThenRefused()
    {
        var meeting = await SessionSetup.NewMeetingAsync(app, items: 1);
        var secretary = await app.AuthorizedAsync(Demo.EnergySecretary);
        var chair = await app.AuthorizedAsync(SessionSetup.Chair);
        await secretary.AttendAsync(meeting.Id, meeting.Members.Select(m => m.Id));
        for (var i = 0; i < 5; i++)
        {
            await (await chair.PostAsJsonAsync($"/api/v1/meetings/{meeting.Id}/minutes/sign", new { password = $"Wrong-Password-{i}!" }))
                .AssertRefusedAsync(400, "M10", "minutes.password");
        }

        await (await chair.PostAsJsonAsync($"/api/v1/meetings/{meeting.Id}/minutes/sign", new { password = Demo.Password }))
            .AssertRefusedAsync(403, "M10", "minutes.locked_out");
        var report = await secretary.GetFromJsonAsync<System.Text.Json.JsonElement>($"/api/v1/meetings/{meeting.Id}/minutes");
        Assert.False(report.GetProperty("signed").GetBoolean());
        var browser = await app.SignedInBrowserAsync(Demo.EnergySecretary);
        Assert.Equal(HttpStatusCode.NotFound, (await browser.GetAsync($"/meetings/{meeting.Id}/minutes/signed.pdf")).StatusCode);
    }
}

public sealed class SigningLockoutTestsOnSqlite(SqliteApp app) : SigningLockoutTests(app), IClassFixture<SqliteApp>;

public sealed class SigningLockoutTestsOnPostgres(PostgresApp app) : SigningLockoutTests(app), IClassFixture<PostgresApp>;
