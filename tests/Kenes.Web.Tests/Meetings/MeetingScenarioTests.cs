using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using Kenes.Web.Tests.Support;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace Kenes.Web.Tests.Meetings;

/// <summary>
/// Issue #5's full meeting through the API, on SQLite and PostgreSQL: plan, one notice on time and one
/// too late with a reason, attendance below then above quorum, the chair election, three items
/// (adopted, rejected, tied and decided by the presiding member), minutes signed and distributed.
/// The clock starts on Tue 2026-11-24 (Almaty).
/// </summary>
public abstract class MeetingScenarioTests(KenesAppFactory app)
{
    [Fact]
    [Trait("Norm", "M9")]
    [Trait("Norm", "M10")]
    [Trait("Norm", "M12.4")]
    [Trait("Norm", "M12.5")]
    public async Task FullMeeting_PlanNoticeQuorumElectionVotesMinutes()
    {
        var secretary = await app.AuthorizedAsync(Demo.EnergySecretary);
        var council = await EnergyCouncilAsync(secretary);

        // M9, M12.4: a meeting with three items; its notice is on time.
        var meeting = await CreatedAsync(await secretary.PostAsJsonAsync($"/api/v1/councils/{council}/meetings", new
        {
            date = "2026-12-22",
            startsAt = "10:00",
            mode = "Mixed",
            place = "Астана, Қабанбай батыр 19",
            videoLink = "https://meet.example.kz/kenes",
            electsChair = true,
        }));
        var id = meeting.GetProperty("id").GetGuid();
        var items = new List<Guid>();
        foreach (var (title, subject) in new[]
        {
            ("Салалық біліктілік шеңберін бекіту", "ApproveQualificationFramework"),
            ("Тізілімге өзгерістерді келісу", "AgreeRegisterChanges"),
            ("Кәсіптік стандартты келісу", "AgreeProfessionalStandard"),
        })
        {
            var view = await CreatedAsync(await secretary.PostAsJsonAsync($"/api/v1/meetings/{id}/agenda", new { title, description = title, subject }));
            items.Add(view.GetProperty("items").EnumerateArray().Last().GetProperty("id").GetGuid());
        }

        Assert.True((await secretary.PostAsJsonAsync($"/api/v1/meetings/{id}/notice", new { })).IsSuccessStatusCode);

        // M12.4: a second meeting too close for notice — refused, then sent with a recorded reason.
        var close = await CreatedAsync(await secretary.PostAsJsonAsync($"/api/v1/councils/{council}/meetings", new
        {
            date = "2026-11-30",
            startsAt = "15:00",
            mode = "Remote",
            videoLink = "https://meet.example.kz/urgent",
        }));
        var closeId = close.GetProperty("id").GetGuid();
        await CreatedAsync(await secretary.PostAsJsonAsync($"/api/v1/meetings/{closeId}/agenda",
            new { title = "Шұғыл ақпараттық сұрау", description = "M5.2", subject = "InformationRequest" }));
        var refused = await secretary.PostAsJsonAsync($"/api/v1/meetings/{closeId}/notice", new { });
        Assert.Equal(HttpStatusCode.BadRequest, refused.StatusCode);
        Assert.Contains("M12.4", await refused.Content.ReadAsStringAsync());
        var late = await secretary.PostAsJsonAsync($"/api/v1/meetings/{closeId}/notice", new { lateReason = "Министрдің тапсырмасы бойынша шұғыл отырыс" });
        Assert.True(late.IsSuccessStatusCode, await late.Content.ReadAsStringAsync());
        Assert.Equal("Министрдің тапсырмасы бойынша шұғыл отырыс",
            await WithDbAsync(db => db.Meetings.Where(m => m.Id == closeId).Select(m => m.NoticeDeviationReason).SingleAsync()));

        // The meeting day: attendance below quorum refuses a vote, above it allows one (M9).
        app.Clock.AdvanceDays(28);
        var members = await WithDbAsync(db => db.CompositionMembers.Where(m => m.CouncilId == council && m.ApprovedByOrderId != null && m.RemovedByOrderId == null)
            .OrderByDescending(m => m.IsChair).ThenByDescending(m => m.IsDeputyChair).Select(m => new { m.Id, m.IsChair }).ToListAsync());
        var chair = members.Single(m => m.IsChair).Id;
        foreach (var m in members.Take(6))
        {
            Assert.True((await secretary.PostAsJsonAsync($"/api/v1/meetings/{id}/attendance", new { memberId = m.Id, mode = "InPerson" })).IsSuccessStatusCode);
        }

        var inquorate = await secretary.PostAsync($"/api/v1/meetings/{id}/items/{items[0]}/open", null);
        Assert.False(inquorate.IsSuccessStatusCode);
        Assert.Contains("M9", await inquorate.Content.ReadAsStringAsync());
        foreach (var m in members.Skip(6).Take(2))
        {
            Assert.True((await secretary.PostAsJsonAsync($"/api/v1/meetings/{id}/attendance", new { memberId = m.Id, mode = "Remote" })).IsSuccessStatusCode);
        }

        var present = members.Take(8).Select(m => m.Id).ToList();

        // M7: the first meeting of the composition elects its chair by majority.
        var election = await secretary.PostAsJsonAsync($"/api/v1/meetings/{id}/chair-election",
            new { votes = new Dictionary<Guid, int> { [chair] = 6, [present[1]] = 2 } });
        Assert.True(election.IsSuccessStatusCode, await election.Content.ReadAsStringAsync());

        // M10: adopted by majority, rejected, and a tie decided by the presiding member (the chair votes for).
        await VoteAsync(secretary, id, items[0], present, forCount: 5, againstCount: 2);
        await VoteAsync(secretary, id, items[1], present, forCount: 2, againstCount: 5);
        await VoteAsync(secretary, id, items[2], present, forCount: 4, againstCount: 4);
        var tally = await (await secretary.GetAsync($"/api/v1/meetings/{id}/tally")).ReadJsonAsync();
        var outcomes = tally.GetProperty("items").EnumerateArray().ToDictionary(i => i.GetProperty("id").GetGuid());
        Assert.True(outcomes[items[0]].GetProperty("adopted").GetBoolean());
        Assert.Equal("majority", outcomes[items[0]].GetProperty("decidedBy").GetString());
        Assert.False(outcomes[items[1]].GetProperty("adopted").GetBoolean());
        Assert.True(outcomes[items[2]].GetProperty("adopted").GetBoolean());
        Assert.Equal("presiding_member_tie", outcomes[items[2]].GetProperty("decidedBy").GetString());

        // M10: only the presiding member signs, after re-entering the password; M12.5: copies to every member.
        var bySecretary = await secretary.PostAsJsonAsync($"/api/v1/meetings/{id}/minutes/sign", new { password = Demo.Password });
        Assert.False(bySecretary.IsSuccessStatusCode);
        Assert.Contains("M10", await bySecretary.Content.ReadAsStringAsync());
        var presiding = await app.AuthorizedAsync("chair@demo.kenes.kz");
        var signed = await presiding.PostAsJsonAsync($"/api/v1/meetings/{id}/minutes/sign", new { password = Demo.Password });
        Assert.True(signed.IsSuccessStatusCode, await signed.Content.ReadAsStringAsync());
        var signature = await signed.ReadJsonAsync();
        Assert.Matches("^[0-9a-f]{64}$", signature.GetProperty("sha256").GetString());
        Assert.Equal("2026-12-25", signature.GetProperty("distributionDeadline").GetString());
        Assert.True((await secretary.PostAsync($"/api/v1/meetings/{id}/minutes/distribute", null)).IsSuccessStatusCode);
        Assert.Equal(members.Count, await WithDbAsync(db => db.MinutesDeliveries.CountAsync(d => d.MeetingId == id)));

        // The copy is the signed file itself: every queued message carries the PDF whose hash was recorded.
        var sha = signature.GetProperty("sha256").GetString();
        var attachments = await WithDbAsync(db => db.MinutesDeliveries.Where(d => d.MeetingId == id)
            .Join(db.Outbox, d => d.OutboxMessageId, o => o.Id, (d, o) => o.AttachmentContent).ToListAsync());
        Assert.All(attachments, pdf => Assert.Equal(sha, Convert.ToHexStringLower(System.Security.Cryptography.SHA256.HashData(pdf!))));
    }

