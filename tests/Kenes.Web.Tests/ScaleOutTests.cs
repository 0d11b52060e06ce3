using System.Net;
using System.Net.Http.Headers;
using Kenes.Testing;
using Kenes.Web.Tests.Meetings.Planning;
using Kenes.Web.Tests.Support;
using Microsoft.Extensions.DependencyInjection;

namespace Kenes.Web.Tests;

/// <summary>Two app instances on one PostgreSQL database both serve, and share sign-in keys.</summary>
public sealed class ScaleOutTests : IAsyncLifetime
{
    private readonly TestPostgresDatabase database = new();
    private SharedPostgresApp? first;
    private SharedPostgresApp? second;

    public async Task InitializeAsync()
    {
        await database.CreateAsync();
        first = new SharedPostgresApp(database.ConnectionString);
        second = new SharedPostgresApp(database.ConnectionString);
        await first.InitializeAsync();
        await second.InitializeAsync();
    }

    public async Task DisposeAsync()
    {
        await first!.DisposeAsync();
        await second!.DisposeAsync();
        await database.DropAsync();
    }

    [Fact]
    public async Task TwoInstances_BothServe_AndATokenFromOneWorksOnTheOther()
    {
        Assert.Equal(HttpStatusCode.OK, (await first!.CreateClient().GetAsync("/health")).StatusCode);
        Assert.Equal(HttpStatusCode.OK, (await second!.CreateClient().GetAsync("/health")).StatusCode);

        var token = await first.CreateClient().LoginForTokenAsync(Demo.Observer);
        var client = second.CreateClient();
        client.DefaultRequestHeaders.Authorization = new AuthenticationHeaderValue("Bearer", token);
        var councils = await (await client.GetAsync("/api/v1/councils")).ReadJsonAsync();
        Assert.Equal(3, councils.GetArrayLength());
    }

    /// <summary>
    /// ADR 0013: a node serves staff pages from its copy between changes; a change made through the other
    /// node reaches it by PostgreSQL notification, so the next view shows it (allowing the notification
    /// a moment to arrive, as a person's next click would).
    /// </summary>
    [Fact]
    [Trait("Issue", "6")]
    public async Task AChangeOnOneNode_ShowsOnTheOthersNextView()
    {
        var council = await PlanningSetup.EnergyCouncilAsync(first!);
        var api = await first!.AuthorizedAsync(Demo.EnergySecretary);
        var meeting = (await api.PlanAsync(council, PlanningSetup.InPerson("2027-05-12"))).Id();
        var path = $"/meetings/{meeting}";
        var browser = await second!.SignedInBrowserAsync(Demo.EnergySecretary);
        var counter = second!.Services.GetRequiredService<CommandCounter>();
        await browser.GetStringAsync(path);
        counter.Reset();
        var before = await browser.GetStringAsync(path);
        Assert.Equal(0, counter.For(path));

        await api.AddItemAsync(meeting);
        var shown = false;
        var waited = System.Diagnostics.Stopwatch.StartNew();
        while (!shown && waited.Elapsed < TimeSpan.FromSeconds(5))
        {
            shown = (await browser.GetStringAsync(path)).Contains("«Электр монтері» кәсіптік стандарты", StringComparison.Ordinal);
            if (!shown)
            {
                await Task.Delay(20);
            }
        }

        Assert.DoesNotContain("«Электр монтері» кәсіптік стандарты", before);
        Assert.True(shown, "the other node's change did not show within 5 s");
        // Far sooner than the copies' 30 s lifetime: it was the notification, not the clock.
        Assert.True(waited.Elapsed < TimeSpan.FromSeconds(2), $"shown after {waited.Elapsed.TotalMilliseconds:F0} ms");
    }

    private sealed class SharedPostgresApp(string connectionString) : KenesAppFactory
    {
        public override string Provider => "Postgres";

        protected override string ConnectionString => connectionString;
    }
}
