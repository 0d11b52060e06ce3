using Kenes.Infrastructure.Jobs;
using Kenes.Infrastructure.Persistence;
using Kenes.Infrastructure.Storage;
using Kenes.Web.Features.Formation.Retention;
using Kenes.Web.Tests.Support;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using NodaTime;

namespace Kenes.Web.Tests.Reliability;

/// <summary>
/// Issue #7, personal data: the documents of rejected applicants are deleted by the scheduled job
/// once the retention period has passed, with an audit entry; admitted applicants' documents stay.
/// </summary>
[Trait("Issue", "7")]
public abstract class RetentionTests(KenesAppFactory app)
{
    [Fact]
    public async Task RejectedApplicantsDocuments_AreDeletedAfterTheRetentionPeriod_OnceWithAnAuditEntry()
    {
        var storage = app.Services.GetRequiredService<IDocumentStorage>();
        var rejected = await DemoDocuments.AttachAsync(app, ApplicationStatus.Rejected, "retention rejected");
        var admitted = await DemoDocuments.AttachAsync(app, ApplicationStatus.Admitted, "retention admitted");
        var scheduler = app.Services.GetRequiredService<JobScheduler>();
        var job = app.Services.GetServices<IScheduledJob>().OfType<RejectedDocumentsRetention>().Single();

        // Within the period nothing goes.
        app.Clock.AdvanceDays(300);
        Assert.True(await scheduler.RunDueAsync(job, CancellationToken.None));
        Assert.True(await storage.ExistsAsync(rejected.StorageKey, CancellationToken.None));

        app.Clock.AdvanceDays(70);
        Assert.True(await scheduler.RunDueAsync(job, CancellationToken.None));
        // The same slot tried by another node's scheduler: the database refuses the second claim.
        var otherNode = ActivatorUtilities.CreateInstance<JobScheduler>(app.Services);
        Assert.False(await otherNode.RunDueAsync(job, CancellationToken.None));

        using var scope = app.Services.CreateScope();
        var db = scope.ServiceProvider.GetRequiredService<KenesDbContext>();
        Assert.False(await db.ApplicationDocuments.AnyAsync(d => d.Id == rejected.Id));
        Assert.False(await storage.ExistsAsync(rejected.StorageKey, CancellationToken.None));
        Assert.True(await db.ApplicationDocuments.AnyAsync(d => d.Id == admitted.Id));
        Assert.True(await storage.ExistsAsync(admitted.StorageKey, CancellationToken.None));
        var audit = await db.AuditEntries.Where(a => a.Action == "retention.documents-deleted").ToListAsync();
        var entry = Assert.Single(audit);
        Assert.Contains("1 documents", entry.Subject);
        var runs = await db.ScheduledJobRuns.Where(r => r.Job == RejectedDocumentsRetention.JobName).ToListAsync();
        Assert.Equal(2, runs.Count);
        Assert.Contains(runs, r => r.Outcome == "ok: 1 documents deleted");
    }
}

public sealed class RetentionTestsOnSqlite(SqliteApp app) : RetentionTests(app), IClassFixture<SqliteApp>;

public sealed class RetentionTestsOnPostgres(PostgresApp app) : RetentionTests(app), IClassFixture<PostgresApp>;
