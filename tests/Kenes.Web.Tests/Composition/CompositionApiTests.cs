using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using Kenes.Web.Tests.Support;
using NodaTime;
using NodaTime.Text;
using static Kenes.Web.Tests.Composition.CompositionSetup;

namespace Kenes.Web.Tests.Composition;

/// <summary>Building, checking and approving a composition through the API (R4, R5, R11, M6, M7, M12).</summary>
public abstract class CompositionApiTests(KenesAppFactory app)
{
    private static string Iso(LocalDate date) => LocalDatePattern.Iso.Format(date);

    [Fact]
    [Trait("Norm", "R5")]
    public async Task EmptyComposition_ListsEveryMissingCategory_WithItsNorm()
    {
        var council = await NewEnergyCouncilAsync(app);
        var officer = await app.AuthorizedAsync(Demo.EnergyOfficer);
        var violations = (await officer.CompositionAsync(council)).Violations();

        foreach (var norm in new[] { "R5.1", "R5.2", "R5.3", "R5.4" })
        {
            Assert.Contains(violations, v => v.Norm == norm && v.Code == "composition.category_missing" && v.Message.StartsWith(norm + ":", StringComparison.Ordinal));
        }

        Assert.Contains(violations, v => v.Norm == "R5.5" && v.Code == "composition.category_unjustified");
        Assert.Contains(violations, v => v.Norm == "R5.6" && v.Code == "composition.category_unjustified");
        Assert.Contains(violations, v => v.Norm == "M7" && v.Code == "composition.deputy_chair_missing");
        Assert.Contains(violations, v => v.Norm == "M12" && v.Code == "composition.secretary_missing");
    }

    [Fact]
    [Trait("Norm", "R5.7")]
    [Trait("Norm", "M6")]
    [Trait("Norm", "M12")]
    public async Task BrokenDraft_NamesEducationLimit_Seats_AndSecretaryAsMember()
    {
        var council = await NewEnergyCouncilAsync(app, seats: 5);
        var officer = await app.AuthorizedAsync(Demo.EnergyOfficer);
        foreach (var name in new[] { "Мектеп Бір", "Мектеп Екі", "Мектеп Үш" })
        {
            await officer.AddMemberAsync(council, new { fullName = name, organization = "Колледж", category = 7 });
        }

        await officer.AddMemberAsync(council, new { fullName = "Ахметов Бақытжан", organization = "Министрлік", category = 1, deputyChair = true });
        await officer.AddMemberAsync(council, new { fullName = "Жұмағалиева Айгерім", organization = "ҰКП", category = 2 });
        // The secretary, added as a member through their e-mail: M12 says they never are one.
        await officer.AddMemberAsync(council, new { fullName = "Жұмабаев Дәурен", organization = "Министрлік", category = 1, email = Demo.EnergySecretary });
        var secretary = await officer.SecretaryUserIdAsync(council);
        (await officer.PutAsJsonAsync($"/api/v1/councils/{council}/composition/secretary", new { userId = secretary })).EnsureSuccessStatusCode();

        var composition = await officer.CompositionAsync(council);
        var violations = composition.Violations();
        var education = Assert.Single(violations, v => v.Norm == "R5.7");
        Assert.Equal("composition.education_over_limit", education.Code);
        Assert.Equal("R5.7: білім беру ұйымдарының өкілдері екеуден аспауы керек (3).", education.Message);
        Assert.Contains(violations, v => v.Norm == "M6" && v.Code == "composition.over_seats" && v.Message.Contains("(6)", StringComparison.Ordinal));
        var secretaryMember = composition.MemberId("Жұмабаев Дәурен");
        Assert.Contains(composition.GetProperty("violations").EnumerateArray(), v =>
            v.GetProperty("code").GetString() == "composition.secretary_is_member" && v.GetProperty("memberId").GetGuid() == secretaryMember);

        // The same violations in Russian for a Russian-speaking client.
        var request = new HttpRequestMessage(HttpMethod.Get, $"/api/v1/councils/{council}/composition");
        request.Headers.AcceptLanguage.ParseAdd("ru");
        var ru = await (await officer.SendAsync(request)).ReadJsonAsync();
        Assert.Contains(ru.Violations(), v => v.Message == "R5.7: представителей организаций образования не более двух (3).");
    }

