using System.Net;
using System.Net.Http.Headers;
using Kenes.Testing;
using Kenes.Web.Features.Formation.Retention;
using Kenes.Web.Tests.Support;
using Npgsql;

namespace Kenes.Web.Tests;

/// <summary>
/// Two real Kenes processes started at the same moment against one new PostgreSQL database: both
/// migrate and seed without tripping over each other, both serve, and they share sign-in keys; a
/// scheduled job runs once per slot across both (the scheduler's clustered store, ADR 0011).
/// </summary>
[Trait("Issue", "6")]
public sealed class ProcessScaleOutTests : IAsyncLifetime
{
    private readonly TestPostgresDatabase database = new();
    private KenesServer? first;
    private KenesServer? second;

    public async Task InitializeAsync()
    {
        await database.CreateAsync();
        var settings = new Dictionary<string, string>
        {
            ["Database__Provider"] = "Postgres",
            ["ConnectionStrings__Kenes"] = database.ConnectionString,
            // A slot every 2 s, so a few slots pass while the test watches (issue #6, scale-out).
            ["Jobs__" + RejectedDocumentsRetention.JobName + "__Interval"] = "00:00:02",
        };
        var starting = new[] { KenesServer.StartAsync(settings), KenesServer.StartAsync(settings) };
        var servers = await Task.WhenAll(starting);
        (first, second) = (servers[0], servers[1]);
    }

    public async Task DisposeAsync()
    {
        if (first is not null) await first.DisposeAsync();
        if (second is not null) await second.DisposeAsync();
        await database.DropAsync();
    }

    [Fact]
    public async Task TwoProcessesStartedTogether_BothServe_SeedOnce_AndShareSignIn()
    {
        using var http = new HttpClient();
        Assert.Equal(HttpStatusCode.OK, (await http.GetAsync($"{first!.BaseUrl}/health")).StatusCode);
        Assert.Equal(HttpStatusCode.OK, (await http.GetAsync($"{second!.BaseUrl}/health")).StatusCode);

        var councils = await (await http.GetAsync($"{second.BaseUrl}/api/v1/public/councils")).ReadJsonAsync();
        Assert.Equal(3, councils.GetArrayLength());

        using var one = new HttpClient { BaseAddress = new Uri(first.BaseUrl) };
        var token = await one.LoginForTokenAsync(Demo.Observer);
        using var other = new HttpClient { BaseAddress = new Uri(second.BaseUrl) };
        other.DefaultRequestHeaders.Authorization = new AuthenticationHeaderValue("Bearer", token);
        var response = await other.GetAsync("/api/v1/me");
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal(Demo.Observer, (await response.ReadJsonAsync()).GetProperty("email").GetString());
    }

    [Fact]
    public async Task ScheduledJob_RunsExactlyOncePerSlot_AcrossBothProcesses()
    {
        var runs = new List<(DateTime Slot, string Node, string? Outcome)>();
        for (var attempt = 0; attempt < 40 && runs.Count(r => r.Outcome is not null) < 4; attempt++)
        {
            await Task.Delay(500);
            runs = await RunsAsync();
        }

        var finished = runs.Where(r => r.Outcome is not null).ToList();
        Assert.True(finished.Count >= 4, $"{finished.Count} finished runs");
        // One row per slot is the database's promise; one run per row is the scheduler's: a node that
        // lost the insert never runs the job, so every slot has exactly one outcome.
        Assert.Equal(runs.Count, runs.Select(r => r.Slot).Distinct().Count());
        Assert.All(finished, r => Assert.StartsWith("ok:", r.Outcome));
        var slots = runs.Select(r => r.Slot).OrderBy(s => s).ToList();
        Assert.All(slots.Zip(slots.Skip(1)), pair => Assert.Equal(0, (pair.Second - pair.First).Ticks % TimeSpan.FromSeconds(2).Ticks));
    }

    private async Task<List<(DateTime Slot, string Node, string? Outcome)>> RunsAsync()
    {
        await using var connection = new NpgsqlConnection(database.ConnectionString);
        await connection.OpenAsync();
        await using var command = new NpgsqlCommand("""SELECT "Slot", "Node", "Outcome" FROM "ScheduledJobRuns" WHERE "Job" = @job""", connection);
        command.Parameters.AddWithValue("job", RejectedDocumentsRetention.JobName);
        var list = new List<(DateTime, string, string?)>();
        await using var reader = await command.ExecuteReaderAsync();
        while (await reader.ReadAsync())
        {
            list.Add((reader.GetDateTime(0), reader.GetString(1), reader.IsDBNull(2) ? null : reader.GetString(2)));
        }

        return list;
    }
}
