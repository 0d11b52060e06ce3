using Kenes.Browser.Tests.Support;
using Microsoft.Playwright;

namespace Kenes.Browser.Tests.Formation;

/// <summary>
/// Issue #4, parts 5–6 in Chromium: the agriculture officer composes the council from the demo's
/// admitted candidates, sees each violation named by its norm, fixes them, approves by order, and
/// the public portal shows the composition in Kazakh.
/// </summary>
[Collection(nameof(BrowserCollection))]
public sealed class CompositionJourneyTests(BrowserFixture browser)
{
    [Fact]
    public async Task Officer_ComposesWithViolations_FixesThem_Approves_AndThePortalShowsTheComposition()
    {
        var page = await browser.NewPageAsync();
        await page.SignInAsync("officer.agri@demo.kenes.kz");
        await page.GetByRole(AriaRole.Link, new() { Name = "Кеңес құрамы" }).First.ClickAsync();

        // The three admitted candidates: employers (R5.4), education (R5.7), an association (R5.6).
        foreach (var (candidate, category) in new[] { ("Жақсылықов", "4"), ("Сәрсенбаева", "7"), ("Петренко", "6") })
        {
            var option = page.Locator("#Candidate_ApplicationId option", new() { HasText = candidate });
            await page.Locator("#Candidate_ApplicationId").SelectOptionAsync((await option.GetAttributeAsync("value"))!);
            await page.Locator("#Candidate_Category").SelectOptionAsync(category);
            await page.Locator("form:has(#Candidate_ApplicationId) button[type=submit]").ClickAsync();
        }

        var violations = page.GetByTestId("violations");
        await Assertions.Expect(violations).ToContainTextAsync("R5.1");
        await Assertions.Expect(violations).ToContainTextAsync("R5.2");
        await Assertions.Expect(violations).ToContainTextAsync("R5.3");
        await Assertions.Expect(violations).ToContainTextAsync("M12");
        await page.ScreenshotAsync("composition-01-violations-kk");
        var staffPage = await page.SeriousAccessibilityViolationsAsync();
        Assert.True(staffPage.Count == 0, string.Join("\n", staffPage));

        // Directly appointed representatives of R5.1–R5.3.
        foreach (var (name, organization, category) in new[]
        {
            ("Омарова Әсем Бақытжанқызы", "ҚР Ауыл шаруашылығы министрлігі", "1"),
            ("Төлегенов Қайрат", "«Атамекен» ҚР ҰКП", "2"),
            ("Иванова Наталья", "Кәсіби біліктіліктер жөніндегі ұлттық орган", "3"),
        })
        {
            await page.Locator("#Direct_FullName").FillAsync(name);
            await page.Locator("#Direct_Organization").FillAsync(organization);
            await page.Locator("#Direct_Position").FillAsync("Өкіл");
            await page.Locator("#Direct_Category").SelectOptionAsync(category);
            await page.Locator("form:has(#Direct_FullName) button[type=submit]").ClickAsync();
        }

        await page.Locator("tr", new() { HasText = "Омарова Әсем" }).GetByRole(AriaRole.Button, new() { Name = "Төраға орынбасары етіп белгілеу" }).ClickAsync();
        await page.Locator("#Justifications_TradeUnions").FillAsync("Салада кәсіподақ жоқ (R5.5: «болған жағдайда»)");
        await page.Locator("form:has(#Justifications_TradeUnions) button[type=submit]").ClickAsync();
        var secretary = page.Locator("#SecretaryUserId option", new() { HasText = "Ләззат" });
        await page.Locator("#SecretaryUserId").SelectOptionAsync((await secretary.GetAttributeAsync("value"))!);
        await page.Locator("form:has(#SecretaryUserId) button[type=submit]").ClickAsync();
        await Assertions.Expect(page.GetByTestId("no-violations")).ToBeVisibleAsync();
        await page.ScreenshotAsync("composition-02-valid-kk");

        // R11: the approval order; R4: the three-year term starts.
        await page.Locator("#Approval_Number").FillAsync("47-ө");
        await page.Locator("#Approval_Date").FillAsync(await page.Locator("#Approval_Date").GetAttributeAsync("max") ?? "");
        await page.Locator("form:has(#Approval_Number) button[type=submit]").ClickAsync();
        await Assertions.Expect(page.GetByTestId("term")).ToBeVisibleAsync();
        await Assertions.Expect(page.GetByTestId("orders")).ToContainTextAsync("47-ө");
        await page.ScreenshotAsync("composition-03-approved-kk");

        // The public portal, in Kazakh, with the approved members.
        var visitor = await browser.NewPageAsync();
        await visitor.GotoAsync("/portal/councils");
        await visitor.GetByRole(AriaRole.Link, new() { Name = "Агроөнеркәсіптік кешен" }).First.ClickAsync();
        await Assertions.Expect(visitor.Locator("main")).ToContainTextAsync("Омарова Әсем Бақытжанқызы");
        await Assertions.Expect(visitor.Locator("main")).ToContainTextAsync("47-ө");
        await visitor.ScreenshotAsync("composition-04-portal-kk");
        var violationsOnPortal = await visitor.SeriousAccessibilityViolationsAsync();
        Assert.True(violationsOnPortal.Count == 0, string.Join("\n", violationsOnPortal));
        await visitor.Context.CloseAsync();
        await page.Context.CloseAsync();
    }
}
