using System.Net;
using System.Net.Http.Headers;
using System.Net.Http.Json;
using System.Text.RegularExpressions;
using Ical.Net.CalendarComponents;
using Kenes.Web.Features.Meetings.Planning;
using Kenes.Web.Tests.Support;
using Microsoft.AspNetCore.DataProtection;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace Kenes.Web.Tests.Meetings.Planning;

/// <summary>The planning pages, the iCalendar invitation and feed, and materials (M9, M12.4), as a browser uses them.</summary>
public abstract partial class PlanningPageTests(KenesAppFactory app)
{
    [Fact]
    [Trait("Norm", "M9")]
    public async Task WorkPlanPage_PlansAMeeting_AndShowsGapsAndTheLatestNoticeDate()
    {
        var council = await PlanningSetup.EnergyCouncilAsync(app);
        var browser = await app.SignedInBrowserAsync(Demo.EnergySecretary);
        var page = PlanningLinks.WorkPlan(council);
        var token = await browser.AntiforgeryTokenAsync(page);

        var refused = await browser.PostAsync(page, Form(token, ("Input.Date", "2027-08-18"), ("Input.StartsAt", "10:00"), ("Input.Mode", "Remote")));
        Assert.Equal(HttpStatusCode.OK, refused.StatusCode);
        var html = WebUtility.HtmlDecode(await refused.Content.ReadAsStringAsync());
        Assert.Contains("M9: қашықтан қатысу үшін бейнеконференция сілтемесі қажет.", html, StringComparison.Ordinal);

        var planned = await browser.PostAsync(page, Form(token, ("Input.Date", "2027-08-18"), ("Input.StartsAt", "10:00"), ("Input.Mode", "Remote"),
            ("Input.VideoLink", "https://meet.example.kz/energy")));
        Assert.Equal(HttpStatusCode.Redirect, planned.StatusCode);
        Assert.StartsWith("/meetings/", planned.Headers.Location!.OriginalString, StringComparison.Ordinal);

        var plan = await browser.GetStringAsync(page);
        Assert.Contains("data-testid=\"gaps\"", plan, StringComparison.Ordinal);
        Assert.Contains("data-month=\"2027-09\"", plan, StringComparison.Ordinal);
        Assert.Contains("M12.4", plan, StringComparison.Ordinal);
    }

    [Fact]
    [Trait("Norm", "M12.4")]
    public async Task Invitation_IsValidICalendar_InAlmatyTime_AndARescheduleBumpsTheSequenceAndMailsTheUpdate()
    {
        var council = await PlanningSetup.EnergyCouncilAsync(app);
        var api = await app.AuthorizedAsync(Demo.EnergySecretary);
        var meeting = (await api.PlanAsync(council, new
        {
            date = "2027-09-15",
            startsAt = "14:30",
            mode = "Mixed",
            place = "Астана, Қабанбай батыр д-лы, 19",
            videoLink = "https://meet.example.kz/energy",
        })).Id();
        await api.AddItemAsync(meeting);
        (await api.PostAsJsonAsync($"/api/v1/meetings/{meeting}/notice", new { })).EnsureSuccessStatusCode();

        var browser = await app.SignedInBrowserAsync(Demo.Member);
        var first = await InviteAsync(browser, meeting);
        Assert.Contains("DTSTART;TZID=Asia/Almaty:20270915T143000", first.Text, StringComparison.Ordinal);
        Assert.Contains("METHOD:REQUEST", first.Text, StringComparison.Ordinal);
        Assert.Equal(0, first.Event.Sequence);
        Assert.Equal(MeetingInvitation.Uid(meeting), first.Event.Uid);
        Assert.Equal("Астана, Қабанбай батыр д-лы, 19", first.Event.Location);
        Assert.Equal(new Uri("https://meet.example.kz/energy"), first.Event.Url);
        Assert.Equal("Asia/Almaty", first.Event.DtStart!.TzId);
        Assert.Equal("mailto:kense@energo.gov.kz", first.Event.Organizer?.Value?.ToString());

        var moved = await api.PutAsJsonAsync($"/api/v1/meetings/{meeting}", new
        {
            date = "2027-09-16",
            startsAt = "10:00",
            mode = "Mixed",
            place = "Астана, Мәңгілік Ел д-лы, 8",
            videoLink = "https://meet.example.kz/energy",
        });
        Assert.True(moved.IsSuccessStatusCode, await moved.Content.ReadAsStringAsync());
        var second = await InviteAsync(browser, meeting);
        Assert.Equal(1, second.Event.Sequence);
        Assert.Equal(first.Event.Uid, second.Event.Uid);
        Assert.Contains("DTSTART;TZID=Asia/Almaty:20270916T100000", second.Text, StringComparison.Ordinal);

        var updates = await app.InDbAsync(db => db.Outbox.Where(o => o.Body.Contains(meeting.ToString()) && o.Subject.StartsWith("Өзгеріс")).ToListAsync());
        Assert.Equal(10, updates.Count);
        Assert.Contains("Мәңгілік Ел", updates[0].Body, StringComparison.Ordinal);

        // The member's own feed lists the notified meeting under the same UID; a forged token is a 404.
        var feedUrl = PlanningLinks.CalendarFeed(app.Services.GetRequiredService<IDataProtectionProvider>(), await MemberUserIdAsync());
        var anonymous = app.CreateClient();
        var feed = await anonymous.GetAsync(feedUrl);
        Assert.Equal(HttpStatusCode.OK, feed.StatusCode);
        var feedText = await feed.Content.ReadAsStringAsync();
        Assert.Contains(Ical.Net.Calendar.Load(feedText)!.Events, e => e.Uid == MeetingInvitation.Uid(meeting) && e.Sequence == 1);
        Assert.Equal(HttpStatusCode.NotFound, (await anonymous.GetAsync("/calendar/feed/AAAAAAAAAAAAAAAAAAAAAA.ics")).StatusCode);
    }

