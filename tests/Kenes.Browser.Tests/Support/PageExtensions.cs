using Deque.AxeCore.Commons;
using Deque.AxeCore.Playwright;
using Kenes.Testing;
using Microsoft.Playwright;

namespace Kenes.Browser.Tests.Support;

public static class PageExtensions
{
    public static async Task SignInAsync(this IPage page, string email, string password = "Demo-Kenes-2026!")
    {
        await page.GotoAsync("/Account/Login");
        await page.Locator("#Input_Email").FillAsync(email);
        await page.Locator("#Input_Password").FillAsync(password);
        await page.Locator("form.form button[type=submit]").ClickAsync();
        await page.WaitForURLAsync("**/workspace");
    }

    public static async Task<string> ScreenshotAsync(this IPage page, string name)
    {
        Directory.CreateDirectory(RepositoryPaths.Screenshots);
        var path = Path.Combine(RepositoryPaths.Screenshots, $"{name}.png");
        await page.ScreenshotAsync(new PageScreenshotOptions { Path = path, FullPage = true });
        return path;
    }

    /// <summary>Violations that axe rates serious or critical, as readable lines.</summary>
    public static async Task<IReadOnlyList<string>> SeriousAccessibilityViolationsAsync(this IPage page)
    {
        var result = await page.RunAxe();
        return result.Violations
            .Where(v => v.Impact is "serious" or "critical")
            .Select(v => $"{v.Id} ({v.Impact}): {v.Help} — {string.Join("; ", v.Nodes.Take(3).Select(n => n.Html))}")
            .ToList();
    }
}
