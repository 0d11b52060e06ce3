using System.Text;
using Kenes.Browser.Tests.Support;
using Microsoft.Playwright;

namespace Kenes.Browser.Tests.Formation;

/// <summary>
/// Issue #4 in Chromium, as its users work: the officer announces, an applicant applies online with a
/// document, HR registers a paper application and screens, an applicant applies late to the demo
/// agriculture announcement. Screenshots of each step go to artifacts/screenshots/formation-*.png.
/// </summary>
[Collection(nameof(BrowserCollection))]
public sealed class FormationJourneyTests(BrowserFixture browser)
{
    private static readonly FilePayload WorkRecord = new()
    {
        Name = "enbek-kitapshasy.pdf",
        MimeType = "application/pdf",
        Buffer = Encoding.ASCII.GetBytes("%PDF-1.4\n1 0 obj << /Type /Catalog >> endobj\ntrailer << /Root 1 0 R >>\n%%EOF\n"),
    };

    [Fact]
    public async Task Officer_Applicant_Hr_FromAnnouncementToScreenedCandidates()
    {
        // The officer drafts and publishes the announcement; the deadlines are explained.
        var officer = await browser.NewPageAsync();
        await officer.SignInAsync("officer@demo.kenes.kz");
        await officer.Locator("table a").First.ClickAsync();
        await officer.GetByTestId("new-announcement").ClickAsync();
        await officer.ScreenshotAsync("formation-01-draft-kk");
        await officer.Locator("form.form button[type=submit]").ClickAsync();
        await officer.GetByTestId("publish").ClickAsync();
        await Assertions.Expect(officer.GetByTestId("status")).ToContainTextAsync("Жарияланды");
        await officer.Locator("[data-testid=r8] summary").ClickAsync();
        await Assertions.Expect(officer.GetByTestId("r8")).ToContainTextAsync("R8");
        await officer.ScreenshotAsync("formation-02-published-kk");
        await AssertAccessibleAsync(officer);
        var number = (await officer.Locator("h1").InnerTextAsync()).Split('№')[1].Trim().Split(' ')[0];

        // An applicant applies online: first with a mistake (kept input, localized errors), then correctly.
        var applicant = await browser.NewPageAsync();
        await applicant.GotoAsync($"/portal/announcements/{number}");
        await applicant.GetByTestId("apply").ClickAsync();
        await applicant.Locator("#Input_Surname").FillAsync("Бекмұхамбетова");
        await applicant.Locator("#Input_FirstName").FillAsync("Әйгерім");
        await applicant.Locator("#Input_Organization").FillAsync("«Самұрық-Энерго» АҚ");
        await applicant.Locator("#Input_Email").FillAsync("aigerim.b@example.kz");
        await applicant.Locator("#Input_Phone").FillAsync("8 (701) 555-12-34");
        await applicant.GetByTestId("submit").ClickAsync();
        await Assertions.Expect(applicant.GetByRole(AriaRole.Alert).First).ToContainTextAsync("R9.2");
        await Assertions.Expect(applicant.Locator("#Input_Surname")).ToHaveValueAsync("Бекмұхамбетова");
        await applicant.ScreenshotAsync("formation-03-apply-errors-kk");
        await AssertAccessibleAsync(applicant);
        await applicant.Locator("#workExperience").SetInputFilesAsync(WorkRecord);
        await applicant.Locator("input[name='Input.Consent']").CheckAsync();
        await applicant.GetByTestId("submit").ClickAsync();
        await Assertions.Expect(applicant.GetByTestId("receipt")).ToHaveTextAsync(new System.Text.RegularExpressions.Regex("^KN-"));
        await Assertions.Expect(applicant.GetByTestId("outcome")).ToHaveTextAsync("Қаралуда");
        await applicant.ScreenshotAsync("formation-04-receipt-kk");
        await AssertAccessibleAsync(applicant);
        var receipt = await applicant.GetByTestId("receipt").InnerTextAsync();

        // HR registers a paper application, then screens both.
        var hr = await browser.NewPageAsync();
        await hr.SignInAsync("hr@demo.kenes.kz");
        await hr.GotoAsync(officer.Url.Replace(browser.Server.BaseUrl, "", StringComparison.Ordinal));
        await hr.GetByRole(AriaRole.Link, new() { Name = "Өтініштерді қарау" }).ClickAsync();
        await Assertions.Expect(hr.GetByTestId("countdown")).ToContainTextAsync("жұмыс күні қалды");
        await hr.GetByRole(AriaRole.Link, new() { Name = "Қағаз немесе e-mail өтінішін тіркеу" }).ClickAsync();
        await hr.Locator("#Input_Surname").FillAsync("Тоқтарбаев");
        await hr.Locator("#Input_FirstName").FillAsync("Ғалым");
        await hr.Locator("#Input_Organization").FillAsync("Қазақстан электр энергетикалық қауымдастығы");
        await hr.Locator("#Input_Email").FillAsync("galym.t@example.kz");
        await hr.Locator("#Input_Phone").FillAsync("+7 777 000 11 22");
        await hr.Locator("#application").SetInputFilesAsync(WorkRecord);
        await hr.Locator("#workExperience").SetInputFilesAsync(WorkRecord);
        await hr.ScreenshotAsync("formation-05-register-paper-kk");
        await AssertAccessibleAsync(hr);
        await hr.Locator("form.form button[type=submit]").ClickAsync();
        await Assertions.Expect(hr.GetByTestId("status")).ToHaveTextAsync("Қаралуда");
        await hr.GetByTestId("reject").ClickAsync();
        await Assertions.Expect(hr.Locator(".error").First).ToContainTextAsync("R10");
        await hr.Locator("#Reason").FillAsync("R9.2: еңбек өтілі саладан тыс");
        await hr.GetByTestId("reject").ClickAsync();
        await Assertions.Expect(hr.GetByTestId("status")).ToHaveTextAsync("Қабылданбады");

        // Back to the queue: admit the online application; the applicant sees the outcome by receipt.
        await hr.Locator(".crumbs a").ClickAsync();
        await hr.GetByRole(AriaRole.Link, new() { Name = receipt }).ClickAsync();
        await hr.GetByTestId("admit").ClickAsync();
        await Assertions.Expect(hr.GetByTestId("status")).ToHaveTextAsync("Кандидаттар тізіміне енгізілді");
        await hr.Locator(".crumbs a").ClickAsync();
        await hr.ScreenshotAsync("formation-06-queue-kk");
        await AssertAccessibleAsync(hr);
        await hr.Context.CloseAsync();

        await applicant.ReloadAsync();
        await Assertions.Expect(applicant.GetByTestId("outcome")).ToHaveTextAsync("Кандидаттар тізіміне енгізілді");
        await applicant.Context.CloseAsync();
        await officer.Context.CloseAsync();
    }

