using System.Net.Http.Json;
using Kenes.Web.Tests.Formation;
using Kenes.Web.Tests.Support;
using Microsoft.Extensions.DependencyInjection;

namespace Kenes.Web.Tests.Performance;

/// <summary>
/// Issue #6, ADR 0012: the council page's ten-year history is served from memory between changes, and a
/// change served by this node (here a meeting planned through the API by another client) shows on the
/// very next view.
/// </summary>
[Trait("Issue", "6")]
public abstract class CouncilHistoryCacheTests(KenesAppFactory app)
{
    [Fact]
    public async Task CouncilPage_ReadsHistoryFromMemory_AndShowsAChangeAtOnce()
    {
        var api = await app.AuthorizedAsync(Demo.EnergySecretary);
        var browser = await app.SignedInBrowserAsync(Demo.EnergySecretary);
        var council = await FormationApi.CouncilIdAsync(api);
        var path = $"/councils/{council}";
        var counter = app.Services.GetRequiredService<CommandCounter>();

        var before = await browser.GetStringAsync(path);
        counter.Reset();
        await browser.GetStringAsync(path);
        var fromMemory = counter.For(path);

        var planned = await api.PostAsJsonAsync($"/api/v1/councils/{council}/meetings", new
        {
            date = "2026-12-23",
            startsAt = "11:00",
            mode = "Remote",
            videoLink = "https://meet.example.kz/history",
        });
        Assert.True(planned.IsSuccessStatusCode, await planned.Content.ReadAsStringAsync());
        var meeting = (await planned.ReadJsonAsync()).GetProperty("id").GetGuid();

        counter.Reset();
        var after = await browser.GetStringAsync(path);
        var rebuilt = counter.For(path);

        Assert.DoesNotContain($"/meetings/{meeting}", before);
        Assert.Contains($"/meetings/{meeting}", after);
        // From memory nothing is read (the council itself is a staff-page copy too, ADR 0013); after the
        // change the council and the five history queries run again.
        Assert.Equal(0, fromMemory);
        Assert.Equal(1 + 5, rebuilt);
    }
}

public sealed class CouncilHistoryCacheTestsOnSqlite(SqliteApp app) : CouncilHistoryCacheTests(app), IClassFixture<SqliteApp>;

public sealed class CouncilHistoryCacheTestsOnPostgres(PostgresApp app) : CouncilHistoryCacheTests(app), IClassFixture<PostgresApp>;
