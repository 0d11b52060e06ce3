using System.Net;
using System.Net.Http.Json;
using System.Security.Cryptography;
using Kenes.Infrastructure.Persistence;
using Kenes.Infrastructure.Storage;
using Kenes.Web.Tests.Support;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using NodaTime;

namespace Kenes.Web.Tests.Meetings.Session;

/// <summary>Attendance and quorum (M9, M12), votes and decisions (M10), the chair election (M7), minutes (M10, M12.5) through the API.</summary>
public abstract class SessionApiTests(KenesAppFactory app)
{
    [Fact]
    [Trait("Norm", "M9")]
    public async Task BelowQuorum_RefusesToOpenAVote_NamingM9_AtQuorum_Opens()
    {
        var meeting = await SessionSetup.NewMeetingAsync(app);
        var secretary = await app.AuthorizedAsync(Demo.EnergySecretary);
        await secretary.AttendAsync(meeting.Id, meeting.Others.Take(6));

        await (await secretary.OpenAsync(meeting.Id, meeting.Items[0])).AssertRefusedAsync(422, "M9", "session.open_inquorate");
        var tally = await secretary.TallyAsync(meeting.Id);
        Assert.Equal(6, tally.GetProperty("quorum").GetProperty("present").GetInt32());
        Assert.Equal(7, tally.GetProperty("quorum").GetProperty("required").GetInt32());
        Assert.False(tally.GetProperty("quorum").GetProperty("quorate").GetBoolean());

        await secretary.AttendAsync(meeting.Id, [meeting.Others[6]], "Remote");
        // Quorate, but nobody presides (M7 gap): the meeting first chooses who presides.
        await (await secretary.OpenAsync(meeting.Id, meeting.Items[0])).AssertRefusedAsync(422, "M7", "session.presiding_required");
        await (await secretary.PostAsJsonAsync($"/api/v1/meetings/{meeting.Id}/presiding", new { memberId = meeting.Deputy }))
            .AssertRefusedAsync(422, "M7", "session.presiding_not_present");
        Assert.Equal(HttpStatusCode.OK, (await secretary.PostAsJsonAsync($"/api/v1/meetings/{meeting.Id}/presiding", new { memberId = meeting.Others[0] })).StatusCode);
        using (var scope = app.Services.CreateScope())
        {
            var db = scope.ServiceProvider.GetRequiredService<KenesDbContext>();
            var stored = await db.Meetings.SingleAsync(m => m.Id == meeting.Id);
            Assert.Equal(meeting.Others[0], stored.PresidingMemberId);
            Assert.StartsWith("M7:", stored.PresidingDeviation, StringComparison.Ordinal);
        }

        // The deputy chair arrives: M7 applies again and the deviation is gone.
        await secretary.AttendAsync(meeting.Id, [meeting.Deputy]);
        var opened = await secretary.OpenAsync(meeting.Id, meeting.Items[0]);
        Assert.Equal(HttpStatusCode.OK, opened.StatusCode);
        tally = await secretary.TallyAsync(meeting.Id);
        Assert.True(tally.GetProperty("quorum").GetProperty("quorate").GetBoolean());
        Assert.Equal("Open", tally.Item(meeting.Items[0]).GetProperty("state").GetString());
        Assert.Equal(meeting.Deputy, tally.GetProperty("presidingMemberId").GetGuid());
    }

