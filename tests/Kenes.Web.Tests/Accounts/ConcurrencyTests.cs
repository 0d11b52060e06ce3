using System.Net;
using System.Net.Http.Headers;
using System.Net.Http.Json;
using System.Text.RegularExpressions;
using Kenes.Infrastructure.Persistence;
using Kenes.Web.Tests.Formation;
using Kenes.Web.Tests.Meetings.Planning;
using Kenes.Web.Tests.Meetings.Session;
using Kenes.Web.Tests.Support;
using Microsoft.EntityFrameworkCore;

namespace Kenes.Web.Tests.Accounts;

/// <summary>
/// Issue #7.3: two secretaries on one agenda (the second save is a conflict that shows the first one's
/// change), 50 votes at once (each counted once), two HR officers on one application (one decision wins,
/// the other is told who decided what).
/// </summary>
[Trait("Issue", "7")]
public abstract partial class ConcurrencyTests(KenesAppFactory app)
{
    [Fact]
    public async Task Agenda_TwoEditorsFromTheSameVersion_TheSecondGets409WithTheAgendaNow_AndNothingIsOverwritten()
    {
        var council = await PlanningSetup.EnergyCouncilAsync(app);
        var secretary = await app.AuthorizedAsync(Demo.EnergySecretary);
        var officer = await app.AuthorizedAsync(Demo.EnergyOfficer);
        var meeting = (await secretary.PlanAsync(council, PlanningSetup.InPerson("2027-03-17"))).Id();
        var item = (await secretary.AddItemAsync(meeting)).GetProperty("items")[0].Id();

        var read = await secretary.GetAsync($"/api/v1/meetings/{meeting}");
        var etag = read.Headers.ETag!;
        Assert.Equal($"\"{(await read.ReadJsonAsync()).GetProperty("version").GetGuid()}\"", etag.Tag);

        var first = new HttpRequestMessage(HttpMethod.Put, $"/api/v1/meetings/{meeting}/agenda/{item}")
        {
            Content = JsonContent.Create(new { title = "Бірінші хатшының өзгерісі", description = "", subject = "AgreeProfessionalStandard" }),
        };
        first.Headers.IfMatch.Add(etag);
        Assert.Equal(HttpStatusCode.OK, (await secretary.SendAsync(first)).StatusCode);

        var second = new HttpRequestMessage(HttpMethod.Put, $"/api/v1/meetings/{meeting}/agenda/{item}")
        {
            Content = JsonContent.Create(new { title = "Екінші хатшының өзгерісі", description = "", subject = "AgreeRegisterChanges" }),
        };
        second.Headers.IfMatch.Add(etag);
        var stale = await officer.SendAsync(second);
        Assert.Equal(HttpStatusCode.Conflict, stale.StatusCode);
        Assert.Equal("application/problem+json", stale.Content.Headers.ContentType!.MediaType);
        var problem = await stale.ReadJsonAsync();
        Assert.Equal("meeting.version_conflict", problem.GetProperty("code").GetString());
        Assert.Equal("Бірінші хатшының өзгерісі", problem.GetProperty("current").GetProperty("items")[0].GetProperty("title").GetString());

        // The same through the body's version, and for adding and removing: refused, nothing changed.
        var version = (await read.ReadJsonAsync()).GetProperty("version").GetGuid();
        Assert.Equal(HttpStatusCode.Conflict, (await officer.PostAsJsonAsync($"/api/v1/meetings/{meeting}/agenda",
            new { title = "Қосымша", description = "", subject = "Other", version })).StatusCode);
        var remove = new HttpRequestMessage(HttpMethod.Delete, $"/api/v1/meetings/{meeting}/agenda/{item}");
        remove.Headers.IfMatch.Add(etag);
        Assert.Equal(HttpStatusCode.Conflict, (await officer.SendAsync(remove)).StatusCode);

        var now = await (await secretary.GetAsync($"/api/v1/meetings/{meeting}")).ReadJsonAsync();
        Assert.Equal(1, now.GetProperty("items").GetArrayLength());
        Assert.Equal("Бірінші хатшының өзгерісі", now.GetProperty("items")[0].GetProperty("title").GetString());
    }

