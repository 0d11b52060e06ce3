using System.Net;
using System.Net.Http.Json;
using Kenes.Infrastructure.Persistence;
using Kenes.Web.Tests.Support;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using NodaTime;

namespace Kenes.Web.Tests.Formation;

/// <summary>
/// Issue #4 through the API: announce, apply online and on paper, one late, bad input refused without
/// a trace, screen with reasons and a conflict, outcome by receipt, a visible correction.
/// The app's clock starts on Tue 2026-11-24 (Almaty).
/// </summary>
public abstract class FormationScenarioTests(KenesAppFactory app)
{
    [Fact]
    [Trait("Norm", "R8")]
    [Trait("Norm", "R10")]
    public async Task FullPath_AnnounceApplyScreen_OnlinePaperAndLate()
    {
        var officer = await app.AuthorizedAsync(Demo.EnergyOfficer);
        var hr = await app.AuthorizedAsync(Demo.EnergyHr);
        var anonymous = app.CreateClient();

        // R6–R8, R10: publishing fixes the deadlines in working days.
        var announcement = await FormationApi.CreateAndPublishAsync(officer);
        var id = announcement.GetProperty("id").GetGuid();
        var number = announcement.GetProperty("number").GetString()!;
        Assert.Equal("2026-11-24", announcement.GetProperty("publishedOn").GetString());
        Assert.Equal("2026-12-01", announcement.GetProperty("submissionDeadline").GetString());
        Assert.Equal("2026-12-08", announcement.GetProperty("screeningDeadline").GetString());
        var portal = await (await anonymous.GetAsync("/api/v1/public/announcements")).ReadJsonAsync();
        Assert.Contains(portal.EnumerateArray(), a => a.GetProperty("number").GetString() == number);

        // F, R9: online, with a receipt at once and a receipt e-mail queued in the same transaction.
        var online = await anonymous.PostAsync($"/api/v1/public/announcements/{number}/applications",
            FormationApi.Application("Сейітқали", "aigerim@example.kz"));
        Assert.Equal(HttpStatusCode.Created, online.StatusCode);
        var receipt = (await online.ReadJsonAsync()).GetProperty("receiptNumber").GetString()!;
        Assert.Matches("^KN-[2-9A-Z]{5}-[2-9A-Z]{5}$", receipt);
        Assert.True(await WithDbAsync(db => db.Outbox.AnyAsync(m => m.To == "aigerim@example.kz" && m.Subject.Contains(receipt))));

        // One live application per person and announcement.
        var duplicate = await anonymous.PostAsync($"/api/v1/public/announcements/{number}/applications",
            FormationApi.Application("Сейітқали", "AIGERIM@example.kz "));
        Assert.Equal(HttpStatusCode.BadRequest, duplicate.StatusCode);
        Assert.True((await duplicate.ReadJsonAsync()).GetProperty("errors").TryGetProperty("email", out _));

        // R8: HR registers a paper application with the day it arrived.
        var paper = await hr.PostAsync($"/api/v1/announcements/{id}/applications", FormationApi.Application("Омаров", "omarov@example.kz",
            files: [("application", "otinish.pdf", TestFiles.Pdf("application")), ("workExperience", "sharty.png", TestFiles.Png())],
            channel: "InPerson", receivedOn: "2026-11-24"));
        Assert.True(paper.StatusCode == HttpStatusCode.Created, await paper.Content.ReadAsStringAsync());
        Assert.False((await paper.ReadJsonAsync()).GetProperty("late").GetBoolean());

        // R8: after the deadline an application is stored and marked late, never dropped.
        app.Clock.AdvanceDays(10);
        var late = await anonymous.PostAsync($"/api/v1/public/announcements/{number}/applications",
            FormationApi.Application("Жұмабекова", "late@example.kz"));
        Assert.Equal(HttpStatusCode.Created, late.StatusCode);
        var lateBody = await late.ReadJsonAsync();
        Assert.True(lateBody.GetProperty("late").GetBoolean());
        Assert.Contains("2026-12-01", lateBody.GetProperty("lateReason").GetString());

        // R10: the queue, a reason for every decision, rejection needs one, the first decision wins.
        var queue = await (await hr.GetAsync($"/api/v1/announcements/{id}/applications")).ReadJsonAsync();
        Assert.Equal(3, queue.GetArrayLength());
        var first = queue.EnumerateArray().Single(r => r.GetProperty("receiptNumber").GetString() == receipt);
        var firstId = first.GetProperty("id").GetGuid();
        var version = first.GetProperty("version").GetGuid();
        var admitted = await hr.PostAsJsonAsync($"/api/v1/applications/{firstId}/decision", new { admit = true, version });
        Assert.Equal(HttpStatusCode.OK, admitted.StatusCode);
        var second = await hr.PostAsJsonAsync($"/api/v1/applications/{firstId}/decision", new { admit = false, reason = "Басқа шешім", version });
        Assert.Equal(HttpStatusCode.Conflict, second.StatusCode);

        var lateRow = queue.EnumerateArray().Single(r => r.GetProperty("late").GetBoolean());
        var noReason = await hr.PostAsJsonAsync($"/api/v1/applications/{lateRow.GetProperty("id").GetGuid()}/decision",
            new { admit = false, version = lateRow.GetProperty("version").GetGuid() });
        Assert.Equal(HttpStatusCode.BadRequest, noReason.StatusCode);
        Assert.StartsWith("R10", (await noReason.ReadJsonAsync()).GetProperty("errors").GetProperty("reason")[0].GetString());
        var rejected = await hr.PostAsJsonAsync($"/api/v1/applications/{lateRow.GetProperty("id").GetGuid()}/decision",
            new { admit = false, reason = "R8: мерзімі өткен, R9.2 құжаты жоқ", version = lateRow.GetProperty("version").GetGuid() });
        Assert.Equal(HttpStatusCode.OK, rejected.StatusCode);

        // The applicant sees the outcome by receipt number alone.
        var status = await (await anonymous.GetAsync($"/api/v1/public/applications/{receipt}")).ReadJsonAsync();
        Assert.Equal("Admitted", status.GetProperty("status").GetString());
        Assert.Equal("R9: documents meet the requirements", status.GetProperty("reason").GetString());
    }

