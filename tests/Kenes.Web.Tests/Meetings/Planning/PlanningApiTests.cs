using System.Net;
using System.Net.Http.Json;
using Kenes.Infrastructure.Persistence;
using Kenes.Web.Tests.Support;
using Microsoft.EntityFrameworkCore;

namespace Kenes.Web.Tests.Meetings.Planning;

/// <summary>The work plan, meetings, agenda and notice through the API (M4, M9, M12.4); today is Tue 2026-11-24.</summary>
public abstract class PlanningApiTests(KenesAppFactory app)
{
    [Fact]
    [Trait("Norm", "M9")]
    [Trait("Norm", "M12.4")]
    public async Task PlanMeeting_IsNumberedInSequence_WithItsLatestNoticeDate()
    {
        var council = await PlanningSetup.EnergyCouncilAsync(app);
        var secretary = await app.AuthorizedAsync(Demo.EnergySecretary);
        var first = await secretary.PlanAsync(council, PlanningSetup.InPerson("2027-02-17"));
        var second = await secretary.PlanAsync(council, new
        {
            date = "2027-02-24",
            startsAt = "15:30",
            mode = "Mixed",
            place = "Астана",
            videoLink = "https://meet.example.kz/energy",
            electsChair = true,
        });

        Assert.Equal(first.GetProperty("number").GetInt32() + 1, second.GetProperty("number").GetInt32());
        Assert.Equal("Planned", second.GetProperty("status").GetString());
        Assert.Equal("15:30", second.GetProperty("startsAt").GetString());
        Assert.Equal("Asia/Almaty", second.GetProperty("timeZone").GetString());
        Assert.True(second.GetProperty("electsChair").GetBoolean());
        // 2027-02-24 (Wed) − 10 working days = 2027-02-10 (Wed); no holidays in between.
        var latest = second.GetProperty("latestNoticeDate");
        Assert.Equal("2027-02-10", latest.GetProperty("date").GetString());
        Assert.Equal("M12.4", latest.GetProperty("norm").GetString());
    }

    [Fact]
    [Trait("Norm", "M9")]
    public async Task RemoteMeetingWithoutLink_IsRefused_NamingM9_AndNothingIsSaved()
    {
        var council = await PlanningSetup.EnergyCouncilAsync(app);
        var secretary = await app.AuthorizedAsync(Demo.EnergySecretary);
        var before = await app.InDbAsync(db => db.Meetings.CountAsync());
        var response = await secretary.PostAsJsonAsync($"/api/v1/councils/{council}/meetings",
            new { date = "2027-03-10", startsAt = "10:00", mode = "Remote" });

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.Equal("application/problem+json", response.Content.Headers.ContentType?.MediaType);
        var problem = await response.ReadJsonAsync();
        Assert.StartsWith("M9:", Assert.Single(problem.Errors("videoLink")), StringComparison.Ordinal);
        Assert.Equal("meeting.link_required", problem.FirstCode());
        Assert.Equal(before, await app.InDbAsync(db => db.Meetings.CountAsync()));
    }

    [Fact]
    [Trait("Norm", "M9")]
    public async Task PastDate_IsRefused()
    {
        var council = await PlanningSetup.EnergyCouncilAsync(app);
        var secretary = await app.AuthorizedAsync(Demo.EnergySecretary);
        var response = await secretary.PostAsJsonAsync($"/api/v1/councils/{council}/meetings", PlanningSetup.InPerson("2026-11-23"));

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        var problem = await response.ReadJsonAsync();
        Assert.Equal("meeting.date_past", problem.FirstCode());
        Assert.StartsWith("M9:", problem.Errors("date")[0], StringComparison.Ordinal);
    }

