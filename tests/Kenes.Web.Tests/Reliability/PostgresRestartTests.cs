using System.Collections.Concurrent;
using System.Diagnostics;
using System.Globalization;
using System.Net;
using System.Net.Http.Headers;
using Kenes.Testing;
using Kenes.Web.Tests.Support;
using Xunit.Abstractions;

namespace Kenes.Web.Tests.Reliability;

/// <summary>
/// Issue #7.2: Kenes runs as a real process on a PostgreSQL cluster of the test's own; while requests
/// flow, the server is stopped in immediate mode for a few seconds and started again. While it is away
/// every request that needs it answers 503 quickly (problem JSON with Retry-After for the API, the
/// localized page for pages, /health 503) and /health/live stays 200; no 500, no hang; once it is
/// back, requests succeed again without restarting Kenes.
/// </summary>
[Trait("Issue", "7")]
public sealed class PostgresRestartTests(ITestOutputHelper output)
{
    private static readonly TimeSpan Outage = TimeSpan.FromSeconds(5);

    // Requests with a bearer token, so the output cache for anonymous readers never answers for the database.
    private static readonly (string Kind, string Path)[] Probes =
    [
        ("public-api", "/api/v1/public/councils"),
        ("staff-api", "/api/v1/councils"),
        ("page", "/portal/councils"),
        ("health", "/health"),
        ("live", "/health/live"),
    ];

    private sealed record Sample(string Kind, double StartedAt, double EndedAt, int Status, string? ContentType, string? RetryAfter, string Body);

    [SkippableFact]
    public async Task PostgresStoppedUnderLoad_Answers503Quickly_AndKenesRecoversByItself()
    {
        await using var cluster = await OwnPostgresCluster.CreateAsync();
        Skip.If(cluster is null, "needs root and the PostgreSQL 15 server binaries");
        await using var server = await KenesServer.StartAsync(new Dictionary<string, string>
        {
            ["Database__Provider"] = "Postgres",
            ["ConnectionStrings__Kenes"] = cluster.ConnectionString,
        });
        using var http = new HttpClient { BaseAddress = new Uri(server.BaseUrl), Timeout = TimeSpan.FromSeconds(15) };
        var token = await http.LoginForTokenAsync(Demo.Observer);
        http.DefaultRequestHeaders.Authorization = new AuthenticationHeaderValue("Bearer", token);

        var clock = Stopwatch.StartNew();
        var samples = new ConcurrentQueue<Sample>();
        using var stop = new CancellationTokenSource();
        // One client per kind, so every kind is asked throughout the outage however long the others wait.
        var workers = Probes.Select(p => DriveAsync(http, clock, samples, p.Kind, p.Path, stop.Token)).ToArray();

        await Task.Delay(TimeSpan.FromSeconds(2));
        var stoppingAt = clock.Elapsed.TotalSeconds;
        await cluster.StopImmediatelyAsync();
        var stoppedAt = clock.Elapsed.TotalSeconds;
        await Task.Delay(Outage);
        var startingAt = clock.Elapsed.TotalSeconds;
        await cluster.StartAsync();
        var startedAt = clock.Elapsed.TotalSeconds;
        for (var i = 0; i < 100 && !Probes.All(p => samples.Any(s => s.Kind == p.Kind && s.StartedAt > startedAt + 1 && s.Status == 200)); i++)
        {
            await Task.Delay(200);
        }

        await stop.CancelAsync();
        await Task.WhenAll(workers);
        var all = samples.ToList();
        Report(all, stoppingAt, stoppedAt, startingAt, startedAt);

        // Never a 500, never a dropped connection, never a hang.
        Assert.All(all, s => Assert.True(s.Status is 200 or 503, $"{s.Kind} at {s.StartedAt:F1}s answered {s.Status}: {s.Body}"));
        Assert.All(all, s => Assert.True(s.EndedAt - s.StartedAt < 6, $"{s.Kind} at {s.StartedAt:F1}s took {s.EndedAt - s.StartedAt:F1}s"));
        Assert.All(all.Where(s => s.Kind == "live"), s => Assert.Equal(200, s.Status));

        // While the server was away (requests begun and ended inside the outage), everything that needs it said 503.
        var away = all.Where(s => s.StartedAt > stoppedAt && s.EndedAt < startingAt && s.Kind != "live").ToList();
        foreach (var (kind, _) in Probes.Where(p => p.Kind != "live"))
        {
            Assert.Contains(away, s => s.Kind == kind);
        }

        Assert.All(away, s => Assert.Equal(503, s.Status));
        Assert.All(away.Where(s => s.Kind.EndsWith("api", StringComparison.Ordinal)), s =>
        {
            Assert.Equal("application/problem+json", s.ContentType);
            Assert.Equal("5", s.RetryAfter);
            Assert.Contains("fault.database", s.Body);
        });
        Assert.All(away.Where(s => s.Kind == "page"), s =>
        {
            Assert.Equal("text/html", s.ContentType);
            Assert.Contains("Қызмет уақытша қолжетімсіз", s.Body);
        });

        // Back within seconds, without a restart: every kind succeeds again and keeps succeeding.
        foreach (var (kind, _) in Probes)
        {
            var recovered = all.Where(s => s.Kind == kind && s.StartedAt > startedAt && s.Status == 200).Min(s => (double?)s.EndedAt);
            Assert.True(recovered is not null && recovered - startedAt < 10, $"{kind} not recovered within 10 s");
        }

        Assert.All(all.Where(s => s.StartedAt > startedAt + 3), s => Assert.Equal(200, s.Status));
    }

