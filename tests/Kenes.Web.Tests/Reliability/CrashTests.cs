using System.Collections.Concurrent;
using System.Diagnostics;
using System.Net.Http.Headers;
using System.Security.Cryptography;
using System.Text;
using System.Text.Json;
using Kenes.Testing;
using Kenes.Web.Features.Formation.Retention;
using Kenes.Web.Tests.Support;
using Xunit.Abstractions;

namespace Kenes.Web.Tests.Reliability;

/// <summary>
/// Issue #7, crash safety: 500 online applications sent concurrently to a real Kenes process, which is killed with
/// SIGKILL half-way through and started again on the same database and document folder. Every application that got
/// a receipt must be there exactly once with its documents byte for byte; no half record, no orphan file, no
/// temporary file may remain once the orphan sweep has run (it writes one audit entry).
/// </summary>
[Trait("Issue", "7")]
public abstract class CrashTests(ITestOutputHelper output) : IAsyncLifetime
{
    private const int Applications = 500;
    private const int Concurrency = 48;
    private const int KillAfterReceipts = 200;

    private readonly TempFolder temp = new("kenes-crash");

    protected abstract string Provider { get; }

    protected abstract string ConnectionString(string folder);

    private string folder => temp.Path;

    public virtual Task InitializeAsync() => Task.CompletedTask;

    public virtual Task DisposeAsync()
    {
        temp.Dispose();
        return Task.CompletedTask;
    }

    private sealed record Sent(string Email, string ApplicationSha256, string WorkSha256);