    [Fact]
    [Trait("Norm", "M12.4")]
    public async Task Materials_SameNameIsANewVersion_AndAMemberReadsTheMeetingButCannotChangeIt()
    {
        var council = await PlanningSetup.EnergyCouncilAsync(app);
        var api = await app.AuthorizedAsync(Demo.EnergySecretary);
        var meeting = (await api.PlanAsync(council, PlanningSetup.InPerson("2027-10-20"))).Id();
        var item = (await api.AddItemAsync(meeting)).GetProperty("items")[0].Id();

        var secretary = await app.SignedInBrowserAsync(Demo.EnergySecretary);
        var page = PlanningLinks.Meeting(meeting);
        foreach (var text in new[] { "first draft", "second draft" })
        {
            var token = await secretary.AntiforgeryTokenAsync(page);
            using var form = new MultipartFormDataContent
            {
                { new StringContent(token), "__RequestVerificationToken" },
                { new StringContent(item.ToString()), "ItemId" },
            };
            var file = new ByteArrayContent(TestFiles.Pdf(text));
            file.Headers.ContentType = new MediaTypeHeaderValue("application/pdf");
            form.Add(file, "Material", "standard.pdf");
            var upload = await secretary.PostAsync($"{page}?handler=Upload", form);
            Assert.Equal(HttpStatusCode.Redirect, upload.StatusCode);
        }

        var versions = await app.InDbAsync(db => db.AgendaMaterials.Where(m => m.AgendaItemId == item).OrderBy(m => m.FileVersion).ToListAsync());
        Assert.Equal([1, 2], versions.Select(v => v.FileVersion));
        Assert.All(versions, v => Assert.Equal("standard.pdf", v.FileName));
        Assert.NotEqual(versions[0].Sha256, versions[1].Sha256);

        var member = await app.SignedInBrowserAsync(Demo.Member);
        var html = await member.GetStringAsync(page);
        Assert.Contains("standard.pdf", html, StringComparison.Ordinal);
        Assert.DoesNotContain("handler=Notice", html, StringComparison.Ordinal);
        var download = await member.GetAsync(PlanningLinks.Material(versions[1].Id));
        Assert.Equal(HttpStatusCode.OK, download.StatusCode);
        Assert.Contains("second draft", await download.Content.ReadAsStringAsync(), StringComparison.Ordinal);

        // The member's posted form is refused, and nothing changes.
        var memberToken = TokenPattern().Match(html).Groups[1].Value;
        var cancel = await member.PostAsync($"{page}?handler=Cancel", Form(memberToken));
        Assert.NotEqual(HttpStatusCode.OK, cancel.StatusCode);
        Assert.Contains("AccessDenied", cancel.Headers.Location?.OriginalString ?? "", StringComparison.Ordinal);
        Assert.Equal("Planned", await app.InDbAsync(db => db.Meetings.Where(m => m.Id == meeting).Select(m => m.Status.ToString()).SingleAsync()));
        // The staff work plan is not for members.
        Assert.NotEqual(HttpStatusCode.OK, (await member.GetAsync(PlanningLinks.WorkPlan(council))).StatusCode);
    }

    [Fact]
    public async Task AnotherStateBody_GetsNotFound_ForTheMeetingPageInvitationAndMaterials()
    {
        var council = await PlanningSetup.EnergyCouncilAsync(app);
        var api = await app.AuthorizedAsync(Demo.EnergySecretary);
        var meeting = (await api.PlanAsync(council, PlanningSetup.InPerson("2027-11-17"))).Id();
        var health = await app.SignedInBrowserAsync(Demo.HealthOfficer);

        Assert.Equal(HttpStatusCode.NotFound, (await health.GetAsync(PlanningLinks.WorkPlan(council))).StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, (await health.GetAsync(PlanningLinks.Meeting(meeting))).StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, (await health.GetAsync(PlanningLinks.Invite(meeting))).StatusCode);
    }

    private async Task<Guid> MemberUserIdAsync() =>
        await app.InDbAsync(db => db.Users.Where(u => u.Email == Demo.Member).Select(u => u.Id).SingleAsync());

    private static async Task<(string Text, CalendarEvent Event)> InviteAsync(HttpClient client, Guid meeting)
    {
        var response = await client.GetAsync(PlanningLinks.Invite(meeting));
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal("text/calendar", response.Content.Headers.ContentType?.MediaType);
        var text = await response.Content.ReadAsStringAsync();
        var calendar = Ical.Net.Calendar.Load(text)!;
        return (text, Assert.Single(calendar.Events));
    }

    private static FormUrlEncodedContent Form(string token, params (string Key, string Value)[] fields) =>
        new([new("__RequestVerificationToken", token), .. fields.Select(f => new KeyValuePair<string, string>(f.Key, f.Value))]);

    [GeneratedRegex("name=\"__RequestVerificationToken\" type=\"hidden\" value=\"([^\"]+)\"")]
    private static partial Regex TokenPattern();
}

public sealed class PlanningPageTestsOnSqlite(SqliteApp app) : PlanningPageTests(app), IClassFixture<SqliteApp>;

public sealed class PlanningPageTestsOnPostgres(PostgresApp app) : PlanningPageTests(app), IClassFixture<PostgresApp>;