    [Fact]
    [Trait("Norm", "M9")]
    public async Task WorkPlan_ListsEveryMonthOfTheTerm_AndReportsGapsBeforeTheyHappen()
    {
        var council = await PlanningSetup.EnergyCouncilAsync(app);
        var secretary = await app.AuthorizedAsync(Demo.EnergySecretary);
        await secretary.PlanAsync(council, PlanningSetup.InPerson("2028-05-17"));
        var plan = await secretary.GetFromJsonAsync<System.Text.Json.JsonElement>($"/api/v1/councils/{council}/meetings");

        var months = plan.GetProperty("months").EnumerateArray().ToList();
        Assert.Equal(37, months.Count); // the term 2026-04-28 – 2029-04-27 touches April 2026 through April 2029
        var may = months.Single(m => m.GetProperty("year").GetInt32() == 2028 && m.GetProperty("month").GetInt32() == 5);
        Assert.True(may.GetProperty("hasMeeting").GetBoolean());
        var june = months.Single(m => m.GetProperty("year").GetInt32() == 2028 && m.GetProperty("month").GetInt32() == 6);
        Assert.True(june.GetProperty("gap").GetBoolean());
        var gap = Assert.Single(plan.GetProperty("gaps").EnumerateArray(), g => g.GetProperty("year").GetInt32() == 2028 && g.GetProperty("month").GetInt32() == 6);
        Assert.Equal("M9", gap.GetProperty("norm").GetString());
        // Months already over are missed, not gaps to fill.
        var may2026 = months.Single(m => m.GetProperty("year").GetInt32() == 2026 && m.GetProperty("month").GetInt32() == 5);
        Assert.True(may2026.GetProperty("missed").GetBoolean());
        Assert.False(may2026.GetProperty("gap").GetBoolean());
    }

    [Fact]
    [Trait("Norm", "M12.4")]
    public async Task NoticeWithoutAgenda_IsRefused()
    {
        var council = await PlanningSetup.EnergyCouncilAsync(app);
        var secretary = await app.AuthorizedAsync(Demo.EnergySecretary);
        var meeting = (await secretary.PlanAsync(council, PlanningSetup.InPerson("2027-04-14"))).Id();

        var response = await secretary.PostAsJsonAsync($"/api/v1/meetings/{meeting}/notice", new { });
        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        var problem = await response.ReadJsonAsync();
        Assert.Equal("notice.agenda_required", problem.FirstCode());
        Assert.StartsWith("M12.4:", problem.Errors("agenda")[0], StringComparison.Ordinal);
        Assert.Null(await app.InDbAsync(db => db.Meetings.Where(m => m.Id == meeting).Select(m => m.NoticeSentOn).SingleAsync()));
    }

    [Fact]
    [Trait("Norm", "M12.4")]
    public async Task LateNotice_IsRefusedWithoutReason_ThenSentWithIt_AsARecordedDeviation()
    {
        var council = await PlanningSetup.EnergyCouncilAsync(app);
        var secretary = await app.AuthorizedAsync(Demo.EnergySecretary);
        // Wed 2026-12-02 is six working days away: the latest notice date, 2026-11-18, has passed.
        var meeting = (await secretary.PlanAsync(council, PlanningSetup.InPerson("2026-12-02"))).Id();
        await secretary.AddItemAsync(meeting);

        var refused = await secretary.PostAsJsonAsync($"/api/v1/meetings/{meeting}/notice", new { lateReason = "" });
        Assert.Equal(HttpStatusCode.BadRequest, refused.StatusCode);
        var problem = await refused.ReadJsonAsync();
        Assert.Equal("notice.too_late", problem.FirstCode());
        Assert.StartsWith("M12.4:", problem.Errors("lateReason")[0], StringComparison.Ordinal);
        Assert.Equal(0, await app.InDbAsync(db => db.Outbox.CountAsync(o => o.Body.Contains(meeting.ToString()))));

        const string reason = "Министрдің бұйрығы бойынша шұғыл қарау қажет.";
        var sent = await secretary.PostAsJsonAsync($"/api/v1/meetings/{meeting}/notice", new { lateReason = reason });
        Assert.True(sent.IsSuccessStatusCode, await sent.Content.ReadAsStringAsync());
        var view = await sent.ReadJsonAsync();
        Assert.Equal("Noticed", view.GetProperty("status").GetString());
        Assert.Equal("2026-11-24", view.GetProperty("noticeSentOn").GetString());
        Assert.Equal(reason, view.GetProperty("noticeDeviationReason").GetString());
        Assert.Equal(reason, await app.InDbAsync(db => db.Meetings.Where(m => m.Id == meeting).Select(m => m.NoticeDeviationReason).SingleAsync()));
    }