    [Fact]
    public async Task KilledMidIntake_EveryReceiptSurvivesOnce_WithIntactDocuments_AndNoOrphanRemains()
    {
        var documents = Path.Combine(folder, "documents");
        var settings = new Dictionary<string, string>
        {
            ["Database__Provider"] = Provider,
            ["ConnectionStrings__Kenes"] = ConnectionString(folder),
            ["Storage__Root"] = documents,
        };
        var clock = Stopwatch.StartNew();
        var first = await KenesServer.StartAsync(settings, folder);
        var started = clock.Elapsed;
        var number = await OpenAnnouncementAsync(first.BaseUrl);

        var receipts = new ConcurrentDictionary<string, Sent>();
        var failures = 0;
        var killed = new TaskCompletionSource();
        using var http = new HttpClient { BaseAddress = new Uri(first.BaseUrl), Timeout = TimeSpan.FromSeconds(30) };
        using var gate = new SemaphoreSlim(Concurrency);
        var submitting = Stopwatch.StartNew();
        var sends = Enumerable.Range(0, Applications).Select(async i =>
        {
            await gate.WaitAsync();
            try
            {
                if (killed.Task.IsCompleted)
                {
                    Interlocked.Increment(ref failures);
                    return;
                }

                var (content, sent) = Application(i);
                using var response = await http.PostAsync($"/api/v1/public/announcements/{Uri.EscapeDataString(number)}/applications", content);
                var body = await response.Content.ReadAsStringAsync();
                if (response.IsSuccessStatusCode && JsonDocument.Parse(body).RootElement.GetProperty("receiptNumber").GetString() is { Length: > 0 } receipt)
                {
                    receipts[receipt] = sent;
                    if (receipts.Count >= KillAfterReceipts && killed.TrySetResult())
                    {
                        await first.KillAsync(); // SIGKILL while up to Concurrency - 1 other requests are in flight.
                    }
                }
                else
                {
                    Interlocked.Increment(ref failures);
                }
            }
            catch (Exception ex) when (ex is HttpRequestException or TaskCanceledException or IOException)
            {
                Interlocked.Increment(ref failures);
            }
            finally
            {
                gate.Release();
            }
        }).ToList();
        await Task.WhenAll(sends);
        submitting.Stop();
        Assert.True(killed.Task.IsCompleted, $"only {receipts.Count} receipts before the requests ended");
        await first.DisposeAsync();

        var probe = new StoreProbe(Provider, ConnectionString(folder), documents);
        var keysAtCrash = await probe.ReferencedKeysAsync();
        var filesAtCrash = probe.Files();
        var temporaryAtCrash = filesAtCrash.Count(f => f.EndsWith(".tmp", StringComparison.Ordinal));
        var orphansAtCrash = filesAtCrash.Count(f => !f.EndsWith(".tmp", StringComparison.Ordinal) && !keysAtCrash.Contains(Path.GetFileName(f)));
        // What a crash inside the storage itself leaves: a file under a real key with no row, and a temporary file.
        var plantedKey = Convert.ToHexStringLower(RandomNumberGenerator.GetBytes(16));
        Directory.CreateDirectory(Path.GetDirectoryName(probe.PathOf(plantedKey))!);
        await File.WriteAllTextAsync(probe.PathOf(plantedKey), "%PDF-1.4 orphan");
        await File.WriteAllTextAsync(Path.Combine(Path.GetDirectoryName(probe.PathOf(plantedKey))!, $".{plantedKey}.{Guid.NewGuid():N}.tmp"), "half");

        var restarting = Stopwatch.StartNew();
        settings["Storage__OrphanGracePeriod"] = "00:00:00";
        settings[$"Jobs__{OrphanDocumentSweep.JobName}__Interval"] = "00:00:01";
        await using var second = await KenesServer.StartAsync(settings, folder);
        var restarted = restarting.Elapsed;
        var swept = await SweepOutcomeAsync(probe);

        // Every receipt: exactly one application with both documents, whose rows and files agree with what was sent.
        var rows = await probe.QueryAsync("""
            SELECT a."ReceiptNumber", a."Email", d."Kind", d."Sha256", d."StorageKey"
            FROM "Applications" a LEFT JOIN "ApplicationDocuments" d ON d."ApplicationId" = a."Id"
            WHERE a."Email" LIKE 'crash-%'
            """);
        var byReceipt = rows.GroupBy(r => (string)r[0]!).ToDictionary(g => g.Key, g => g.ToList());
        foreach (var (receipt, sent) in receipts)
        {
            Assert.True(byReceipt.TryGetValue(receipt, out var documentsOf), $"{receipt} acknowledged but missing");
            Assert.All(documentsOf, r => Assert.Equal(sent.Email, r[1]));
            var hashes = documentsOf.Select(r => (string?)r[3]).Order().ToList();
            Assert.Equal(new[] { sent.ApplicationSha256, sent.WorkSha256 }.Order(), hashes);
        }

        Assert.Equal(rows.Select(r => (string)r[1]!).Distinct().Count(), byReceipt.Count); // one application per person
        // No half record: every stored application, acknowledged or not, has both its files, intact.
        Assert.All(byReceipt.Values, documentsOf =>
        {
            Assert.Equal(2, documentsOf.Count(r => r[4] is not null));
            Assert.All(documentsOf, r => Assert.Equal((string)r[3]!, probe.HashOf((string)r[4]!)));
        });

        // No orphan and no temporary file: every file is a key some row references.
        var referenced = await probe.ReferencedKeysAsync();
        var files = probe.Files();
        Assert.DoesNotContain(files, f => f.EndsWith(".tmp", StringComparison.Ordinal));
        Assert.All(files, f => Assert.Contains(Path.GetFileName(f), referenced));
        var audit = await probe.QueryAsync($"""SELECT "Subject" FROM "AuditEntries" WHERE "Action" = '{OrphanDocumentSweep.AuditAction}'""");
        var entry = Assert.Single(audit);
        Assert.Contains($"{orphansAtCrash + 1} unreferenced files and {temporaryAtCrash + 1} temporary files", (string)entry[0]!);

        output.WriteLine($"{Provider}: started in {started.TotalSeconds:0.0} s; {receipts.Count} receipts, {failures} refused or cut off, "
            + $"{byReceipt.Count} applications stored ({byReceipt.Count - receipts.Count} committed without a receipt reaching the client) "
            + $"in {submitting.Elapsed.TotalSeconds:0.0} s; left by the kill: {orphansAtCrash} unreferenced and {temporaryAtCrash} temporary files; restarted in {restarted.TotalSeconds:0.0} s; "
            + $"sweep: {swept}; {files.Count} files remain; whole test {clock.Elapsed.TotalSeconds:0.0} s");
    }