    [Fact]
    public async Task Agenda_PageSaveOnAStaleVersion_ShowsTheOtherChange_AndKeepsTheTypedText()
    {
        var council = await PlanningSetup.EnergyCouncilAsync(app);
        var api = await app.AuthorizedAsync(Demo.EnergyOfficer);
        var meeting = (await api.PlanAsync(council, PlanningSetup.InPerson("2027-03-24"))).Id();
        var page = await app.SignedInBrowserAsync(Demo.EnergySecretary);
        var html = await page.GetStringAsync($"/meetings/{meeting}");
        var token = TokenPattern().Match(html).Groups[1].Value;
        var version = VersionPattern().Match(html).Groups[1].Value;
        Assert.NotEmpty(version);

        // Meanwhile the officer adds an item through the API.
        await api.AddItemAsync(meeting);

        Task<HttpResponseMessage> AddItemAsync(string readVersion) =>
            page.PostAsync($"/meetings/{meeting}?handler=AddItem", new FormUrlEncodedContent(new Dictionary<string, string>
            {
                ["Item.Title"] = "Хатшы енгізген мәселе",
                ["Item.Description"] = "",
                ["Item.Subject"] = "Other",
                ["Version"] = readVersion,
                ["__RequestVerificationToken"] = token,
            }));

        var save = await AddItemAsync(version);
        var body = await save.Content.ReadAsStringAsync();
        Assert.Equal(HttpStatusCode.OK, save.StatusCode);
        Assert.Contains("data-testid=\"conflict\"", body, StringComparison.Ordinal);
        Assert.Contains("«Электр монтері» кәсіптік стандарты", body, StringComparison.Ordinal);   // the other change, shown
        Assert.Contains("value=\"Хатшы енгізген мәселе\"", body, StringComparison.Ordinal);        // ours, kept in the form
        Assert.Equal(1, await app.InDbAsync(db => db.AgendaItems.CountAsync(i => i.MeetingId == meeting)));

        // Saving again from the page as it is now goes through.
        var fresh = VersionPattern().Match(body).Groups[1].Value;
        var retry = await AddItemAsync(fresh);
        Assert.Equal(HttpStatusCode.Redirect, retry.StatusCode);
        Assert.Equal(2, await app.InDbAsync(db => db.AgendaItems.CountAsync(i => i.MeetingId == meeting)));
    }

    [Fact]
    [Trait("Norm", "M10")]
    public async Task FiftyVotesAtOnce_EachIsCountedOnce_AndEveryRepeatIsRefused()
    {
        var meeting = await SessionSetup.NewMeetingAsync(app, items: 5);
        var secretary = await app.AuthorizedAsync(Demo.EnergySecretary);
        await secretary.AttendAsync(meeting.Id, meeting.Members.Select(m => m.Id));
        foreach (var item in meeting.Items)
        {
            Assert.Equal(HttpStatusCode.OK, (await secretary.OpenAsync(meeting.Id, item)).StatusCode);
        }

        // 10 members × 5 items = 50 distinct votes, each sent twice, all at once, recorded by the secretary.
        string[] choices = ["For", "Against", "Abstain"];
        var ballots = meeting.Items.SelectMany(item => meeting.Members.Select((m, i) => (Item: item, Member: m.Id, Choice: choices[i % 3]))).ToList();
        Assert.Equal(50, ballots.Count);
        var responses = await Task.WhenAll(ballots.Concat(ballots).Select(b => Task.Run(() => secretary.VoteAsync(meeting.Id, b.Item, b.Choice, b.Member))));

        Assert.Equal(50, responses.Count(r => r.StatusCode == HttpStatusCode.Created));
        Assert.Equal(50, responses.Count(r => r.StatusCode == HttpStatusCode.Conflict));
        var tally = await secretary.TallyAsync(meeting.Id);
        foreach (var item in meeting.Items)
        {
            Assert.Equal(10, tally.Item(item).GetProperty("voted").GetInt32());
        }

        var stored = await app.InDbAsync(db => db.Votes.Where(v => meeting.Items.Contains(v.AgendaItemId))
            .GroupBy(v => new { v.AgendaItemId, v.MemberId }).Select(g => g.Count()).ToListAsync());
        Assert.Equal(50, stored.Count);
        Assert.All(stored, count => Assert.Equal(1, count));
    }

