using Kenes.Testing;
using Microsoft.Playwright;

namespace Kenes.Browser.Tests.Support;

/// <summary>One app process and one Debian Chromium for the whole test run.</summary>
public sealed class BrowserFixture : IAsyncLifetime
{
    private IPlaywright? playwright;

    public KenesServer Server { get; private set; } = null!;

    public IBrowser Browser { get; private set; } = null!;

    public async Task InitializeAsync()
    {
        Server = await KenesServer.StartAsync();
        playwright = await Playwright.CreateAsync();
        Browser = await playwright.Chromium.LaunchAsync(new BrowserTypeLaunchOptions
        {
            ExecutablePath = "/usr/bin/chromium",
            Headless = true,
            Args =
            [
                "--no-sandbox", "--disable-gpu", "--disable-background-networking", "--disable-component-update",
                "--disable-sync", "--no-first-run", "--disable-quic",
            ],
        });
    }

    public async Task<IPage> NewPageAsync()
    {
        var context = await Browser.NewContextAsync(new BrowserNewContextOptions
        {
            BaseURL = Server.BaseUrl,
            ViewportSize = new ViewportSize { Width = 1280, Height = 860 },
            Locale = "en-US",
        });
        return await context.NewPageAsync();
    }

    public async Task DisposeAsync()
    {
        await Browser.DisposeAsync();
        playwright?.Dispose();
        await Server.DisposeAsync();
    }
}

[CollectionDefinition(nameof(BrowserCollection))]
public sealed class BrowserCollection : ICollectionFixture<BrowserFixture>;