    private static async Task VoteAsync(HttpClient secretary, Guid meeting, Guid item, IReadOnlyList<Guid> present, int forCount, int againstCount)
    {
        Assert.True((await secretary.PostAsync($"/api/v1/meetings/{meeting}/items/{item}/open", null)).IsSuccessStatusCode);
        for (var i = 0; i < forCount + againstCount; i++)
        {
            var choice = i < forCount ? "For" : "Against";
            var cast = await secretary.PostAsJsonAsync($"/api/v1/meetings/{meeting}/items/{item}/votes", new { memberId = present[i], choice });
            Assert.True(cast.IsSuccessStatusCode, await cast.Content.ReadAsStringAsync());
        }

        var closed = await secretary.PostAsJsonAsync($"/api/v1/meetings/{meeting}/items/{item}/close", new { decision = "Шешім" });
        Assert.True(closed.IsSuccessStatusCode, await closed.Content.ReadAsStringAsync());
    }

    private static async Task<Guid> EnergyCouncilAsync(HttpClient staff)
    {
        var councils = await (await staff.GetAsync("/api/v1/councils")).ReadJsonAsync();
        return councils.EnumerateArray().First(c => c.GetProperty("stateBodyCode").GetString() == "MEN").GetProperty("id").GetGuid();
    }

    private static async Task<JsonElement> CreatedAsync(HttpResponseMessage response)
    {
        Assert.True(response.IsSuccessStatusCode, await response.Content.ReadAsStringAsync());
        return await response.ReadJsonAsync();
    }

    private async Task<T> WithDbAsync<T>(Func<Kenes.Infrastructure.Persistence.KenesDbContext, Task<T>> query)
    {
        using var scope = app.Services.CreateScope();
        return await query(scope.ServiceProvider.GetRequiredService<Kenes.Infrastructure.Persistence.KenesDbContext>());
    }
}

public sealed class MeetingScenarioTestsOnSqlite(SqliteApp app) : MeetingScenarioTests(app), IClassFixture<SqliteApp>;

public sealed class MeetingScenarioTestsOnPostgres(PostgresApp app) : MeetingScenarioTests(app), IClassFixture<PostgresApp>;
