using Kenes.Browser.Tests.Support;
using Microsoft.Playwright;

namespace Kenes.Browser.Tests;

[Collection(nameof(BrowserCollection))]
public sealed class LanguageTests(BrowserFixture browser)
{
    [Fact]
    public async Task LanguageSwitch_ChangesThePage_AndPersistsAcrossPages()
    {
        var page = await browser.NewPageAsync();
        await page.GotoAsync("/portal/councils");
        await Assertions.Expect(page.Locator("html")).ToHaveAttributeAsync("lang", "kk");
        await Assertions.Expect(page.Locator("h1")).ToHaveTextAsync("Салалық кеңестер");
        await Assertions.Expect(page.Locator("table")).ToContainTextAsync("Қазақстан Республикасы Энергетика министрлігі");
        await page.ScreenshotAsync("portal-councils-kk");

        await page.GetByRole(AriaRole.Button, new() { Name = "Русский" }).ClickAsync();
        await Assertions.Expect(page.Locator("h1")).ToHaveTextAsync("Отраслевые советы");
        await Assertions.Expect(page.Locator("table")).ToContainTextAsync("Министерство здравоохранения Республики Казахстан");
        await page.ScreenshotAsync("portal-councils-ru");

        await page.GotoAsync("/");
        await Assertions.Expect(page.Locator("html")).ToHaveAttributeAsync("lang", "ru");

        await page.GetByRole(AriaRole.Button, new() { Name = "English" }).ClickAsync();
        await Assertions.Expect(page.Locator("h1")).ToHaveTextAsync("Sectoral councils on professional qualifications");
        await page.ScreenshotAsync("home-en");
        await page.Context.CloseAsync();
    }
}
