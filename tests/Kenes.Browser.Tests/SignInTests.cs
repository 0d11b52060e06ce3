using Kenes.Browser.Tests.Support;
using Microsoft.Playwright;

namespace Kenes.Browser.Tests;

[Collection(nameof(BrowserCollection))]
public sealed class SignInTests(BrowserFixture browser)
{
    [Theory]
    [InlineData("admin@demo.kenes.kz", "Әділет Серікбаев", "Әкімші")]
    [InlineData("observer@demo.kenes.kz", "Гүлнар Әбдірахманова", "Бақылаушы")]
    [InlineData("officer@demo.kenes.kz", "Нұрлан Қасымов", "Мемлекеттік орган қызметкері")]
    [InlineData("hr@demo.kenes.kz", "Айгүл Төлеуова", "Кадр қызметінің қызметкері")]
    [InlineData("secretary@demo.kenes.kz", "Дәурен Жұмабаев", "Кеңес хатшысы")]
    [InlineData("chair@demo.kenes.kz", "Ерлан Оспанов", "Кеңес мүшесі")]
    [InlineData("member@demo.kenes.kz", "Сәуле Ибраева", "Кеңес мүшесі")]
    [InlineData("applicant@demo.kenes.kz", "Мұрат Бекенов", "Өтініш беруші")]
    public async Task EachDemoRole_SignsIn_SeesTheirWorkspaceInKazakh_AndSignsOut(string email, string name, string role)
    {
        var page = await browser.NewPageAsync();
        await page.SignInAsync(email);

        await Assertions.Expect(page.GetByTestId("who")).ToHaveTextAsync(name);
        await Assertions.Expect(page.GetByTestId("roles")).ToHaveTextAsync(role);
        await page.ScreenshotAsync($"workspace-{email.Split('@')[0]}");

        await page.GetByRole(AriaRole.Button, new() { Name = "Шығу" }).ClickAsync();
        await Assertions.Expect(page.GetByTestId("signin-link")).ToBeVisibleAsync();
        await page.Context.CloseAsync();
    }

    [Fact]
    public async Task WrongPassword_ShowsKazakhError_AndKeepsTheEmail()
    {
        var page = await browser.NewPageAsync();
        await page.GotoAsync("/Account/Login");
        await page.Locator("#Input_Email").FillAsync("member@demo.kenes.kz");
        await page.Locator("#Input_Password").FillAsync("not-the-password");
        await page.Locator("form.form button[type=submit]").ClickAsync();

        await Assertions.Expect(page.GetByRole(AriaRole.Alert)).ToContainTextAsync("Электрондық пошта немесе құпиясөз қате.");
        await Assertions.Expect(page.Locator("#Input_Email")).ToHaveValueAsync("member@demo.kenes.kz");
        await page.ScreenshotAsync("login-error-kk");
        await page.Context.CloseAsync();
    }
}