    private static async Task<string> OpenAnnouncementAsync(string baseUrl)
    {
        using var http = new HttpClient();
        var list = JsonDocument.Parse(await http.GetStringAsync($"{baseUrl}/api/v1/public/announcements")).RootElement;
        return list.EnumerateArray().First().GetProperty("number").GetString()!;
    }

    private static async Task<string> SweepOutcomeAsync(StoreProbe probe)
    {
        for (var attempt = 0; attempt < 60; attempt++)
        {
            var done = await probe.QueryAsync($"""
                SELECT "Outcome" FROM "ScheduledJobRuns" WHERE "Job" = '{OrphanDocumentSweep.JobName}' AND "Outcome" IS NOT NULL ORDER BY "Slot" DESC
                """);
            if (done.Select(r => (string)r[0]!).FirstOrDefault(o => o.Contains("removed", StringComparison.Ordinal)) is { } outcome)
            {
                return outcome;
            }

            await Task.Delay(250);
        }

        throw new TimeoutException("the orphan sweep did not run after the restart");
    }

    /// <summary>A unique applicant with two PDFs (the written application and a ~64 KB work record), and their hashes.</summary>
    private static (MultipartFormDataContent Content, Sent Sent) Application(int i)
    {
        var email = $"crash-{i}-{Guid.NewGuid():N}@example.kz";
        var written = Pdf($"application {email}", 2_000);
        var work = Pdf($"work record {email}", 64_000);
        var content = new MultipartFormDataContent
        {
            { new StringContent("Сынақов"), "surname" },
            { new StringContent("Апат"), "firstName" },
            { new StringContent("Kenes crash test"), "organization" },
            { new StringContent(email), "email" },
            { new StringContent("+77010000000"), "phone" },
            { new StringContent("true"), "consent" },
        };
        content.Add(File(written), "application", "application.pdf");
        content.Add(File(work), "workExperience", "work.pdf");
        return (content, new Sent(email, Hash(written), Hash(work)));

        static ByteArrayContent File(byte[] bytes)
        {
            var part = new ByteArrayContent(bytes);
            part.Headers.ContentType = new MediaTypeHeaderValue("application/pdf");
            return part;
        }
    }

    private static byte[] Pdf(string text, int size)
    {
        // Hex filler: random, so every file differs, and free of '/' so it never looks like a PDF name.
        var filler = Convert.ToHexString(RandomNumberGenerator.GetBytes(size / 2));
        return Encoding.ASCII.GetBytes($"%PDF-1.4\n1 0 obj << /Type /Catalog >> endobj\n% {text} {filler}\ntrailer << /Root 1 0 R >>\n%%EOF\n");
    }

    private static string Hash(byte[] bytes) => Convert.ToHexStringLower(SHA256.HashData(bytes));
}

public sealed class CrashTestsOnSqlite(ITestOutputHelper output) : CrashTests(output)
{
    protected override string Provider => "Sqlite";

    protected override string ConnectionString(string folder) => $"Data Source={Path.Combine(folder, "kenes.db")}";
}

public sealed class CrashTestsOnPostgres(ITestOutputHelper output) : CrashTests(output)
{
    private readonly TestPostgresDatabase database = new();

    protected override string Provider => "Postgres";

    protected override string ConnectionString(string folder) => database.ConnectionString;

    public override async Task InitializeAsync()
    {
        await base.InitializeAsync();
        await database.CreateAsync();
    }

    public override async Task DisposeAsync()
    {
        await database.DropAsync();
        await base.DisposeAsync();
    }
}