    [Fact]
    [Trait("Norm", "R11")]
    [Trait("Norm", "R4")]
    public async Task ViolationsRefuseApproval_ThenFixedCompositionIsApproved_ForThreeYears_AndPublished()
    {
        var council = await NewEnergyCouncilAsync(app);
        var officer = await app.AuthorizedAsync(Demo.EnergyOfficer);
        await officer.AddMemberAsync(council, new { fullName = "Ахметов Бақытжан", organization = "Министрлік", category = 1 });
        var today = Today(app);

        var refused = await officer.PostAsJsonAsync($"/api/v1/councils/{council}/composition/approve", new { number = "15-ө", date = Iso(today) });
        Assert.Equal(HttpStatusCode.UnprocessableEntity, refused.StatusCode);
        Assert.Equal("application/problem+json", refused.Content.Headers.ContentType?.MediaType);
        var problem = await refused.ReadJsonAsync();
        var norms = problem.GetProperty("violations").EnumerateArray().Select(v => v.GetProperty("norm").GetString()).ToList();
        Assert.Contains("R5.2", norms);
        Assert.Contains("M7", norms);
        Assert.Empty((await officer.CompositionAsync(council)).GetProperty("orders").EnumerateArray());

        // Fix: remove the lone draft member and build a complete composition.
        var draft = (await officer.CompositionAsync(council)).MemberId("Ахметов Бақытжан");
        (await officer.DeleteAsync($"/api/v1/councils/{council}/composition/members/{draft}")).EnsureSuccessStatusCode();
        await BuildValidCompositionAsync(app, officer, council);
        Assert.Empty((await officer.CompositionAsync(council)).Violations());

        var orderDate = today.PlusDays(-2);
        var approved = await officer.PostAsJsonAsync($"/api/v1/councils/{council}/composition/approve", new { number = "15-ө", date = Iso(orderDate) });
        Assert.Equal(HttpStatusCode.OK, approved.StatusCode);
        var composition = await approved.ReadJsonAsync();
        Assert.Equal(Iso(orderDate), composition.GetProperty("term").GetProperty("starts").GetString());
        Assert.Equal(Iso(orderDate.PlusYears(3).PlusDays(-1)), composition.GetProperty("term").GetProperty("ends").GetString());
        Assert.Equal("InOffice", composition.GetProperty("phase").GetString());
        var order = Assert.Single(composition.GetProperty("orders").EnumerateArray());
        Assert.Equal("Initial", order.GetProperty("kind").GetString());
        Assert.All(composition.GetProperty("members").EnumerateArray(), m => Assert.Equal("inOffice", m.GetProperty("state").GetString()));

        // R11: published, without e-mails.
        var anonymous = app.CreateClient();
        var publicResponse = await anonymous.GetAsync("/api/v1/public/councils");
        var raw = await publicResponse.Content.ReadAsStringAsync();
        Assert.DoesNotContain("@example.kz", raw, StringComparison.Ordinal);
        var published = (await publicResponse.ReadJsonAsync()).EnumerateArray().Single(c => c.GetProperty("id").GetGuid() == council);
        Assert.Equal("15-ө", published.GetProperty("order").GetProperty("number").GetString());
        Assert.Equal(Iso(orderDate), published.GetProperty("order").GetProperty("date").GetString());
        Assert.Equal(Iso(orderDate.PlusYears(3).PlusDays(-1)), published.GetProperty("term").GetProperty("ends").GetString());
        Assert.Equal("InOffice", published.GetProperty("phase").GetString());
        Assert.Equal(9, published.GetProperty("seats").GetInt32());
        Assert.True(published.TryGetProperty("status", out _));
        Assert.Equal("Ministry of Energy of the Republic of Kazakhstan", published.GetProperty("stateBody").GetProperty("en").GetString());
        var members = published.GetProperty("members").EnumerateArray().ToList();
        Assert.Equal(7, members.Count);
        var deputy = Assert.Single(members, m => m.GetProperty("deputyChair").GetBoolean());
        Assert.Equal("Ахметов Бақытжан", deputy.GetProperty("fullName").GetString());
        Assert.Equal(1, deputy.GetProperty("category").GetInt32());
        Assert.Equal("R5.1", deputy.GetProperty("categoryNorm").GetString());
        var expert = Assert.Single(members, m => m.GetProperty("categoryNorm").GetString() == "R4");
        Assert.Equal("Әлиев Нұржан", expert.GetProperty("fullName").GetString());
        Assert.All(members, m => Assert.False(m.TryGetProperty("email", out _)));

        // Unapproved councils stay listed with no order.
        var others = (await (await anonymous.GetAsync("/api/v1/public/councils")).ReadJsonAsync()).EnumerateArray()
            .Where(c => c.GetProperty("id").GetGuid() != council && c.GetProperty("order").ValueKind == JsonValueKind.Null);
        Assert.NotEmpty(others);
    }