    [Fact]
    [Trait("Norm", "M9")]
    [Trait("Norm", "M10")]
    [Trait("Norm", "M12")]
    public async Task Votes_ByNonMember_Secretary_Absent_Twice_AfterClose_AndInquorate_AreRefused_NamingTheNorm()
    {
        var meeting = await SessionSetup.NewMeetingAsync(app);
        var secretary = await app.AuthorizedAsync(Demo.EnergySecretary);
        var officer = await app.AuthorizedAsync(Demo.EnergyOfficer);
        var member = await app.AuthorizedAsync(Demo.Member);
        var chair = await app.AuthorizedAsync(SessionSetup.Chair);
        var present = new[] { meeting.Member, meeting.Deputy }.Concat(meeting.Others.Take(5)).ToList();
        await secretary.AttendAsync(meeting.Id, present);
        Assert.Equal(HttpStatusCode.OK, (await secretary.OpenAsync(meeting.Id, meeting.Items[0])).StatusCode);

        await (await officer.VoteAsync(meeting.Id, meeting.Items[0], "For")).AssertRefusedAsync(422, "M9", "vote.not_member");
        // Another state body's staff do not see the meeting at all.
        var health = await app.AuthorizedAsync(Demo.HealthOfficer);
        Assert.Equal(HttpStatusCode.NotFound, (await health.GetAsync($"/api/v1/meetings/{meeting.Id}/tally")).StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, (await health.VoteAsync(meeting.Id, meeting.Items[0], "For")).StatusCode);
        await (await secretary.VoteAsync(meeting.Id, meeting.Items[0], "For")).AssertRefusedAsync(422, "M12", "vote.secretary");
        await (await chair.VoteAsync(meeting.Id, meeting.Items[0], "For")).AssertRefusedAsync(422, "M9", "vote.not_present");
        await (await secretary.VoteAsync(meeting.Id, meeting.Items[0], "For", meeting.Chair)).AssertRefusedAsync(422, "M9", "vote.not_present");
        // A member cannot record another member's vote.
        Assert.Equal(HttpStatusCode.Forbidden, (await member.VoteAsync(meeting.Id, meeting.Items[0], "For", meeting.Deputy)).StatusCode);

        Assert.Equal(HttpStatusCode.Created, (await member.VoteAsync(meeting.Id, meeting.Items[0], "For")).StatusCode);
        await (await member.VoteAsync(meeting.Id, meeting.Items[0], "Against")).AssertRefusedAsync(409, "M10", "vote.twice");
        await (await secretary.VoteAsync(meeting.Id, meeting.Items[0], "Against", meeting.Member)).AssertRefusedAsync(409, "M10", "vote.twice");

        Assert.Equal(HttpStatusCode.OK, (await secretary.CloseAsync(meeting.Id, meeting.Items[0])).StatusCode);
        await (await secretary.VoteAsync(meeting.Id, meeting.Items[0], "For", meeting.Deputy)).AssertRefusedAsync(409, "M10", "vote.closed");
        await (await secretary.VoteAsync(meeting.Id, meeting.Items[1], "For", meeting.Deputy)).AssertRefusedAsync(409, "M10", "vote.closed");

        // The vote opens at quorum; then a member leaves and the meeting is inquorate: no more votes.
        Assert.Equal(HttpStatusCode.OK, (await secretary.OpenAsync(meeting.Id, meeting.Items[1])).StatusCode);
        await secretary.AttendAsync(meeting.Id, [meeting.Others[0]], "Absent");
        await (await member.VoteAsync(meeting.Id, meeting.Items[1], "For")).AssertRefusedAsync(422, "M9", "vote.inquorate");

        using var scope = app.Services.CreateScope();
        var db = scope.ServiceProvider.GetRequiredService<KenesDbContext>();
        var votes = await db.Votes.Where(v => meeting.Items.Contains(v.AgendaItemId)).ToListAsync();
        var only = Assert.Single(votes);
        Assert.Equal((meeting.Member, VoteChoice.For, (Guid?)null), (only.MemberId, only.Choice, only.RecordedBy));
    }