    [Fact]
    [Trait("Norm", "M12.4")]
    public async Task NoticeInTime_QueuesOneMailPerMemberInOffice_WithPlaceTimeAgendaAndLinks_AndLocksTheAgenda()
    {
        var council = await PlanningSetup.EnergyCouncilAsync(app);
        var secretary = await app.AuthorizedAsync(Demo.EnergySecretary);
        var meeting = (await secretary.PlanAsync(council, PlanningSetup.InPerson("2027-01-20", "11:00"))).Id();
        await secretary.AddItemAsync(meeting, "AgreeRegisterChanges");

        var sent = await secretary.PostAsJsonAsync($"/api/v1/meetings/{meeting}/notice", new { });
        Assert.True(sent.IsSuccessStatusCode, await sent.Content.ReadAsStringAsync());
        Assert.Equal(System.Text.Json.JsonValueKind.Null, (await sent.ReadJsonAsync()).GetProperty("noticeDeviationReason").ValueKind);

        var members = await app.InDbAsync(db => db.CompositionMembers
            .Where(m => m.CouncilId == council && m.ApprovedByOrderId != null && m.RemovedByOrderId == null && m.Email != null)
            .Select(m => m.Email!).ToListAsync());
        var mails = await app.InDbAsync(db => db.Outbox.Where(o => o.Body.Contains(meeting.ToString())).ToListAsync());
        Assert.Equal(10, members.Count);
        Assert.Equal(members.Order(), mails.Select(m => m.To).Order());
        var body = mails[0].Body;
        Assert.Contains("2027-01-20 11:00", body, StringComparison.Ordinal);
        Assert.Contains("Астана, Қабанбай батыр д-лы, 19", body, StringComparison.Ordinal);
        Assert.Contains("«Электр монтері» кәсіптік стандарты [M4.3]", body, StringComparison.Ordinal);
        Assert.Contains($"/meetings/{meeting}/invite.ics", body, StringComparison.Ordinal);
        Assert.Contains("Күн тәртібі:", body, StringComparison.Ordinal);
        Assert.Contains("Повестка дня:", body, StringComparison.Ordinal);

        // The notice stated the agenda: it no longer changes, and a second notice is refused.
        var add = await secretary.PostAsJsonAsync($"/api/v1/meetings/{meeting}/agenda", new { title = "Тағы бір", subject = "Other" });
        Assert.Equal(HttpStatusCode.BadRequest, add.StatusCode);
        Assert.Equal("agenda.locked", (await add.ReadJsonAsync()).FirstCode());
        Assert.Equal(HttpStatusCode.BadRequest, (await secretary.PostAsJsonAsync($"/api/v1/meetings/{meeting}/notice", new { })).StatusCode);
    }

    [Fact]
    [Trait("Norm", "M4")]
    public async Task AgendaItems_CarryTheNormOfTheirSubject_AndAnUnknownSubjectIsRefused()
    {
        var council = await PlanningSetup.EnergyCouncilAsync(app);
        var secretary = await app.AuthorizedAsync(Demo.EnergySecretary);
        var meeting = (await secretary.PlanAsync(council, PlanningSetup.InPerson("2027-05-19"))).Id();
        await secretary.AddItemAsync(meeting, "ApproveQualificationFramework");
        await secretary.AddItemAsync(meeting, "InformationRequest");
        var view = await secretary.AddItemAsync(meeting, "Other");
        Assert.Equal(["M4.1", "M5.2", "M9"], view.GetProperty("items").EnumerateArray().Select(i => i.GetProperty("norm").GetString()!).ToArray());

        var bad = await secretary.PostAsJsonAsync($"/api/v1/meetings/{meeting}/agenda", new { title = "X", subject = "Nonsense" });
        Assert.Equal(HttpStatusCode.BadRequest, bad.StatusCode);
        Assert.StartsWith("M4:", (await bad.ReadJsonAsync()).Errors("subject")[0], StringComparison.Ordinal);
    }