    [Fact]
    [Trait("Norm", "R11")]
    public async Task ApproveWithBadOrderFields_Gives400NamingEachField_AndChangesNothing()
    {
        var council = await NewEnergyCouncilAsync(app);
        var officer = await app.AuthorizedAsync(Demo.EnergyOfficer);
        await BuildValidCompositionAsync(app, officer, council);
        var before = (await officer.CompositionAsync(council)).GetProperty("version").GetGuid();

        var response = await officer.PostAsJsonAsync($"/api/v1/councils/{council}/composition/approve",
            new { number = new string('7', 51), date = Iso(Today(app).PlusDays(1)) });
        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        var errors = (await response.ReadJsonAsync()).GetProperty("errors");
        Assert.Contains("50", errors.GetProperty("number")[0].GetString(), StringComparison.Ordinal);
        Assert.Contains("Бұйрық күні", errors.GetProperty("date")[0].GetString(), StringComparison.Ordinal);

        var missing = await officer.PostAsJsonAsync($"/api/v1/councils/{council}/composition/approve", new { number = " ", date = "24.11.2026" });
        var missingErrors = (await missing.ReadJsonAsync()).GetProperty("errors");
        Assert.Equal("«Бұйрық нөмірі» өрісін толтырыңыз.", missingErrors.GetProperty("number")[0].GetString());
        Assert.True(missingErrors.TryGetProperty("date", out _));

        var after = await officer.CompositionAsync(council);
        Assert.Equal(before, after.GetProperty("version").GetGuid());
        Assert.Empty(after.GetProperty("orders").EnumerateArray());
    }

    [Fact]
    public async Task MemberFields_AreValidated_WithLocalizedMessages_AndNothingIsSaved()
    {
        var council = await NewEnergyCouncilAsync(app);
        var officer = await app.AuthorizedAsync(Demo.EnergyOfficer);
        var response = await officer.PostAsJsonAsync($"/api/v1/councils/{council}/composition/members",
            new { fullName = "Ахметов\u200B Бақытжан", organization = new string('а', 301), category = 12, email = "not-an-email" });
        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        var errors = (await response.ReadJsonAsync()).GetProperty("errors");
        Assert.Contains("Тегі, аты, әкесінің аты", errors.GetProperty("fullName")[0].GetString(), StringComparison.Ordinal);
        Assert.Contains("300", errors.GetProperty("organization")[0].GetString(), StringComparison.Ordinal);
        Assert.True(errors.TryGetProperty("category", out _));
        Assert.True(errors.TryGetProperty("email", out _));
        Assert.Empty((await officer.CompositionAsync(council)).GetProperty("members").EnumerateArray());

        var stale = await officer.PostAsJsonAsync($"/api/v1/councils/{council}/composition/members",
            new { fullName = "Ахметов Бақытжан", organization = "Министрлік", category = 1, version = Guid.NewGuid() });
        Assert.Equal(HttpStatusCode.Conflict, stale.StatusCode);
        Assert.Empty((await officer.CompositionAsync(council)).GetProperty("members").EnumerateArray());
    }