    [Fact]
    [Trait("Norm", "F")]
    [Trait("Norm", "R9.2")]
    public async Task BadApplication_IsRefusedWithEveryReason_AndStoresNothing()
    {
        var officer = await app.AuthorizedAsync(Demo.EnergyOfficer);
        var number = (await FormationApi.CreateAndPublishAsync(officer)).GetProperty("number").GetString()!;
        var before = await WithDbAsync(db => db.Applications.CountAsync());
        var client = app.CreateClient();
        client.DefaultRequestHeaders.AcceptLanguage.ParseAdd("ru");

        var response = await client.PostAsync($"/api/v1/public/announcements/{number}/applications",
            FormationApi.Application("Ив<script>", "not-an-email", consent: false,
                files: [("workExperience", "trudovaya.pdf", TestFiles.DisguisedExecutable()), ("workExperience", "js.pdf", TestFiles.PdfWithJavaScript()),
                    ("workExperience", "empty.pdf", [])]));
        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        var errors = (await response.ReadJsonAsync()).GetProperty("errors");
        foreach (var field in new[] { "surname", "email", "consent", "workExperience" })
        {
            Assert.True(errors.TryGetProperty(field, out _), $"no error for {field}: {errors}");
        }

        Assert.Contains("Фамилия", errors.GetProperty("surname")[0].GetString());
        Assert.Equal(3, errors.GetProperty("workExperience").GetArrayLength());
        Assert.Equal(before, await WithDbAsync(db => db.Applications.CountAsync()));
        Assert.Equal(0, await WithDbAsync(db => db.ApplicationDocuments.CountAsync(d => d.FileName == "trudovaya.pdf")));
    }

