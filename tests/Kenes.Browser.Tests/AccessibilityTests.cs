using Kenes.Browser.Tests.Support;

namespace Kenes.Browser.Tests;

/// <summary>axe finds no serious or critical violation on the pages that exist.</summary>
[Collection(nameof(BrowserCollection))]
public sealed class AccessibilityTests(BrowserFixture browser)
{
    [Theory]
    [InlineData("/", "home")]
    [InlineData("/Account/Login", "login")]
    [InlineData("/portal/councils", "portal-councils")]
    [InlineData("/no/such/page", "not-found")]
    public async Task PublicPage_HasNoSeriousAccessibilityViolations(string path, string name)
    {
        var page = await browser.NewPageAsync();
        await page.GotoAsync(path);
        await page.ScreenshotAsync($"a11y-{name}");
        var violations = await page.SeriousAccessibilityViolationsAsync();
        Assert.True(violations.Count == 0, string.Join("\n", violations));
        await page.Context.CloseAsync();
    }

    [Fact]
    public async Task StaffPages_HaveNoSeriousAccessibilityViolations()
    {
        var page = await browser.NewPageAsync();
        await page.SignInAsync("officer@demo.kenes.kz");
        var workspace = await page.SeriousAccessibilityViolationsAsync();
        Assert.True(workspace.Count == 0, string.Join("\n", workspace));

        await page.Locator("table a").First.ClickAsync();
        await page.WaitForURLAsync("**/councils/*");
        await page.ScreenshotAsync("council-energy-kk");
        var council = await page.SeriousAccessibilityViolationsAsync();
        Assert.True(council.Count == 0, string.Join("\n", council));
        await page.Context.CloseAsync();
    }
}