    [Fact]
    public async Task AnotherStateBodysOfficer_GetsNotFound_AndHrOfficer_CanReadButNotChange()
    {
        var council = await NewEnergyCouncilAsync(app);
        var health = await app.AuthorizedAsync(Demo.HealthOfficer);
        Assert.Equal(HttpStatusCode.NotFound, (await health.GetAsync($"/api/v1/councils/{council}/composition")).StatusCode);
        var foreignAdd = await health.PostAsJsonAsync($"/api/v1/councils/{council}/composition/members",
            new { fullName = "Бөгде Адам", organization = "Денсаулық", category = 1 });
        Assert.Equal(HttpStatusCode.NotFound, foreignAdd.StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, (await health.PostAsJsonAsync($"/api/v1/councils/{council}/composition/approve",
            new { number = "1", date = Iso(Today(app)) })).StatusCode);

        var hr = await app.AuthorizedAsync(Demo.EnergyHr);
        Assert.Equal(HttpStatusCode.OK, (await hr.GetAsync($"/api/v1/councils/{council}/composition")).StatusCode);
        var hrAdd = await hr.PostAsJsonAsync($"/api/v1/councils/{council}/composition/members",
            new { fullName = "Кадр Адам", organization = "Министрлік", category = 1 });
        Assert.Equal(HttpStatusCode.Forbidden, hrAdd.StatusCode);
        Assert.Equal(HttpStatusCode.Forbidden, (await hr.PostAsJsonAsync($"/api/v1/councils/{council}/composition/approve",
            new { number = "1", date = Iso(Today(app)) })).StatusCode);

        var anonymous = app.CreateClient();
        Assert.Equal(HttpStatusCode.Unauthorized, (await anonymous.GetAsync($"/api/v1/councils/{council}/composition")).StatusCode);
    }

    [Fact]
    [Trait("Norm", "R11")]
    public async Task ChangeOrder_RemovesAndAddsMembers_KeepsTheTerm_AndTheHistory()
    {
        var council = await NewEnergyCouncilAsync(app);
        var officer = await app.AuthorizedAsync(Demo.EnergyOfficer);
        await BuildValidCompositionAsync(app, officer, council);
        var first = Today(app).PlusDays(-30);
        (await officer.PostAsJsonAsync($"/api/v1/councils/{council}/composition/approve", new { number = "10", date = Iso(first) })).EnsureSuccessStatusCode();

        var leaving = (await officer.CompositionAsync(council)).MemberId("Байжанова Сәуле");
        var removal = await officer.DeleteAsync($"/api/v1/councils/{council}/composition/members/{leaving}");
        Assert.Equal("pendingRemoval", (await removal.ReadJsonAsync()).GetProperty("members").EnumerateArray()
            .Single(m => m.GetProperty("id").GetGuid() == leaving).GetProperty("state").GetString());
        await officer.AddMemberAsync(council, new { fullName = "Нұрланова Әсем", organization = "Қарағанды политехникалық колледжі", category = 7 });

        // The public composition does not change before the order.
        var publicBefore = (await (await app.CreateClient().GetAsync("/api/v1/public/councils")).ReadJsonAsync()).EnumerateArray()
            .Single(c => c.GetProperty("id").GetGuid() == council).GetProperty("members").EnumerateArray().Select(m => m.GetProperty("fullName").GetString()).ToList();
        Assert.Contains("Байжанова Сәуле", publicBefore);
        Assert.DoesNotContain("Нұрланова Әсем", publicBefore);

        var changed = await officer.PostAsJsonAsync($"/api/v1/councils/{council}/composition/approve", new { number = "11", date = Iso(Today(app)) });
        Assert.Equal(HttpStatusCode.OK, changed.StatusCode);
        var composition = await changed.ReadJsonAsync();
        var orders = composition.GetProperty("orders").EnumerateArray().ToList();
        Assert.Equal(["Initial", "Change"], orders.Select(o => o.GetProperty("kind").GetString()));
        Assert.Equal(Iso(first), composition.GetProperty("term").GetProperty("starts").GetString());
        Assert.Equal(Iso(first), orders[1].GetProperty("termStarts").GetString());

        var members = composition.GetProperty("members").EnumerateArray().ToList();
        var removed = members.Single(m => m.GetProperty("id").GetGuid() == leaving);
        Assert.Equal("removed", removed.GetProperty("state").GetString());
        Assert.Equal("10", removed.GetProperty("approvedBy").GetProperty("number").GetString());
        Assert.Equal("11", removed.GetProperty("removedBy").GetProperty("number").GetString());
        var added = members.Single(m => m.GetProperty("fullName").GetString() == "Нұрланова Әсем");
        Assert.Equal("11", added.GetProperty("approvedBy").GetProperty("number").GetString());

        var publicAfter = (await (await app.CreateClient().GetAsync("/api/v1/public/councils")).ReadJsonAsync()).EnumerateArray()
            .Single(c => c.GetProperty("id").GetGuid() == council);
        Assert.Equal("11", publicAfter.GetProperty("order").GetProperty("number").GetString());
        var names = publicAfter.GetProperty("members").EnumerateArray().Select(m => m.GetProperty("fullName").GetString()).ToList();
        Assert.DoesNotContain("Байжанова Сәуле", names);
        Assert.Contains("Нұрланова Әсем", names);

        // A change order needs something to change.
        var nothing = await officer.PostAsJsonAsync($"/api/v1/councils/{council}/composition/approve", new { number = "12", date = Iso(Today(app)) });
        Assert.Equal(HttpStatusCode.BadRequest, nothing.StatusCode);
    }