    [Fact]
    [Trait("Norm", "M12.4")]
    public async Task AgendaItem_IsChangedRemovedAndGetsMaterials_AndAnUnsafeFileIsRefused()
    {
        var council = await PlanningSetup.EnergyCouncilAsync(app);
        var secretary = await app.AuthorizedAsync(Demo.EnergySecretary);
        var meeting = (await secretary.PlanAsync(council, PlanningSetup.InPerson("2027-12-15"))).Id();
        await secretary.AddItemAsync(meeting);
        var item = (await secretary.AddItemAsync(meeting, "Proposal")).GetProperty("items")[1].Id();

        var changed = await secretary.PutAsJsonAsync($"/api/v1/meetings/{meeting}/agenda/{item}", new { title = "Ұсыныстар", subject = "AgreeRecognitionConditions" });
        Assert.True(changed.IsSuccessStatusCode, await changed.Content.ReadAsStringAsync());
        Assert.Equal("M4.5", (await changed.ReadJsonAsync()).GetProperty("items")[1].GetProperty("norm").GetString());

        using var unsafeFile = new MultipartFormDataContent { { new ByteArrayContent(TestFiles.PdfWithJavaScript()), "file", "bad.pdf" } };
        var refused = await secretary.PostAsync($"/api/v1/meetings/{meeting}/agenda/{item}/materials", unsafeFile);
        Assert.Equal(HttpStatusCode.BadRequest, refused.StatusCode);
        Assert.Equal("file.pdf_active_content", (await refused.ReadJsonAsync()).FirstCode());

        using var good = new MultipartFormDataContent { { new ByteArrayContent(TestFiles.Pdf()), "file", "proposal.pdf" } };
        var uploaded = await secretary.PostAsync($"/api/v1/meetings/{meeting}/agenda/{item}/materials", good);
        Assert.True(uploaded.IsSuccessStatusCode, await uploaded.Content.ReadAsStringAsync());
        var material = (await uploaded.ReadJsonAsync()).GetProperty("items")[1].GetProperty("materials")[0];
        Assert.Equal(1, material.GetProperty("fileVersion").GetInt32());

        var removed = await secretary.DeleteAsync($"/api/v1/meetings/{meeting}/agenda/{item}");
        Assert.True(removed.IsSuccessStatusCode, await removed.Content.ReadAsStringAsync());
        Assert.Equal(1, (await removed.ReadJsonAsync()).GetProperty("items").GetArrayLength());
        Assert.Equal(0, await app.InDbAsync(db => db.AgendaMaterials.CountAsync(m => m.AgendaItemId == item)));
    }

    [Fact]
    public async Task AnotherStateBody_GetsNotFound_ForThePlanAndTheMeeting()
    {
        var council = await PlanningSetup.EnergyCouncilAsync(app);
        var secretary = await app.AuthorizedAsync(Demo.EnergySecretary);
        var meeting = (await secretary.PlanAsync(council, PlanningSetup.InPerson("2027-06-16"))).Id();
        var health = await app.AuthorizedAsync(Demo.HealthOfficer);

        Assert.Equal(HttpStatusCode.NotFound, (await health.GetAsync($"/api/v1/councils/{council}/meetings")).StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, (await health.PostAsJsonAsync($"/api/v1/councils/{council}/meetings", PlanningSetup.InPerson("2027-06-17"))).StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, (await health.GetAsync($"/api/v1/meetings/{meeting}")).StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, (await health.PostAsJsonAsync($"/api/v1/meetings/{meeting}/notice", new { })).StatusCode);
    }

    [Fact]
    public async Task HrOfficerOfTheBody_ReadsButCannotPlan_AndAMemberHasNoStaffApi()
    {
        var council = await PlanningSetup.EnergyCouncilAsync(app);
        var hr = await app.AuthorizedAsync(Demo.EnergyHr);
        Assert.Equal(HttpStatusCode.OK, (await hr.GetAsync($"/api/v1/councils/{council}/meetings")).StatusCode);
        Assert.Equal(HttpStatusCode.Forbidden, (await hr.PostAsJsonAsync($"/api/v1/councils/{council}/meetings", PlanningSetup.InPerson("2027-07-14"))).StatusCode);

        var member = await app.AuthorizedAsync(Demo.Member);
        Assert.Equal(HttpStatusCode.Forbidden, (await member.GetAsync($"/api/v1/councils/{council}/meetings")).StatusCode);
    }
}

public sealed class PlanningApiTestsOnSqlite(SqliteApp app) : PlanningApiTests(app), IClassFixture<SqliteApp>;

public sealed class PlanningApiTestsOnPostgres(PostgresApp app) : PlanningApiTests(app), IClassFixture<PostgresApp>;