    [Fact]
    [Trait("Norm", "R6")]
    public async Task PublishedAnnouncement_ChangesOnlyWithAReason_AndTheCorrectionIsPublic()
    {
        var officer = await app.AuthorizedAsync(Demo.EnergyOfficer);
        var published = await FormationApi.CreateAndPublishAsync(officer);
        var id = published.GetProperty("id").GetGuid();
        var changed = new Dictionary<string, object?>
        {
            ["directionKk"] = "Электр энергетикасы",
            ["directionRu"] = "Электроэнергетика",
            ["directionEn"] = "Electric power industry",
            ["documentsKk"] = "1) өтініш; 2) еңбек кітапшасы",
            ["documentsRu"] = "1) заявление; 2) трудовая книжка",
            ["documentsEn"] = "1) application; 2) work book",
            ["postalAddress"] = "010000, Астана, Мәңгілік Ел 8",
            ["email"] = "kense@energo.gov.kz",
            ["version"] = published.GetProperty("version").GetGuid(),
        };

        var silent = await officer.PutAsJsonAsync($"/api/v1/announcements/{id}", changed);
        Assert.Equal(HttpStatusCode.BadRequest, silent.StatusCode);
        Assert.True((await silent.ReadJsonAsync()).GetProperty("errors").TryGetProperty("reason", out _));

        changed["reason"] = "Пошталық мекенжай өзгерді";
        var corrected = await officer.PutAsJsonAsync($"/api/v1/announcements/{id}", changed);
        Assert.Equal(HttpStatusCode.OK, corrected.StatusCode);

        var portal = await (await app.CreateClient().GetAsync("/api/v1/public/announcements")).ReadJsonAsync();
        var shown = portal.EnumerateArray().Single(a => a.GetProperty("id").GetGuid() == id);
        Assert.Equal(1, shown.GetProperty("revision").GetInt32());
        Assert.Equal("Пошталық мекенжай өзгерді", shown.GetProperty("revisions")[0].GetProperty("reason").GetString());
        Assert.Equal("010000, Астана, Мәңгілік Ел 8", shown.GetProperty("postalAddress").GetString());
    }

    [Fact]
    public async Task TwoOfficers_EditingTheSameDraft_TheSecondGetsAConflict_AndNothingIsOverwritten()
    {
        var officer = await app.AuthorizedAsync(Demo.EnergyOfficer);
        var council = await FormationApi.CouncilIdAsync(officer);
        var draft = await (await officer.PostAsJsonAsync($"/api/v1/councils/{council}/announcements", FormationApi.Draft())).ReadJsonAsync();
        var id = draft.GetProperty("id").GetGuid();
        var version = draft.GetProperty("version").GetGuid();

        var first = await officer.PutAsJsonAsync($"/api/v1/announcements/{id}", FormationApi.Draft("first@energo.gov.kz"));
        Assert.Equal(HttpStatusCode.BadRequest, first.StatusCode); // without the version it was made against, a change is refused
        Assert.True((await first.ReadJsonAsync()).GetProperty("errors").TryGetProperty("version", out _));
        var saved = await officer.PutAsJsonAsync($"/api/v1/announcements/{id}", WithVersion(FormationApi.Draft("first@energo.gov.kz"), version));
        Assert.Equal(HttpStatusCode.OK, saved.StatusCode);
        var stale = await officer.PutAsJsonAsync($"/api/v1/announcements/{id}", WithVersion(FormationApi.Draft("second@energo.gov.kz"), version));
        Assert.Equal(HttpStatusCode.Conflict, stale.StatusCode);
        var current = await (await officer.GetAsync($"/api/v1/announcements/{id}")).ReadJsonAsync();
        Assert.Equal("first@energo.gov.kz", current.GetProperty("email").GetString());
    }

    private static Dictionary<string, object?> WithVersion(object draft, Guid version)
    {
        var fields = System.Text.Json.JsonSerializer.SerializeToElement(draft).EnumerateObject()
            .ToDictionary(p => p.Name, p => (object?)p.Value.GetString());
        fields["version"] = version;
        return fields;
    }

    [Fact]
    public async Task AnotherStateBody_CannotSeeOrScreen_TheApplications()
    {
        var officer = await app.AuthorizedAsync(Demo.EnergyOfficer);
        var published = await FormationApi.CreateAndPublishAsync(officer);
        var id = published.GetProperty("id").GetGuid();
        var number = published.GetProperty("number").GetString()!;
        await app.CreateClient().PostAsync($"/api/v1/public/announcements/{number}/applications", FormationApi.Application("Нұрланов", "other@example.kz"));

        var health = await app.AuthorizedAsync(Demo.HealthOfficer);
        Assert.Equal(HttpStatusCode.NotFound, (await health.GetAsync($"/api/v1/announcements/{id}/applications")).StatusCode);
        var hrQueue = await (await (await app.AuthorizedAsync(Demo.EnergyHr)).GetAsync($"/api/v1/announcements/{id}/applications")).ReadJsonAsync();
        var applicationId = hrQueue[0].GetProperty("id").GetGuid();
        var decide = await health.PostAsJsonAsync($"/api/v1/applications/{applicationId}/decision", new { admit = true });
        Assert.Equal(HttpStatusCode.NotFound, decide.StatusCode);

        // An officer of the right body reads, but screening is the HR service's job.
        var officerDecides = await officer.PostAsJsonAsync($"/api/v1/applications/{applicationId}/decision", new { admit = true });
        Assert.Equal(HttpStatusCode.Forbidden, officerDecides.StatusCode);
    }

