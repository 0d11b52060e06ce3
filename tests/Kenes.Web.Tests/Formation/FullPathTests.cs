using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using Kenes.Web.Tests.Support;

namespace Kenes.Web.Tests.Formation;

/// <summary>
/// Issue #4's whole path through the API, on SQLite and PostgreSQL: create a council, announce,
/// apply online and on paper, one late, screen, compose with violations that are then fixed,
/// approve by order, and find the composition published on the portal.
/// </summary>
public abstract class FullPathTests(KenesAppFactory app)
{
    [Fact]
    [Trait("Norm", "R3")]
    [Trait("Norm", "R11")]
    public async Task CreateAnnounceApplyScreenComposeApprovePublish()
    {
        var officer = await app.AuthorizedAsync(Demo.EnergyOfficer);
        var hr = await app.AuthorizedAsync(Demo.EnergyHr);
        var anonymous = app.CreateClient();

        // R3, R4, M6: the council.
        var created = await officer.PostAsJsonAsync("/api/v1/councils", new
        {
            directionKk = "Атом энергетикасы",
            directionRu = "Атомная энергетика",
            directionEn = "Nuclear power",
            seats = 7,
        });
        Assert.Equal(HttpStatusCode.Created, created.StatusCode);
        var councilId = (await created.ReadJsonAsync()).GetProperty("id").GetGuid();

        // R6–R8: announce and publish.
        var draft = await (await officer.PostAsJsonAsync($"/api/v1/councils/{councilId}/announcements", FormationApi.Draft())).ReadJsonAsync();
        var published = await (await officer.PostAsJsonAsync($"/api/v1/announcements/{draft.GetProperty("id").GetGuid()}/publish",
            new { version = draft.GetProperty("version").GetGuid() })).ReadJsonAsync();
        var announcementId = published.GetProperty("id").GetGuid();
        var number = published.GetProperty("number").GetString();

        // R8, R9, F: online, on paper, and one late.
        foreach (var (surname, email) in new[] { ("Әлиев", "aliev@example.kz"), ("Ғабдуллина", "gabdullina@example.kz") })
        {
            var online = await anonymous.PostAsync($"/api/v1/public/announcements/{number}/applications", FormationApi.Application(surname, email));
            Assert.Equal(HttpStatusCode.Created, online.StatusCode);
        }

        var paper = await hr.PostAsync($"/api/v1/announcements/{announcementId}/applications", FormationApi.Application("Үмбетов", "umbetov@example.kz",
            files: [("application", "otinish.pdf", TestFiles.Pdf()), ("workExperience", "kitapsha.pdf", TestFiles.Pdf())],
            channel: "Email", receivedOn: "2026-11-24"));
        Assert.Equal(HttpStatusCode.Created, paper.StatusCode);
        app.Clock.AdvanceDays(8);
        var late = await anonymous.PostAsync($"/api/v1/public/announcements/{number}/applications", FormationApi.Application("Кешікбаев", "kesh@example.kz"));
        Assert.True((await late.ReadJsonAsync()).GetProperty("late").GetBoolean());

        // R10: admit three, reject the late one.
        var queue = await (await hr.GetAsync($"/api/v1/announcements/{announcementId}/applications")).ReadJsonAsync();
        foreach (var row in queue.EnumerateArray())
        {
            var isLate = row.GetProperty("late").GetBoolean();
            var decided = await hr.PostAsJsonAsync($"/api/v1/applications/{row.GetProperty("id").GetGuid()}/decision",
                new { admit = !isLate, reason = isLate ? "R8: мерзімі өткеннен кейін берілген" : null, version = row.GetProperty("version").GetGuid() });
            Assert.Equal(HttpStatusCode.OK, decided.StatusCode);
        }

        var admitted = queue.EnumerateArray().Where(r => !r.GetProperty("late").GetBoolean()).Select(r => r.GetProperty("id").GetGuid()).ToList();
        Assert.Equal(3, admitted.Count);

        // R5: candidates as employers (R5.4), education (R5.7) and an association (R5.6): violations name the missing ones.
        var composition = $"/api/v1/councils/{councilId}/composition";
        await AddAsync(officer, composition, new { applicationId = admitted[0], category = 4 });
        await AddAsync(officer, composition, new { applicationId = admitted[1], category = 7 });
        await AddAsync(officer, composition, new { applicationId = admitted[2], category = 6 });
        var view = await (await officer.GetAsync(composition)).ReadJsonAsync();
        var norms = view.GetProperty("violations").EnumerateArray().Select(v => v.GetProperty("norm").GetString()).ToList();
        Assert.Contains("R5.1", norms);
        Assert.Contains("R5.2", norms);
        Assert.Contains("R5.3", norms);
        Assert.Contains("R5.5", norms);
        Assert.Contains("M7", norms);
        Assert.Contains("M12", norms);
        var refused = await officer.PostAsJsonAsync($"{composition}/approve", new { number = "112-ө", date = "2026-12-02" });
        Assert.Equal(HttpStatusCode.UnprocessableEntity, refused.StatusCode);

        // Fix: directly appointed representatives, the deputy chair, the secretary, the R5.5 justification.
        await AddAsync(officer, composition, new { fullName = "Серікбаев Дәурен Асқарұлы", organization = "ҚР Энергетика министрлігі", position = "Вице-министр", category = 1, deputyChair = true });
        await AddAsync(officer, composition, new { fullName = "Ахметова Гүлнара", organization = "«Атамекен» ҰКП", position = "Директор", category = 2 });
        await AddAsync(officer, composition, new { fullName = "Ким Олег Сергеевич", organization = "Кәсіби біліктіліктер жөніндегі ұлттық орган", position = "Сарапшы", category = 3 });
        view = await (await officer.GetAsync(composition)).ReadJsonAsync();
        var secretary = view.GetProperty("secretaryCandidates")[0].GetProperty("userId").GetGuid();
        Assert.Equal(HttpStatusCode.OK, (await officer.PutAsJsonAsync($"{composition}/secretary", new { userId = secretary })).StatusCode);
        Assert.Equal(HttpStatusCode.OK, (await officer.PutAsJsonAsync($"{composition}/justifications",
            new { tradeUnions = "Салалық кәсіподақ жоқ (R5.5: «болған жағдайда»)" })).StatusCode);
        view = await (await officer.GetAsync(composition)).ReadJsonAsync();
        Assert.Equal(0, view.GetProperty("violations").GetArrayLength());

        // R11, R4: approval by order starts the three-year term and publishes the composition.
        var approved = await officer.PostAsJsonAsync($"{composition}/approve", new { number = "112-ө", date = "2026-12-02" });
        Assert.True(approved.IsSuccessStatusCode, await approved.Content.ReadAsStringAsync());
        var councils = await (await anonymous.GetAsync("/api/v1/public/councils")).ReadJsonAsync();
        var council = councils.EnumerateArray().Single(c => c.GetProperty("id").GetGuid() == councilId);
        Assert.Equal("112-ө", council.GetProperty("order").GetProperty("number").GetString());
        Assert.Equal("2029-12-01", council.GetProperty("term").GetProperty("ends").GetString());
        Assert.Equal(6, council.GetProperty("members").GetArrayLength());
        Assert.DoesNotContain("@", council.GetProperty("members").GetRawText());
    }

    private static async Task AddAsync(HttpClient officer, string composition, object member)
    {
        var response = await officer.PostAsJsonAsync($"{composition}/members", member);
        Assert.True(response.IsSuccessStatusCode, await response.Content.ReadAsStringAsync());
    }
}

public sealed class FullPathTestsOnSqlite(SqliteApp app) : FullPathTests(app), IClassFixture<SqliteApp>;

public sealed class FullPathTestsOnPostgres(PostgresApp app) : FullPathTests(app), IClassFixture<PostgresApp>;
