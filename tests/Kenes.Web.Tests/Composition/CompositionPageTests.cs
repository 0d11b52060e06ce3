using System.Net;
using System.Net.Http.Json;
using System.Text.RegularExpressions;
using Kenes.Web.Tests.Support;
using NodaTime.Text;
using static Kenes.Web.Tests.Composition.CompositionSetup;

namespace Kenes.Web.Tests.Composition;

/// <summary>The officer's composition page, its documents, and the public portal pages (R11).</summary>
public abstract partial class CompositionPageTests(KenesAppFactory app)
{
    private static string Page(Guid council) => $"/councils/{council}/composition";

    private static async Task<HttpResponseMessage> PostFormAsync(HttpClient browser, Guid council, string handler, Dictionary<string, string> fields)
    {
        var html = await browser.GetStringAsync(Page(council));
        fields["__RequestVerificationToken"] = TokenPattern().Match(html).Groups[1].Value;
        fields.TryAdd("Version", VersionPattern().Match(html).Groups[1].Value);
        return await browser.PostAsync($"{Page(council)}?handler={handler}", new FormUrlEncodedContent(fields));
    }

    [Fact]
    [Trait("Norm", "R5")]
    public async Task Page_ListsViolationsWithNorms_InKazakh_AndHighlightsTheMember()
    {
        var council = await NewEnergyCouncilAsync(app);
        var officer = await app.AuthorizedAsync(Demo.EnergyOfficer);
        await officer.AddMemberAsync(council, new { fullName = "Ахметов Бақытжан", organization = "Министрлік", category = 4, deputyChair = true });
        var browser = await app.SignedInBrowserAsync(Demo.EnergyOfficer);

        var html = await browser.GetStringAsync(Page(council));
        Assert.Contains("data-norm=\"R5.1\"", html, StringComparison.Ordinal);
        Assert.Contains("R5.1: мемлекеттік органның кемінде бір өкілі болуы керек.", html, StringComparison.Ordinal);
        Assert.Contains("R5.5: салалық кәсіптік одақтардың өкілі жоқ", html, StringComparison.Ordinal);
        var deputy = (await officer.CompositionAsync(council)).MemberId("Ахметов Бақытжан");
        // M7: a deputy chair outside the state body's category is flagged on the member's row.
        Assert.Contains($"href=\"#member-{deputy}\"", html, StringComparison.Ordinal);
        Assert.Matches($"id=\"member-{deputy}\" class=\"[^\"]*flagged", html);
        Assert.Contains("role=\"alert\"", html, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Page_AddDirect_WithMissingFields_ShowsMessagesNamingTheField_KeepsInput_AndSavesNothing()
    {
        var council = await NewEnergyCouncilAsync(app);
        var browser = await app.SignedInBrowserAsync(Demo.EnergyOfficer);
        var response = await PostFormAsync(browser, council, "AddDirect", new()
        {
            ["Direct.FullName"] = "",
            ["Direct.Organization"] = "Энергетика министрлігі",
            ["Direct.Category"] = "",
            ["Direct.Email"] = "бұрыс",
        });
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var html = await response.Content.ReadAsStringAsync();
        Assert.Contains("«Тегі, аты, әкесінің аты» өрісін толтырыңыз.", html, StringComparison.Ordinal);
        Assert.Contains("«Санат (R5)» өрісін толтырыңыз.", html, StringComparison.Ordinal);
        Assert.Contains("«Электрондық пошта» өрісінде дұрыс электрондық пошта", html, StringComparison.Ordinal);
        Assert.Contains("value=\"Энергетика министрлігі\"", html, StringComparison.Ordinal);
        var officer = await app.AuthorizedAsync(Demo.EnergyOfficer);
        Assert.Empty((await officer.CompositionAsync(council)).GetProperty("members").EnumerateArray());
    }

    [Fact]
    public async Task Page_StaleForm_IsRefusedWithAClearMessage()
    {
        var council = await NewEnergyCouncilAsync(app);
        var browser = await app.SignedInBrowserAsync(Demo.EnergyOfficer);
        var html = await browser.GetStringAsync(Page(council));
        var version = VersionPattern().Match(html).Groups[1].Value;

        var first = await PostFormAsync(browser, council, "AddDirect", new()
        {
            ["Version"] = version,
            ["Direct.FullName"] = "Ахметов Бақытжан",
            ["Direct.Organization"] = "Министрлік",
            ["Direct.Category"] = "1",
        });
        Assert.Equal(HttpStatusCode.Redirect, first.StatusCode);

        var stale = await PostFormAsync(browser, council, "AddDirect", new()
        {
            ["Version"] = version,
            ["Direct.FullName"] = "Жұмағалиева Айгерім",
            ["Direct.Organization"] = "ҰКП",
            ["Direct.Category"] = "2",
        });
        Assert.Equal(HttpStatusCode.OK, stale.StatusCode);
        Assert.Contains("Құрамды басқа қызметкер жаңа ғана өзгертті", await stale.Content.ReadAsStringAsync(), StringComparison.Ordinal);
        var officer = await app.AuthorizedAsync(Demo.EnergyOfficer);
        Assert.Single((await officer.CompositionAsync(council)).GetProperty("members").EnumerateArray());
    }

    [Fact]
    public async Task Page_IsNotFoundForAnotherStateBody_ReadOnlyForHr_AndNeedsAntiforgery()
    {
        var council = await NewEnergyCouncilAsync(app);
        var health = await app.SignedInBrowserAsync(Demo.HealthOfficer);
        Assert.Equal(HttpStatusCode.NotFound, (await health.GetAsync(Page(council))).StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, (await health.GetAsync($"{Page(council)}/draft-order.docx?lang=kk")).StatusCode);

        var hr = await app.SignedInBrowserAsync(Demo.EnergyHr);
        var html = await hr.GetStringAsync(Page(council));
        Assert.DoesNotContain("handler=AddDirect", html, StringComparison.Ordinal);
        var token = TokenPattern().Match(html).Groups[1].Value;
        var post = await hr.PostAsync($"{Page(council)}?handler=AddDirect", new FormUrlEncodedContent(new Dictionary<string, string>
        {
            ["__RequestVerificationToken"] = token,
            ["Direct.FullName"] = "Кадр Адам",
            ["Direct.Organization"] = "Министрлік",
            ["Direct.Category"] = "1",
        }));
        Assert.True(post.StatusCode is HttpStatusCode.Forbidden
            || (post.StatusCode == HttpStatusCode.Redirect && post.Headers.Location!.ToString().Contains("AccessDenied", StringComparison.Ordinal)));

        var officer = await app.SignedInBrowserAsync(Demo.EnergyOfficer);
        var noToken = await officer.PostAsync($"{Page(council)}?handler=AddDirect", new FormUrlEncodedContent(new Dictionary<string, string>
        {
            ["Direct.FullName"] = "Ахметов Бақытжан",
            ["Direct.Organization"] = "Министрлік",
            ["Direct.Category"] = "1",
        }));
        Assert.Equal(HttpStatusCode.BadRequest, noToken.StatusCode);
        var api = await app.AuthorizedAsync(Demo.EnergyOfficer);
        Assert.Empty((await api.CompositionAsync(council)).GetProperty("members").EnumerateArray());
    }

    [Fact]
    [Trait("Norm", "R11")]
    public async Task Forms_AddCandidate_Approve_ThenDocumentsAndPortalShowTheComposition()
    {
        var council = await NewEnergyCouncilAsync(app);
        var officer = await app.AuthorizedAsync(Demo.EnergyOfficer);
        await BuildValidCompositionAsync(app, officer, council);
        var extra = await AdmittedCandidatesAsync(app, council, new Candidate("Төлегенов", "Арман", "«Самұрық-Энерго» АҚ"));
        var browser = await app.SignedInBrowserAsync(Demo.EnergyOfficer);

        var html = await browser.GetStringAsync(Page(council));
        Assert.Contains(extra[0].ToString(), html, StringComparison.Ordinal);
        var added = await PostFormAsync(browser, council, "AddCandidate", new()
        {
            ["Candidate.ApplicationId"] = extra[0].ToString(),
            ["Candidate.Category"] = "4",
            ["Candidate.Position"] = "Бас инженер",
        });
        Assert.Equal(HttpStatusCode.Redirect, added.StatusCode);
        html = await browser.GetStringAsync(Page(council));
        Assert.Contains("Төлегенов Арман", html, StringComparison.Ordinal);
        Assert.Contains("data-testid=\"no-violations\"", html, StringComparison.Ordinal);

        // The draft order, before approval, with placeholders.
        var docx = await browser.GetAsync($"{Page(council)}/draft-order.docx?lang=kk");
        Assert.Equal(HttpStatusCode.OK, docx.StatusCode);
        Assert.Equal("application/vnd.openxmlformats-officedocument.wordprocessingml.document", docx.Content.Headers.ContentType?.MediaType);
        Assert.Equal("attachment", docx.Content.Headers.ContentDisposition?.DispositionType);
        Assert.Equal("kenes-MEN-draft-order-kk.docx", docx.Content.Headers.ContentDisposition?.FileName);
        Assert.Equal("PK"u8.ToArray(), (await docx.Content.ReadAsByteArrayAsync())[..2]);
        var docxRu = await browser.GetAsync($"{Page(council)}/draft-order.docx?lang=ru&number=7&date=2026-01-05");
        Assert.Equal("PK"u8.ToArray(), (await docxRu.Content.ReadAsByteArrayAsync())[..2]);
        Assert.Equal(HttpStatusCode.BadRequest, (await browser.GetAsync($"{Page(council)}/draft-order.docx?lang=de")).StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, (await browser.GetAsync($"/councils/{council}/composition.pdf?lang=kk")).StatusCode);

        var today = LocalDatePattern.Iso.Format(Today(app));
        var approved = await PostFormAsync(browser, council, "Approve", new() { ["Approval.Number"] = "№ 112-ө", ["Approval.Date"] = today });
        Assert.Equal(HttpStatusCode.Redirect, approved.StatusCode);
        html = await browser.GetStringAsync(Page(council));
        Assert.Contains("№ 112-ө", html, StringComparison.Ordinal);
        Assert.Contains("data-testid=\"orders\"", html, StringComparison.Ordinal);

        foreach (var lang in new[] { "kk", "ru" })
        {
            var pdf = await browser.GetAsync($"/councils/{council}/composition.pdf?lang={lang}");
            Assert.Equal(HttpStatusCode.OK, pdf.StatusCode);
            Assert.Equal("application/pdf", pdf.Content.Headers.ContentType?.MediaType);
            Assert.Equal($"kenes-MEN-composition-{lang}.pdf", pdf.Content.Headers.ContentDisposition?.FileName);
            Assert.Equal("%PDF"u8.ToArray(), (await pdf.Content.ReadAsByteArrayAsync())[..4]);

            var publicPdf = await app.CreateClient().GetAsync($"/portal/councils/{council}/composition.pdf?lang={lang}");
            Assert.Equal(HttpStatusCode.OK, publicPdf.StatusCode);
            Assert.Equal("%PDF"u8.ToArray(), (await publicPdf.Content.ReadAsByteArrayAsync())[..4]);
        }

        var apiPdf = await officer.GetAsync($"/api/v1/councils/{council}/composition/composition.pdf?lang=ru");
        Assert.Equal("%PDF"u8.ToArray(), (await apiPdf.Content.ReadAsByteArrayAsync())[..4]);

        var anonymous = app.CreateClient();
        var list = await anonymous.GetStringAsync("/portal/councils");
        Assert.Contains($"href=\"/portal/councils/{council}\"", list, StringComparison.Ordinal);
        Assert.Contains("№ 112-ө", list, StringComparison.Ordinal);
        var portal = await anonymous.GetStringAsync($"/portal/councils/{council}");
        Assert.Contains("Төлегенов Арман", portal, StringComparison.Ordinal);
        Assert.Contains("Тәуелсіз сарапшы", portal, StringComparison.Ordinal);
        Assert.Contains("Төрағаның орынбасары", portal, StringComparison.Ordinal);
        Assert.Contains("<span class=\"norm\">R5.4</span>", portal, StringComparison.Ordinal);
        Assert.DoesNotContain("@example.kz", portal, StringComparison.Ordinal);
        Assert.Contains($"/portal/councils/{council}/composition.pdf?lang=ru", portal, StringComparison.Ordinal);
    }

    [Fact]
    [Trait("Norm", "R4")]
    public async Task Page_WarnsWhenTheTermEnds_AndTheButtonStartsTheRenewal()
    {
        var council = await NewEnergyCouncilAsync(app);
        var officer = await app.AuthorizedAsync(Demo.EnergyOfficer);
        await BuildValidCompositionAsync(app, officer, council);
        var started = Today(app).PlusYears(-3).PlusDays(45);
        (await officer.PostAsJsonAsync($"/api/v1/councils/{council}/composition/approve",
            new { number = "5", date = LocalDatePattern.Iso.Format(started) })).EnsureSuccessStatusCode();

        var browser = await app.SignedInBrowserAsync(Demo.EnergyOfficer);
        var html = await browser.GetStringAsync(Page(council));
        var ends = LocalDatePattern.Iso.Format(started.PlusYears(3).PlusDays(-1));
        Assert.Contains("data-testid=\"term-warning\"", html, StringComparison.Ordinal);
        Assert.Contains($"Құрамның өкілеттік мерзімі {ends} аяқталады (R4)", html, StringComparison.Ordinal);
        Assert.Contains("handler=Renewal", html, StringComparison.Ordinal);

        var renewal = await PostFormAsync(browser, council, "Renewal", []);
        Assert.Equal(HttpStatusCode.Redirect, renewal.StatusCode);
        html = await browser.GetStringAsync(Page(council));
        Assert.DoesNotContain("handler=Renewal", html, StringComparison.Ordinal);
        Assert.Contains("Жаңа құрамды бекіту туралы бұйрық", html, StringComparison.Ordinal);
        Assert.Contains($"href=\"/councils/{council}\"", html, StringComparison.Ordinal);
    }

    [GeneratedRegex("name=\"__RequestVerificationToken\" type=\"hidden\" value=\"([^\"]+)\"")]
    private static partial Regex TokenPattern();

    [GeneratedRegex("name=\"Version\" value=\"([^\"]+)\"")]
    private static partial Regex VersionPattern();
}

public sealed class CompositionPageTestsOnSqlite(SqliteApp app) : CompositionPageTests(app), IClassFixture<SqliteApp>;

public sealed class CompositionPageTestsOnPostgres(PostgresApp app) : CompositionPageTests(app), IClassFixture<PostgresApp>;