    [Fact]
    [Trait("Norm", "M10")]
    [Trait("Norm", "M7")]
    public async Task ThreeItems_Adopted_Rejected_AndTieDecidedByThePresidingMember()
    {
        var meeting = await SessionSetup.NewMeetingAsync(app);
        var secretary = await app.AuthorizedAsync(Demo.EnergySecretary);
        var chair = await app.AuthorizedAsync(SessionSetup.Chair);
        var member = await app.AuthorizedAsync(Demo.Member);
        await secretary.AttendAsync(meeting.Id, meeting.Members.Where(m => m.Id != meeting.Chair).Select(m => m.Id));
        await secretary.AttendAsync(meeting.Id, [meeting.Chair], "Remote");
        var o = meeting.Others; // seven members

        // 1: 6 for, 2 against, 2 abstain: adopted by majority.
        var item = meeting.Items[0];
        Assert.Equal(HttpStatusCode.OK, (await secretary.OpenAsync(meeting.Id, item)).StatusCode);
        Assert.Equal(HttpStatusCode.Created, (await chair.VoteAsync(meeting.Id, item, "For")).StatusCode);
        Assert.Equal(HttpStatusCode.Created, (await member.VoteAsync(meeting.Id, item, "For")).StatusCode);
        await secretary.RecordAsync(meeting.Id, item, "For", [meeting.Deputy, o[0], o[1], o[2]]);
        await secretary.RecordAsync(meeting.Id, item, "Against", [o[3], o[4]]);
        await secretary.RecordAsync(meeting.Id, item, "Abstain", [o[5], o[6]]);
        Assert.Equal(HttpStatusCode.OK, (await secretary.CloseAsync(meeting.Id, item)).StatusCode);

        // 2: 2 for, 5 against: rejected by majority.
        item = meeting.Items[1];
        Assert.Equal(HttpStatusCode.OK, (await secretary.OpenAsync(meeting.Id, item)).StatusCode);
        await secretary.RecordAsync(meeting.Id, item, "For", [o[0], o[1]]);
        await secretary.RecordAsync(meeting.Id, item, "Against", [o[2], o[3], o[4], o[5], o[6]]);
        Assert.Equal(HttpStatusCode.OK, (await secretary.CloseAsync(meeting.Id, item)).StatusCode);

        // 3: 4 for (the chair among them), 4 against, 2 abstain: the presiding member's vote decides.
        item = meeting.Items[2];
        Assert.Equal(HttpStatusCode.OK, (await secretary.OpenAsync(meeting.Id, item)).StatusCode);
        Assert.Equal(HttpStatusCode.Created, (await chair.VoteAsync(meeting.Id, item, "For")).StatusCode);
        await secretary.RecordAsync(meeting.Id, item, "For", [o[0], o[1], o[2]]);
        await secretary.RecordAsync(meeting.Id, item, "Against", [meeting.Deputy, meeting.Member, o[3], o[4]]);
        await secretary.RecordAsync(meeting.Id, item, "Abstain", [o[5], o[6]]);
        var closed = await secretary.CloseAsync(meeting.Id, item);
        Assert.Equal(HttpStatusCode.OK, closed.StatusCode);

        var tally = await member.TallyAsync(meeting.Id);
        Assert.Equal(meeting.Chair, tally.GetProperty("presidingMemberId").GetGuid());
        var (first, second, third) = (tally.Item(meeting.Items[0]), tally.Item(meeting.Items[1]), tally.Item(meeting.Items[2]));
        Assert.Equal((6, 2, 2, true, "majority"), (first.GetProperty("for").GetInt32(), first.GetProperty("against").GetInt32(), first.GetProperty("abstain").GetInt32(), first.GetProperty("adopted").GetBoolean(), first.GetProperty("decidedBy").GetString()));
        Assert.Equal((2, 5, false, "majority"), (second.GetProperty("for").GetInt32(), second.GetProperty("against").GetInt32(), second.GetProperty("adopted").GetBoolean(), second.GetProperty("decidedBy").GetString()));
        Assert.Equal((4, 4, true, "presiding_member_tie"), (third.GetProperty("for").GetInt32(), third.GetProperty("against").GetInt32(), third.GetProperty("adopted").GetBoolean(), third.GetProperty("decidedBy").GetString()));

        using var scope = app.Services.CreateScope();
        var db = scope.ServiceProvider.GetRequiredService<KenesDbContext>();
        var stored = await db.AgendaItems.SingleAsync(i => i.Id == meeting.Items[2]);
        Assert.Equal(VoteState.Closed, stored.VoteState);
        Assert.StartsWith("M10:", stored.Decision, StringComparison.Ordinal);
        Assert.Equal(MeetingStatus.InProgress, (await db.Meetings.SingleAsync(m => m.Id == meeting.Id)).Status);
    }