    [Fact]
    [Trait("Norm", "R10")]
    public async Task Screening_TwoOfficersAtOnce_OneDecisionWins_TheOtherIsToldWhoDecidedWhat()
    {
        var officer = await app.AuthorizedAsync(Demo.EnergyOfficer);
        var announcement = await FormationApi.CreateAndPublishAsync(officer);
        var number = announcement.GetProperty("number").GetString()!;
        var submitted = await app.CreateClient().PostAsync($"/api/v1/public/announcements/{number}/applications",
            FormationApi.Application("Бекова", "bekova@example.kz"));
        Assert.True(submitted.StatusCode == HttpStatusCode.Created, await submitted.Content.ReadAsStringAsync());

        var hr = await app.AuthorizedAsync(Demo.EnergyHr);
        var admin = await app.AuthorizedAsync(Demo.Admin);
        var row = (await (await hr.GetAsync($"/api/v1/announcements/{announcement.GetProperty("id").GetGuid()}/applications")).ReadJsonAsync())[0];
        var id = row.GetProperty("id").GetGuid();
        var version = row.GetProperty("version").GetGuid();

        var results = await Task.WhenAll(
            Task.Run(() => hr.PostAsJsonAsync($"/api/v1/applications/{id}/decision", new { admit = true, version })),
            Task.Run(() => admin.PostAsJsonAsync($"/api/v1/applications/{id}/decision", new { admit = false, reason = "R9.2 құжаты жоқ", version })));
        var won = Assert.Single(results, r => r.StatusCode == HttpStatusCode.OK);
        var lost = Assert.Single(results, r => r.StatusCode == HttpStatusCode.Conflict);
        var winner = won == results[0] ? hr : admin;
        var winnerName = (await (await winner.GetAsync("/api/v1/me")).ReadJsonAsync()).GetProperty("fullName").GetString()!;
        var stored = await app.InDbAsync(db => db.Applications.AsNoTracking().SingleAsync(a => a.Id == id));
        var status = stored.Status.ToString();
        Assert.Equal(winner == hr ? ApplicationStatus.Admitted : ApplicationStatus.Rejected, stored.Status);

        var problem = await lost.ReadJsonAsync();
        Assert.Equal("application.already_decided", problem.GetProperty("code").GetString());
        Assert.Equal(winnerName, problem.GetProperty("decidedBy").GetString());
        Assert.Equal(status, problem.GetProperty("status").GetString());
        Assert.Contains(winnerName, problem.GetProperty("detail").GetString(), StringComparison.Ordinal);

        Assert.Single(await app.InDbAsync(db => db.AuditEntries.Where(e => e.Subject == stored.ReceiptNumber && e.Action.StartsWith("application.")).ToListAsync()));
    }

    [GeneratedRegex("name=\"__RequestVerificationToken\" type=\"hidden\" value=\"([^\"]+)\"")]
    private static partial Regex TokenPattern();

    [GeneratedRegex("name=\"Version\" value=\"([0-9a-f-]{36})\"")]
    private static partial Regex VersionPattern();
}

public sealed class ConcurrencyTestsOnSqlite(SqliteApp app) : ConcurrencyTests(app), IClassFixture<SqliteApp>;

public sealed class ConcurrencyTestsOnPostgres(PostgresApp app) : ConcurrencyTests(app), IClassFixture<PostgresApp>;
