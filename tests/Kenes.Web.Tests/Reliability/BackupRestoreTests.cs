using System.Diagnostics;
using System.Net;
using System.Net.Http.Headers;
using System.Text;
using System.Text.Json;
using Kenes.Backup;
using Kenes.Testing;
using Kenes.Web.Tests.Support;
using Xunit.Abstractions;

namespace Kenes.Web.Tests.Reliability;

/// <summary>
/// Issue #7, backup and restore: a running instance with uploaded documents is backed up online and restored into an
/// empty instance; every table has the same rows, every document the same SHA-256, and the restored instance starts
/// and serves the same public data. A damaged backup is refused before anything is restored.
/// </summary>
[Trait("Issue", "7")]
public abstract class BackupRestoreTests(ITestOutputHelper output) : IAsyncLifetime
{
    private readonly TempFolder temp = new("kenes-backup");

    protected abstract string Provider { get; }

    /// <summary>The source instance's database (which 0) or the restored one's (which 1).</summary>
    protected abstract string ConnectionString(int which);

    private string folder => temp.Path;

    public virtual Task InitializeAsync() => Task.CompletedTask;

    public virtual Task DisposeAsync()
    {
        temp.Dispose();
        return Task.CompletedTask;
    }

    [Fact]
    public async Task BackupOfARunningInstance_RestoredIntoAnEmptyOne_LosesNothing()
    {
        var source = Instance(0);
        var restored = Instance(1);
        string announcements, councils, receipt;
        SortedDictionary<string, long> counts;
        BackupReport backup;
        var backupFolder = Path.Combine(folder, "backup");
        var timer = Stopwatch.StartNew();
        await using (var server = await KenesServer.StartAsync(source.Settings, Path.Combine(folder, "source")))
        {
            using var http = new HttpClient { BaseAddress = new Uri(server.BaseUrl) };
            var number = JsonDocument.Parse(await http.GetStringAsync("/api/v1/public/announcements")).RootElement[0].GetProperty("number").GetString()!;
            var receipts = new List<string>();
            for (var i = 0; i < 5; i++)
            {
                var response = await http.PostAsync($"/api/v1/public/announcements/{Uri.EscapeDataString(number)}/applications", Application(i));
                Assert.Equal(HttpStatusCode.Created, response.StatusCode);
                receipts.Add((await response.ReadJsonAsync()).GetProperty("receiptNumber").GetString()!);
            }

            receipt = receipts[^1];
            announcements = await http.GetStringAsync("/api/v1/public/announcements");
            councils = await http.GetStringAsync("/api/v1/public/councils");

            // Online: the server keeps running (and SQLite keeps its WAL) while the backup is taken.
            timer.Restart();
            backup = await BackupTool.BackupAsync(new BackupOptions(Provider, ConnectionString(0), source.Probe.DocumentsRoot, backupFolder));
            output.WriteLine($"{Provider}: backup in {timer.Elapsed.TotalSeconds:0.00} s: database {backup.DatabaseBytes} bytes, {backup.Documents} documents, {backup.DocumentBytes} bytes");
            counts = await source.Probe.RowCountsAsync();
        }

        // A damaged backup is refused before anything is touched.
        var damaged = Path.Combine(folder, "damaged");
        CopyFolder(backupFolder, damaged);
        var someDocument = Directory.EnumerateFiles(Path.Combine(damaged, "documents"), "*", SearchOption.AllDirectories).First();
        await File.AppendAllTextAsync(someDocument, "x");
        await Assert.ThrowsAsync<BackupException>(() =>
            BackupTool.RestoreAsync(new BackupOptions(Provider, ConnectionString(1), restored.Probe.DocumentsRoot, damaged)));
        Assert.Empty(restored.Probe.Files());

        timer.Restart();
        var report = await BackupTool.RestoreAsync(new BackupOptions(Provider, ConnectionString(1), restored.Probe.DocumentsRoot, backupFolder));
        output.WriteLine($"{Provider}: restore in {timer.Elapsed.TotalSeconds:0.00} s, {report.Documents} documents");
        // Into an empty instance only: a second restore over it is refused.
        await Assert.ThrowsAsync<BackupException>(() =>
            BackupTool.RestoreAsync(new BackupOptions(Provider, ConnectionString(1), restored.Probe.DocumentsRoot, backupFolder)));

        Assert.Equal(counts, await restored.Probe.RowCountsAsync());
        Assert.True(counts["ApplicationDocuments"] >= 10, $"{counts["ApplicationDocuments"]} document rows");
        var documents = await restored.Probe.QueryAsync("""SELECT "StorageKey", "Sha256" FROM "ApplicationDocuments" """);
        Assert.All(documents, d => Assert.Equal((string)d[1]!, restored.Probe.HashOf((string)d[0]!)));

        await using var again = await KenesServer.StartAsync(restored.Settings, Path.Combine(folder, "restored"));
        using var client = new HttpClient { BaseAddress = new Uri(again.BaseUrl) };
        Assert.Equal(announcements, await client.GetStringAsync("/api/v1/public/announcements"));
        Assert.Equal(councils, await client.GetStringAsync("/api/v1/public/councils"));
        Assert.Equal(HttpStatusCode.OK, (await client.GetAsync($"/api/v1/public/applications/{receipt}")).StatusCode);
        output.WriteLine($"{Provider}: {counts.Count} tables, {counts.Values.Sum()} rows equal; {documents.Count} document hashes match");
    }