    [Fact]
    [Trait("Norm", "R4")]
    public async Task TermEnding_AllowsRenewal_WhichReplacesTheCompositionAndStartsANewTerm()
    {
        var council = await NewEnergyCouncilAsync(app);
        var officer = await app.AuthorizedAsync(Demo.EnergyOfficer);
        await BuildValidCompositionAsync(app, officer, council);
        var today = Today(app);
        // Approved almost three years ago: 30 days of the term are left, inside the 90-day warning.
        var old = today.PlusYears(-3).PlusDays(30);
        (await officer.PostAsJsonAsync($"/api/v1/councils/{council}/composition/approve", new { number = "3", date = Iso(old) })).EnsureSuccessStatusCode();
        var composition = await officer.CompositionAsync(council);
        Assert.Equal("TermEnding", composition.GetProperty("phase").GetString());
        Assert.Equal("Change", composition.GetProperty("nextOrderKind").GetString());

        (await officer.PostAsJsonAsync($"/api/v1/councils/{council}/composition/renewal", new { })).EnsureSuccessStatusCode();
        composition = await officer.CompositionAsync(council);
        Assert.True(composition.GetProperty("renewal").GetBoolean());
        Assert.Equal("Renewal", composition.GetProperty("nextOrderKind").GetString());
        // The renewal's composition starts empty: every R5.1–R5.4 category is missing again.
        Assert.Contains(composition.Violations(), v => v.Norm == "R5.1");

        var previous = composition.GetProperty("members").EnumerateArray().Select(m => m.GetProperty("id").GetGuid()).ToList();
        await BuildValidCompositionAsync(app, officer, council);
        var renewed = await officer.PostAsJsonAsync($"/api/v1/councils/{council}/composition/approve", new { number = "44", date = Iso(today) });
        Assert.True(renewed.StatusCode == HttpStatusCode.OK, await renewed.Content.ReadAsStringAsync());
        composition = await renewed.ReadJsonAsync();
        Assert.Equal("Renewal", composition.GetProperty("orders")[1].GetProperty("kind").GetString());
        Assert.Equal(Iso(today), composition.GetProperty("term").GetProperty("starts").GetString());
        Assert.Equal("InOffice", composition.GetProperty("phase").GetString());
        Assert.Equal("Renewed", composition.GetProperty("status").GetString());
        var members = composition.GetProperty("members").EnumerateArray().ToList();
        Assert.All(members.Where(m => previous.Contains(m.GetProperty("id").GetGuid())),
            m => Assert.Equal("44", m.GetProperty("removedBy").GetProperty("number").GetString()));
        Assert.Equal(7, members.Count(m => m.GetProperty("state").GetString() == "inOffice"));
    }

    [Fact]
    public async Task RenewalBeforeTheWarning_IsRefused()
    {
        var council = await NewEnergyCouncilAsync(app);
        var officer = await app.AuthorizedAsync(Demo.EnergyOfficer);
        var response = await officer.PostAsJsonAsync($"/api/v1/councils/{council}/composition/renewal", new { });
        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.StartsWith("R4:", (await response.ReadJsonAsync()).GetProperty("errors").GetProperty("renew")[0].GetString(), StringComparison.Ordinal);
    }
}

public sealed class CompositionApiTestsOnSqlite(SqliteApp app) : CompositionApiTests(app), IClassFixture<SqliteApp>;

public sealed class CompositionApiTestsOnPostgres(PostgresApp app) : CompositionApiTests(app), IClassFixture<PostgresApp>;