    [Fact]
    public async Task Pages_HrOfAnotherBody_GetsNotFound_AndTheQueueIsStaffOnly()
    {
        var portal = await (await app.CreateClient().GetAsync("/api/v1/public/announcements")).ReadJsonAsync();
        var agriculture = portal.EnumerateArray().First(a => a.GetProperty("number").GetString()!.StartsWith("MSH-", StringComparison.Ordinal));
        var id = agriculture.GetProperty("id").GetGuid();
        var applicationId = await WithDbAsync(db => db.Applications.Where(a => a.AnnouncementId == id).Select(a => a.Id).FirstAsync());

        var energyHr = await app.SignedInBrowserAsync(Demo.EnergyHr);
        Assert.Equal(HttpStatusCode.NotFound, (await energyHr.GetAsync($"/hr/announcements/{id}")).StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, (await energyHr.GetAsync($"/hr/applications/{applicationId}")).StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, (await energyHr.GetAsync($"/hr/applications/{applicationId}/form?lang=kk")).StatusCode);

        var member = await app.SignedInBrowserAsync(Demo.Member);
        var denied = await member.GetAsync($"/hr/announcements/{id}");
        Assert.Equal(HttpStatusCode.Redirect, denied.StatusCode);
        Assert.StartsWith("/Account/AccessDenied", denied.Headers.Location!.PathAndQuery);

        var anonymous = await app.CreateBrowserLikeClient().GetAsync($"/hr/applications/{applicationId}");
        Assert.StartsWith("/Account/Login", anonymous.Headers.Location!.PathAndQuery);
    }

    [Fact]
    public async Task Pages_TheQueue_ListsTheAnnouncementsApplications_InTheOrderReceived_WithKazakhLabels()
    {
        // The demo's agriculture announcement has applications; an administrator sees every state body's queue.
        var id = await WithDbAsync(db => db.Announcements
            .Where(a => a.Status == AnnouncementStatus.Published && db.Applications.Any(x => x.AnnouncementId == a.Id))
            .Select(a => a.Id).FirstAsync());
        var expected = await WithDbAsync(db => db.Applications.Where(a => a.AnnouncementId == id).OrderBy(a => a.ReceivedAt)
            .Select(a => new { a.ReceiptNumber, a.Surname, a.Status }).ToListAsync());
        var others = await WithDbAsync(db => db.Applications.Where(a => a.AnnouncementId != id).Select(a => a.ReceiptNumber).ToListAsync());

        var admin = await app.SignedInBrowserAsync(Demo.Admin);
        var page = await admin.GetStringAsync($"/hr/announcements/{id}?culture=kk");

        var positions = expected.Select(a => page.IndexOf($">{a.ReceiptNumber}</a>", StringComparison.Ordinal)).ToList();
        Assert.All(positions, p => Assert.True(p > 0));
        Assert.Equal(positions.Order(), positions);
        Assert.All(expected, a => Assert.Contains(a.Surname, page));
        Assert.All(others, receipt => Assert.DoesNotContain($">{receipt}</a>", page));
        // R10 labels in the reader's language, e.g. "Қаралуда" for an application awaiting screening.
        Assert.All(expected.Select(a => a.Status).Distinct(), status =>
            Assert.Contains($"<td>{KazakhStatus[status]}</td>", page));
    }

    private static readonly Dictionary<ApplicationStatus, string> KazakhStatus = new()
    {
        [ApplicationStatus.Submitted] = "Қаралуда",
        [ApplicationStatus.Admitted] = "Кандидаттар тізіміне енгізілді",
        [ApplicationStatus.Rejected] = "Қабылданбады",
        [ApplicationStatus.Withdrawn] = "Кері қайтарылды",
    };

    private async Task<T> WithDbAsync<T>(Func<KenesDbContext, Task<T>> query)
    {
        using var scope = app.Services.CreateScope();
        return await query(scope.ServiceProvider.GetRequiredService<KenesDbContext>());
    }
}

public sealed class FormationScenarioTestsOnSqlite(SqliteApp app) : FormationScenarioTests(app), IClassFixture<SqliteApp>;

public sealed class FormationScenarioTestsOnPostgres(PostgresApp app) : FormationScenarioTests(app), IClassFixture<PostgresApp>;