    private (Dictionary<string, string> Settings, StoreProbe Probe) Instance(int which)
    {
        var documents = Path.Combine(folder, which == 0 ? "source" : "restored", "documents");
        var settings = new Dictionary<string, string>
        {
            ["Database__Provider"] = Provider,
            ["ConnectionStrings__Kenes"] = ConnectionString(which),
            ["Storage__Root"] = documents,
            // No job may add rows between the backup and the count.
            ["Jobs__Enabled"] = "false",
        };
        return (settings, new StoreProbe(Provider, ConnectionString(which), documents));
    }

    protected string Folder => folder;

    private static MultipartFormDataContent Application(int i)
    {
        var content = new MultipartFormDataContent
        {
            { new StringContent("Қалпына"), "surname" },
            { new StringContent("Келтіру"), "firstName" },
            { new StringContent("Kenes backup test"), "organization" },
            { new StringContent($"backup-{i}-{Guid.NewGuid():N}@example.kz"), "email" },
            { new StringContent("+77010000000"), "phone" },
            { new StringContent("true"), "consent" },
        };
        foreach (var field in new[] { "application", "workExperience" })
        {
            var part = new ByteArrayContent(Encoding.ASCII.GetBytes($"%PDF-1.4\n% {field} {i} {Guid.NewGuid():N}\n%%EOF\n"));
            part.Headers.ContentType = new MediaTypeHeaderValue("application/pdf");
            content.Add(part, field, field + ".pdf");
        }

        return content;
    }

    private static void CopyFolder(string from, string to)
    {
        foreach (var file in Directory.EnumerateFiles(from, "*", SearchOption.AllDirectories))
        {
            var target = Path.Combine(to, Path.GetRelativePath(from, file));
            Directory.CreateDirectory(Path.GetDirectoryName(target)!);
            File.Copy(file, target);
        }
    }
}

public sealed class BackupRestoreTestsOnSqlite(ITestOutputHelper output) : BackupRestoreTests(output)
{
    protected override string Provider => "Sqlite";

    protected override string ConnectionString(int which) =>
        $"Data Source={Path.Combine(Folder, which == 0 ? "source" : "restored", "kenes.db")}";
}

public sealed class BackupRestoreTestsOnPostgres(ITestOutputHelper output) : BackupRestoreTests(output)
{
    private readonly TestPostgresDatabase source = new();
    private readonly TestPostgresDatabase restored = new();

    protected override string Provider => "Postgres";

    protected override string ConnectionString(int which) => which == 0 ? source.ConnectionString : restored.ConnectionString;

    public override async Task InitializeAsync()
    {
        await base.InitializeAsync();
        await source.CreateAsync();
        await restored.CreateAsync();
    }

    public override async Task DisposeAsync()
    {
        await source.DropAsync();
        await restored.DropAsync();
        await base.DisposeAsync();
    }
}