    [Fact]
    [Trait("Norm", "M7")]
    public async Task ChairElection_TieElectsNobody_MajorityElectsTheChair()
    {
        var meeting = await SessionSetup.NewMeetingAsync(app, items: 1, electsChair: true);
        var secretary = await app.AuthorizedAsync(Demo.EnergySecretary);
        await secretary.AttendAsync(meeting.Id, meeting.Members.Take(8).Select(m => m.Id).Append(meeting.Chair).Distinct());
        var rival = meeting.Others[0];

        var tie = await secretary.PostAsJsonAsync($"/api/v1/meetings/{meeting.Id}/chair-election",
            new { votes = new Dictionary<Guid, int> { [meeting.Chair] = 4, [rival] = 4 } });
        await tie.AssertRefusedAsync(422, "M7", "session.election_none");

        var elected = await secretary.PostAsJsonAsync($"/api/v1/meetings/{meeting.Id}/chair-election",
            new { votes = new Dictionary<Guid, int> { [meeting.Chair] = 6, [rival] = 2 } });
        Assert.Equal(HttpStatusCode.OK, elected.StatusCode);

        using var scope = app.Services.CreateScope();
        var db = scope.ServiceProvider.GetRequiredService<KenesDbContext>();
        var chairs = await db.CompositionMembers.Where(m => meeting.Members.Select(x => x.Id).Contains(m.Id) && m.IsChair).Select(m => m.Id).ToListAsync();
        Assert.Equal([meeting.Chair], chairs);
        Assert.True(await db.AuditEntries.AnyAsync(a => a.Action == "meeting.chair_elected" && a.Subject == meeting.Id.ToString()));

        // A meeting that does not elect the chair refuses the election.
        var other = await SessionSetup.NewMeetingAsync(app, items: 1);
        await secretary.AttendAsync(other.Id, other.Members.Take(7).Select(m => m.Id));
        await (await secretary.PostAsJsonAsync($"/api/v1/meetings/{other.Id}/chair-election",
            new { votes = new Dictionary<Guid, int> { [rival] = 7 } })).AssertRefusedAsync(422, "M7", "session.no_election");
    }