    private static async Task AssertAccessibleAsync(IPage page)
    {
        var violations = await page.SeriousAccessibilityViolationsAsync();
        Assert.True(violations.Count == 0, $"{page.Url}:\n" + string.Join("\n", violations));
    }

    [Fact]
    public async Task LateApplication_ToThePastDemoAnnouncement_IsAcceptedAndMarkedLate()
    {
        var page = await browser.NewPageAsync();
        await page.GotoAsync("/portal/announcements");
        await page.GetByRole(AriaRole.Link, new() { Name = "MSH-", Exact = false }).First.ClickAsync();
        await page.GetByTestId("apply").ClickAsync();
        await Assertions.Expect(page.GetByRole(AriaRole.Note).First).ToContainTextAsync("мерзімі өткен");
        await page.Locator("#Input_Surname").FillAsync("Кеңесбаев");
        await page.Locator("#Input_FirstName").FillAsync("Нұрсұлтан");
        await page.Locator("input[name='Input.IndependentExpert']").CheckAsync();
        await page.Locator("#Input_Email").FillAsync("late.expert@example.kz");
        await page.Locator("#Input_Phone").FillAsync("87019998877");
        await page.Locator("#workExperience").SetInputFilesAsync(WorkRecord);
        await page.Locator("input[name='Input.Consent']").CheckAsync();
        await page.GetByTestId("submit").ClickAsync();
        await Assertions.Expect(page.Locator(".warning-inline")).ToContainTextAsync("R8");
        await page.ScreenshotAsync("formation-07-late-receipt-kk");
        await page.Context.CloseAsync();
    }
}