    private static async Task DriveAsync(HttpClient http, Stopwatch clock, ConcurrentQueue<Sample> samples, string kind, string path, CancellationToken stop)
    {
        while (!stop.IsCancellationRequested)
        {
            var started = clock.Elapsed.TotalSeconds;
            try
            {
                using var response = await http.GetAsync(path, CancellationToken.None);
                var body = await response.Content.ReadAsStringAsync(CancellationToken.None);
                samples.Enqueue(new Sample(kind, started, clock.Elapsed.TotalSeconds, (int)response.StatusCode,
                    response.Content.Headers.ContentType?.MediaType, response.Headers.RetryAfter?.ToString(), body.Length > 4000 ? body[..4000] : body));
            }
            catch (Exception ex) when (ex is HttpRequestException or TaskCanceledException)
            {
                samples.Enqueue(new Sample(kind, started, clock.Elapsed.TotalSeconds, 0, null, null, ex.Message));
            }

            await Task.Delay(100, CancellationToken.None);
        }
    }

    private void Report(List<Sample> all, double stoppingAt, double stoppedAt, double startingAt, double startedAt)
    {
        var lines = new List<string>
        {
            string.Create(CultureInfo.InvariantCulture, $"stop {stoppingAt:F2}-{stoppedAt:F2}s, start {startingAt:F2}-{startedAt:F2}s, {all.Count} requests"),
        };
        foreach (var group in all.GroupBy(s => s.Kind))
        {
            var statuses = string.Join(' ', group.GroupBy(s => s.Status).OrderBy(g => g.Key).Select(g => $"{g.Key}×{g.Count()}"));
            var slowest = group.Max(s => s.EndedAt - s.StartedAt);
            var outage = group.Where(s => s.Status == 503).Select(s => s.EndedAt - s.StartedAt).DefaultIfEmpty().Average();
            var recovered = group.Where(s => s.StartedAt > startedAt && s.Status == 200).Min(s => (double?)s.EndedAt) - startedAt;
            lines.Add(string.Create(CultureInfo.InvariantCulture,
                $"{group.Key}: {statuses}; slowest {slowest:F2}s; mean 503 time {outage:F2}s; first 200 after start +{recovered:F2}s"));
        }

        foreach (var line in lines)
        {
            output.WriteLine(line);
            Console.WriteLine("[postgres-restart] " + line);
        }
    }
}
