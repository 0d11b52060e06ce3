using System.Globalization;
using System.Net;
using Kenes.Infrastructure.Persistence;
using Kenes.Testing;
using Kenes.Web.Tests.Formation;
using Kenes.Web.Tests.Support;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace Kenes.Web.Tests.Reliability;

/// <summary>
/// Issue #7.2: the SMTP server is down while applicants submit. Every receipt e-mail waits in the
/// outbox with its failed attempt recorded; when a real SMTP server comes up on that port each one
/// is delivered exactly once, although two nodes poll the same outbox (the claim in OutboxSender).
/// </summary>
[Trait("Issue", "7")]
public sealed class SmtpOutageTests
{
    private const int Applications = 12;

    [Theory]
    [InlineData("Sqlite")]
    [InlineData("Postgres")]
    public async Task ReceiptMails_QueuedWhileSmtpIsDown_AreDeliveredExactlyOnce_WithTwoNodesPolling(string provider)
    {
        var smtpPort = LoopbackSmtpServer.FreePort(); // nothing listens: connections are refused
        await using var database = await SharedDatabase.CreateAsync(provider);
        await using var first = new MailNode(provider, database.ConnectionString, smtpPort);
        await using var second = new MailNode(provider, database.ConnectionString, smtpPort);
        await first.InitializeAsync();
        await second.InitializeAsync();

        var officer = await first.AuthorizedAsync(Demo.EnergyOfficer);
        var number = (await FormationApi.CreateAndPublishAsync(officer)).GetProperty("number").GetString()!;
        var receipts = new List<string>();
        for (var i = 0; i < Applications; i++)
        {
            var node = i % 2 == 0 ? first : second;
            var response = await node.CreateClient().PostAsync($"/api/v1/public/announcements/{number}/applications",
                FormationApi.Application("Поштаева", $"outage{i}@example.kz"));
            Assert.Equal(HttpStatusCode.Created, response.StatusCode);
            receipts.Add((await response.ReadJsonAsync()).GetProperty("receiptNumber").GetString()!);
        }

        // Both senders poll every 200 ms and fail to connect: each message records its attempt and error.
        var queued = await WaitForAsync(first, rows => rows.Count == Applications && rows.All(m => m.Attempts >= 1 && m.LastError is not null));
        Assert.All(queued, m => Assert.Null(m.SentAt));

        await using var smtp = LoopbackSmtpServer.Start(smtpPort);
        // Past the back-off on both nodes' clocks, then several more cycles on each.
        for (var round = 0; round < 3; round++)
        {
            first.Clock.AdvanceMinutes(10);
            second.Clock.AdvanceMinutes(10);
            await WaitForAsync(first, rows => rows.All(m => m.SentAt is not null));
            await Task.Delay(500);
        }

        var delivered = smtp.Messages.Where(m => m.To.Mailboxes.Any(a => a.Address.StartsWith("outage", StringComparison.Ordinal))).ToList();
        Assert.Equal(Applications, delivered.Count);
        Assert.Equal(Applications, delivered.Select(m => m.MessageId).Distinct().Count());
        Assert.All(receipts, r => Assert.Single(delivered, m => m.Subject?.Contains(r, StringComparison.Ordinal) == true));
        var sent = await OutboxAsync(first);
        Assert.All(sent, m => Assert.NotNull(m.SentAt));
        Console.WriteLine(string.Create(CultureInfo.InvariantCulture,
            $"[smtp-outage {provider}] queued {Applications}, delivered {delivered.Count}, attempts {string.Join(',', sent.Select(m => m.Attempts))}"));
    }

    private static async Task<List<Infrastructure.Mail.OutboxMessage>> WaitForAsync(
        MailNode node, Func<List<Infrastructure.Mail.OutboxMessage>, bool> condition)
    {
        var deadline = DateTimeOffset.UtcNow.AddSeconds(20);
        while (true)
        {
            var rows = await OutboxAsync(node);
            if (condition(rows))
            {
                return rows;
            }

            if (DateTimeOffset.UtcNow > deadline)
            {
                throw new TimeoutException($"Outbox never reached the expected state: {string.Join("; ", rows.Select(m => $"{m.To} a={m.Attempts} sent={m.SentAt}"))}");
            }

            await Task.Delay(100);
        }
    }

    private static async Task<List<Infrastructure.Mail.OutboxMessage>> OutboxAsync(MailNode node)
    {
        using var scope = node.Services.CreateScope();
        var db = scope.ServiceProvider.GetRequiredService<KenesDbContext>();
        return await db.Outbox.AsNoTracking().Where(m => m.To.StartsWith("outage")).ToListAsync();
    }

    /// <summary>One database both nodes use: a SQLite file or a fresh PostgreSQL database.</summary>
    private sealed class SharedDatabase : IAsyncDisposable
    {
        private readonly TestPostgresDatabase? postgres;
        private readonly string? path;

        private SharedDatabase(TestPostgresDatabase? postgres, string? path) => (this.postgres, this.path) = (postgres, path);

        public string ConnectionString => postgres?.ConnectionString ?? $"Data Source={path}";

        public static async Task<SharedDatabase> CreateAsync(string provider)
        {
            if (provider == "Postgres")
            {
                var database = new TestPostgresDatabase();
                await database.CreateAsync();
                return new SharedDatabase(database, null);
            }

            var file = Path.Combine(Path.GetTempPath(), "kenes-tests", $"{Guid.NewGuid():N}.db");
            Directory.CreateDirectory(Path.GetDirectoryName(file)!);
            return new SharedDatabase(null, file);
        }

        public async ValueTask DisposeAsync()
        {
            if (postgres is not null)
            {
                await postgres.DropAsync();
                return;
            }

            Microsoft.Data.Sqlite.SqliteConnection.ClearAllPools();
            foreach (var file in new[] { path!, path + "-wal", path + "-shm" })
            {
                File.Delete(file);
            }
        }
    }

    private sealed class MailNode(string provider, string connectionString, int smtpPort) : KenesAppFactory
    {
        public override string Provider => provider;

        protected override string ConnectionString => connectionString;

        protected override IDictionary<string, string?> ExtraSettings => new Dictionary<string, string?>
        {
            ["Mail:Host"] = "127.0.0.1",
            ["Mail:Port"] = smtpPort.ToString(CultureInfo.InvariantCulture),
            ["Mail:From"] = "kenes@energo.gov.kz",
            ["Mail:PollInterval"] = "00:00:00.200",
        };
    }
}
