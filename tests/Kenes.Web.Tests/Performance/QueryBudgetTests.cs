using System.Net;
using Kenes.DataSet;
using Kenes.Infrastructure.Persistence;
using Kenes.Infrastructure.Storage;
using Kenes.Web.Hosting;
using Kenes.Web.Tests.Support;
using Microsoft.AspNetCore.OutputCaching;
using Microsoft.Extensions.DependencyInjection;
using NodaTime;

namespace Kenes.Web.Tests.Performance;

/// <summary>
/// Issue #6, query budgets: each main page and endpoint sends the same number of SQL commands
/// whether a council has two years of history or seven and whether the country has one generated
/// council or six, so no page loads rows one by one (N+1). The data comes from the national
/// data-set generator (bench/Kenes.DataSet) in two steps.
/// </summary>
[Trait("Issue", "6")]
public abstract class QueryBudgetTests(KenesAppFactory app)
{
    /// <summary>No page needs more; a page that does is doing work per row.</summary>
    private const int MaxCommands = 12;

    private sealed record Step(DataSetManifest Manifest, Dictionary<string, int> Counts);

    [Fact]
    public async Task MainPages_SendTheSameNumberOfCommands_WhenTheDataGrows()
    {
        var small = await MeasureAsync(new DataSetOptions(0, Years: 2, ApplicationsPerCouncil: 40, MeetingItems: 4, Councils: 1));
        var large = await MeasureAsync(new DataSetOptions(0, Years: 7, ApplicationsPerCouncil: 160, MeetingItems: 8, Councils: 5));

        Assert.Equal(small.Counts.Keys, large.Counts.Keys);

        // The larger data set spans several pages: page 2 is really page 2 ("page" is a reserved route
        // value in Razor Pages, so the handler binds it from the query string by name).
        var second = await app.CreateClient().GetStringAsync("/portal/announcements?page=2");
        Assert.Contains("rel=\"prev\"", second);
        // A chosen page size holds and travels with the pager's links.
        var two = await app.CreateClient().GetStringAsync("/portal/councils?pageSize=2");
        Assert.Equal(2, two.Split("href=\"/portal/councils/").Length - 1);
        Assert.Contains("href=\"/portal/councils?page=2&amp;pageSize=2\"", two);
        foreach (var (endpoint, count) in small.Counts)
        {
            Assert.True(count is > 0 and <= MaxCommands, $"{endpoint}: {count} commands (budget {MaxCommands})");
            Assert.True(large.Counts[endpoint] == count,
                $"{endpoint}: {count} commands with the small data set, {large.Counts[endpoint]} with the larger one");
        }
    }

    private async Task<Step> MeasureAsync(DataSetOptions options)
    {
        DataSetManifest manifest;
        using (var scope = app.Services.CreateScope())
        {
            var generator = new NationalDataSet(scope.ServiceProvider.GetRequiredService<KenesDbContext>(), app.Services.GetRequiredService<IDocumentStorage>());
            await generator.GenerateAsync(options, new LocalDate(2026, 11, 24), Demo.Password, null, CancellationToken.None);
            manifest = generator.Manifest!;
        }

        // The generator wrote behind the app's back; staff changes evict the public copies the same way.
        await app.Services.GetRequiredService<IOutputCacheStore>().EvictByTagAsync(PublicCache.Tag, CancellationToken.None);
        var counter = app.Services.GetRequiredService<CommandCounter>();
        var secretary = await app.SignedInBrowserAsync(manifest.SecretaryEmail);
        var hr = await app.SignedInBrowserAsync(manifest.HrEmail);
        var anonymous = app.CreateClient();
        var council = manifest.CouncilId;

        var pages = new (string Name, HttpClient Client, string Path)[]
        {
            ("council page with its history", secretary, $"/councils/{council}"),
            ("secretary's meeting page", secretary, $"/meetings/{manifest.LatestMeetingId}"),
            ("work plan", secretary, $"/councils/{council}/meetings"),
            ("composition", secretary, $"/councils/{council}/composition"),
            ("workspace", secretary, "/workspace"),
            ("screening queue", hr, $"/hr/announcements/{manifest.ScreeningAnnouncementId}"),
            ("portal: announcements", anonymous, "/portal/announcements"),
            ("portal: councils", anonymous, "/portal/councils"),
            ("portal: council", anonymous, $"/portal/councils/{council}"),
            ("api: public announcements", anonymous, "/api/v1/public/announcements"),
            ("api: public councils", anonymous, "/api/v1/public/councils"),
        };

        var counts = new Dictionary<string, int>();
        foreach (var (name, client, path) in pages)
        {
            // Once to warm what is cached per process (the calendar, compiled queries), then counted as the
            // first view after a change: public copies evicted, read models (the council history) rebuilt.
            await client.GetAsync(path);
            await app.Services.GetRequiredService<IOutputCacheStore>().EvictByTagAsync(PublicCache.Tag, CancellationToken.None);
            app.Services.GetRequiredService<DataChanges>().Record();
            counter.Reset();
            var response = await client.GetAsync(path);
            Assert.True(response.StatusCode == HttpStatusCode.OK, $"{name} ({path}): {(int)response.StatusCode}");
            counts[name] = counter.For(path);
        }

        return new Step(manifest, counts);
    }
}

public sealed class QueryBudgetTestsOnSqlite(SqliteApp app) : QueryBudgetTests(app), IClassFixture<SqliteApp>;

public sealed class QueryBudgetTestsOnPostgres(PostgresApp app) : QueryBudgetTests(app), IClassFixture<PostgresApp>;
