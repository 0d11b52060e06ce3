using System.Net;
using System.Net.Http.Json;
using Kenes.Web.Tests.Support;

namespace Kenes.Web.Tests.Formation;

/// <summary>
/// Officers drafting announcements at the same moment each get one, with distinct numbers (R6): the
/// number is computed from a count, and the unique index makes the loser of a race take the next one.
/// Found by the issue #6 load harness, where ten concurrent drafts answered 500.
/// </summary>
[Trait("Issue", "6")]
[Trait("Norm", "R6")]
public abstract class ConcurrentDraftTests(KenesAppFactory app)
{
    [Fact]
    public async Task TwelveDraftsAtOnce_AllCreated_WithDistinctNumbers()
    {
        var officer = await app.AuthorizedAsync(Demo.EnergyOfficer);
        var council = await FormationApi.CouncilIdAsync(officer);

        var responses = await Task.WhenAll(Enumerable.Range(0, 12)
            .Select(_ => officer.PostAsJsonAsync($"/api/v1/councils/{council}/announcements", FormationApi.Draft())));

        Assert.All(responses, r => Assert.Equal(HttpStatusCode.Created, r.StatusCode));
        var numbers = await Task.WhenAll(responses.Select(async r => (await r.ReadJsonAsync()).GetProperty("number").GetString()));
        Assert.Equal(12, numbers.Distinct().Count());
    }
}

public sealed class ConcurrentDraftTestsOnSqlite(SqliteApp app) : ConcurrentDraftTests(app), IClassFixture<SqliteApp>;

public sealed class ConcurrentDraftTestsOnPostgres(PostgresApp app) : ConcurrentDraftTests(app), IClassFixture<PostgresApp>;
