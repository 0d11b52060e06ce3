using System.Net.Http.Headers;
using System.Net.Http.Json;
using System.Text.Json;
using Kenes.Browser.Tests.Support;
using Microsoft.Playwright;

namespace Kenes.Browser.Tests.Meetings;

/// <summary>
/// M9–M10 in two browsers at once: the secretary runs the session, a member votes remotely from
/// their own device, and the secretary's tally changes within a second without reloading.
/// The meeting and attendance are set up through the API as the secretary.
/// </summary>
[Collection(nameof(BrowserCollection))]
public sealed class LiveVotingTests(BrowserFixture browser)
{
    [Fact]
    [Trait("Norm", "M10")]
    public async Task RemoteMembersVote_ReachesTheSecretarysScreenLive()
    {
        var (meetingId, itemId) = await SetUpQuorateMeetingAsync();

        var secretary = await browser.NewPageAsync();
        await secretary.SignInAsync("secretary@demo.kenes.kz");
        await secretary.GotoAsync($"/meetings/{meetingId}/session");
        await Assertions.Expect(secretary.Locator("main")).ToContainTextAsync("M9");
        await secretary.Locator($"#item-{itemId} form button[type=submit]").First.ClickAsync();
        await Assertions.Expect(secretary.Locator($"#item-{itemId}")).ToHaveAttributeAsync("data-state", "Open");
        await secretary.ScreenshotAsync("meeting-01-session-open-kk");

        var member = await browser.NewPageAsync();
        await member.SignInAsync("member@demo.kenes.kz");
        await member.GotoAsync($"/meetings/{meetingId}/vote");
        await member.Locator($"#item-{itemId} button[value=For]").ClickAsync();
        await Assertions.Expect(member.GetByTestId("my-vote")).ToBeVisibleAsync();
        await member.ScreenshotAsync("meeting-02-member-voted-kk");

        // The secretary's page was not reloaded: the server pushed the new tally (SSE).
        await Assertions.Expect(secretary.Locator($"[data-tally-item='{itemId}'] [data-tally=for]"))
            .ToHaveTextAsync("1", new() { Timeout = 1500 });
        await secretary.ScreenshotAsync("meeting-03-session-live-tally-kk");
        await member.Context.CloseAsync();
        await secretary.Context.CloseAsync();
    }

    private async Task<(Guid Meeting, Guid Item)> SetUpQuorateMeetingAsync()
    {
        using var api = new HttpClient { BaseAddress = new Uri(browser.Server.BaseUrl) };
        var login = await api.PostAsJsonAsync("/api/v1/auth/login", new { email = "secretary@demo.kenes.kz", password = "Demo-Kenes-2026!" });
        var token = (await login.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("accessToken").GetString();
        api.DefaultRequestHeaders.Authorization = new AuthenticationHeaderValue("Bearer", token);

        var councils = await api.GetFromJsonAsync<JsonElement>("/api/v1/councils");
        var council = councils.EnumerateArray().First(c => c.GetProperty("stateBodyCode").GetString() == "MEN").GetProperty("id").GetGuid();
        var today = DateTime.UtcNow.AddHours(5).ToString("yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture);
        var meeting = await Created(await api.PostAsJsonAsync($"/api/v1/councils/{council}/meetings", new
        {
            date = today,
            startsAt = "23:00",
            mode = "Mixed",
            place = "Астана, Қабанбай батыр 19, 305",
            videoLink = "https://meet.example.kz/energy",
        }));
        var meetingId = meeting.GetProperty("id").GetGuid();
        var item = await Created(await api.PostAsJsonAsync($"/api/v1/meetings/{meetingId}/agenda", new
        {
            title = "«Электр желілерін жөндеуші» кәсіптік стандартын келісу",
            description = "M4.2",
            subject = "AgreeProfessionalStandard",
        }));
        var itemId = item.TryGetProperty("items", out var items)
            ? items.EnumerateArray().Last().GetProperty("id").GetGuid()
            : item.GetProperty("id").GetGuid();

        var composition = await api.GetFromJsonAsync<JsonElement>($"/api/v1/councils/{council}/composition");
        var members = composition.GetProperty("members").EnumerateArray().Where(m => m.GetProperty("state").GetString() == "inOffice").ToList();
        foreach (var m in members.Take(8))
        {
            var mode = m.GetProperty("email").GetString() == "member@demo.kenes.kz" ? "Remote" : "InPerson";
            var recorded = await api.PostAsJsonAsync($"/api/v1/meetings/{meetingId}/attendance", new { memberId = m.GetProperty("id").GetGuid(), mode });
            Assert.True(recorded.IsSuccessStatusCode, await recorded.Content.ReadAsStringAsync());
        }

        return (meetingId, itemId);
    }

    private static async Task<JsonElement> Created(HttpResponseMessage response)
    {
        Assert.True(response.IsSuccessStatusCode, await response.Content.ReadAsStringAsync());
        return await response.Content.ReadFromJsonAsync<JsonElement>();
    }
}