    [Fact]
    [Trait("Norm", "M10")]
    [Trait("Norm", "M12.5")]
    public async Task Minutes_SignedOnlyByThePresidingMember_WithPassword_Sha256Stored_ThenOneMailPerMember()
    {
        var meeting = await SessionSetup.NewMeetingAsync(app, items: 1);
        var secretary = await app.AuthorizedAsync(Demo.EnergySecretary);
        var chair = await app.AuthorizedAsync(SessionSetup.Chair);
        var member = await app.AuthorizedAsync(Demo.Member);
        await secretary.AttendAsync(meeting.Id, meeting.Members.Select(m => m.Id));
        Assert.Equal(HttpStatusCode.OK, (await secretary.OpenAsync(meeting.Id, meeting.Items[0])).StatusCode);
        await secretary.RecordAsync(meeting.Id, meeting.Items[0], "For", meeting.Others);
        Assert.Equal(HttpStatusCode.OK, (await secretary.CloseAsync(meeting.Id, meeting.Items[0])).StatusCode);

        // Copies only of signed minutes.
        await (await secretary.PostAsync($"/api/v1/meetings/{meeting.Id}/minutes/distribute", null)).AssertRefusedAsync(409, "M12.5", "minutes.not_signed");
        await (await member.PostAsJsonAsync($"/api/v1/meetings/{meeting.Id}/minutes/sign", new { password = Demo.Password }))
            .AssertRefusedAsync(403, "M10", "minutes.not_presiding");
        await (await secretary.PostAsJsonAsync($"/api/v1/meetings/{meeting.Id}/minutes/sign", new { password = Demo.Password }))
            .AssertRefusedAsync(403, "M10", "minutes.not_presiding");
        await (await chair.PostAsJsonAsync($"/api/v1/meetings/{meeting.Id}/minutes/sign", new { password = "wrong-Password-1!" }))
            .AssertRefusedAsync(400, "M10", "minutes.password");

        var signed = await chair.PostAsJsonAsync($"/api/v1/meetings/{meeting.Id}/minutes/sign", new { password = Demo.Password });
        Assert.Equal(HttpStatusCode.OK, signed.StatusCode);
        var body = await signed.ReadJsonAsync();
        var sha = body.GetProperty("sha256").GetString()!;
        // Signed on Tuesday 2026-11-24: the third working day after it is Friday 2026-11-27 (M12.5).
        Assert.Equal("2026-11-27", body.GetProperty("distributionDeadline").GetString());

        using (var scope = app.Services.CreateScope())
        {
            var db = scope.ServiceProvider.GetRequiredService<KenesDbContext>();
            var stored = await db.Meetings.SingleAsync(m => m.Id == meeting.Id);
            Assert.Equal(sha, stored.MinutesSha256);
            Assert.NotNull(stored.MinutesSignedAt);
            Assert.Equal(MeetingStatus.Held, stored.Status);
            var storage = scope.ServiceProvider.GetRequiredService<IDocumentStorage>();
            await using var file = await storage.OpenReadAsync(stored.MinutesStorageKey!, default);
            Assert.Equal(sha, Convert.ToHexStringLower(await SHA256.HashDataAsync(file)));
        }

        // Signed once; the record is closed.
        await (await chair.PostAsJsonAsync($"/api/v1/meetings/{meeting.Id}/minutes/sign", new { password = Demo.Password }))
            .AssertRefusedAsync(409, "M10", "minutes.already_signed");
        await (await secretary.PostAsJsonAsync($"/api/v1/meetings/{meeting.Id}/attendance", new { memberId = meeting.Chair, mode = "Absent" }))
            .AssertRefusedAsync(409, "M10", "session.signed");

        Assert.Equal(HttpStatusCode.Forbidden, (await member.PostAsync($"/api/v1/meetings/{meeting.Id}/minutes/distribute", null)).StatusCode);
        var sent = await secretary.PostAsync($"/api/v1/meetings/{meeting.Id}/minutes/distribute", null);
        Assert.Equal(HttpStatusCode.OK, sent.StatusCode);
        var report = await sent.ReadJsonAsync();
        Assert.Equal(10, report.GetProperty("queued").GetInt32());
        Assert.False(report.GetProperty("late").GetBoolean());
        var again = await (await secretary.PostAsync($"/api/v1/meetings/{meeting.Id}/minutes/distribute", null)).ReadJsonAsync();
        Assert.Equal(0, again.GetProperty("queued").GetInt32());
        var tracked = await secretary.GetFromJsonAsync<System.Text.Json.JsonElement>($"/api/v1/meetings/{meeting.Id}/minutes");
        Assert.Equal(sha, tracked.GetProperty("sha256").GetString());
        Assert.Equal(10, tracked.GetProperty("deliveries").GetArrayLength());

        using (var scope = app.Services.CreateScope())
        {
            var db = scope.ServiceProvider.GetRequiredService<KenesDbContext>();
            var deliveries = await db.MinutesDeliveries.Where(d => d.MeetingId == meeting.Id).ToListAsync();
            Assert.Equal(meeting.Members.Select(m => m.Id).Order(), deliveries.Select(d => d.MemberId).Order());
            var ids = deliveries.Select(d => d.OutboxMessageId).ToList();
            var mails = await db.Outbox.Where(m => ids.Contains(m.Id)).ToListAsync();
            Assert.Equal(10, mails.Count);
            Assert.All(mails, m => Assert.Contains($"/meetings/{meeting.Id}/minutes/signed.pdf", m.Body, StringComparison.Ordinal));
            Assert.Contains(mails, m => m.To == Demo.Member);
        }
    }

    [Fact]
    [Trait("Norm", "M12.5")]
    public async Task Distribution_AfterTheDeadline_IsFlaggedLate()
    {
        var meeting = await SessionSetup.NewMeetingAsync(app, items: 1);
        var secretary = await app.AuthorizedAsync(Demo.EnergySecretary);
        var chair = await app.AuthorizedAsync(SessionSetup.Chair);
        await secretary.AttendAsync(meeting.Id, meeting.Members.Select(m => m.Id));
        Assert.Equal(HttpStatusCode.OK, (await chair.PostAsJsonAsync($"/api/v1/meetings/{meeting.Id}/minutes/sign", new { password = Demo.Password })).StatusCode);
        var now = app.Clock.GetCurrentInstant();
        try
        {
            app.Clock.Reset(now + Duration.FromDays(7));
            var report = await (await secretary.PostAsync($"/api/v1/meetings/{meeting.Id}/minutes/distribute", null)).ReadJsonAsync();
            Assert.True(report.GetProperty("late").GetBoolean());
        }
        finally
        {
            app.Clock.Reset(now);
        }
    }
}

public sealed class SessionApiTestsOnSqlite(SqliteApp app) : SessionApiTests(app), IClassFixture<SqliteApp>;

public sealed class SessionApiTestsOnPostgres(PostgresApp app) : SessionApiTests(app), IClassFixture<PostgresApp>;
