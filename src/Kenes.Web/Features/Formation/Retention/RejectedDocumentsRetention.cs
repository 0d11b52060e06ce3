using Kenes.Infrastructure.Jobs;
using Kenes.Infrastructure.Persistence;
using Kenes.Infrastructure.Storage;
using Microsoft.EntityFrameworkCore;
using NodaTime;

namespace Kenes.Web.Features.Formation.Retention;

/// <summary>
/// Law of the Republic of Kazakhstan "On personal data and their protection": personal data are kept
/// no longer than their purpose needs. The documents of applicants who were not admitted (R9) are
/// deleted once the retention period after the decision has passed (Retention:RejectedApplicantDocuments,
/// 365 days unless configured); the application record with its receipt and decision stays, as the
/// screening's own record. Each run that deletes something leaves one audit entry.
/// Rows go first, in one transaction with the audit entry; files after the commit, so a crash in
/// between leaves files without rows, which the storage sweep removes, never rows without files.
/// </summary>
public sealed class RejectedDocumentsRetention(IConfiguration configuration) : IScheduledJob
{
    public const string JobName = "retention-rejected-documents";
    private const int Batch = 500;

    public string Name => JobName;

    public Duration DefaultInterval => Duration.FromDays(1);

    public Duration Period => SettingDuration.Read(configuration, "Retention:RejectedApplicantDocuments", Duration.FromDays(365));

    public async Task<string> RunAsync(IServiceProvider services, Instant slot, CancellationToken ct)
    {
        var db = services.GetRequiredService<KenesDbContext>();
        var storage = services.GetRequiredService<IDocumentStorage>();
        var cutoff = slot - Period;
        var due = await db.ApplicationDocuments
            .Where(d => db.Applications.Any(a => a.Id == d.ApplicationId && a.Status == ApplicationStatus.Rejected && a.DecidedAt != null && a.DecidedAt < cutoff))
            .OrderBy(d => d.Id).Take(Batch)
            .Select(d => new { d.Id, d.StorageKey, Receipt = db.Applications.Where(a => a.Id == d.ApplicationId).Select(a => a.ReceiptNumber).First() })
            .ToListAsync(ct);
        if (due.Count == 0)
        {
            return "nothing due";
        }

        var ids = due.Select(d => d.Id).ToList();
        var receipts = due.Select(d => d.Receipt).Distinct().ToList();
        await db.Database.CreateExecutionStrategy().ExecuteAsync(async () =>
        {
            db.ChangeTracker.Clear();
            await using var transaction = await db.Database.BeginTransactionAsync(ct);
            await db.ApplicationDocuments.Where(d => ids.Contains(d.Id)).ExecuteDeleteAsync(ct);
            db.AuditEntries.Add(new AuditEntry
            {
                At = slot,
                Action = "retention.documents-deleted",
                Subject = $"{due.Count} documents of {receipts.Count} rejected applications",
                Details = Truncate($"period {Period.TotalDays:0} days, decided before {cutoff}; receipts: {string.Join(", ", receipts)}", 4000),
            });
            await db.SaveChangesAsync(ct);
            await transaction.CommitAsync(ct);
        });

        foreach (var document in due)
        {
            await storage.DeleteAsync(document.StorageKey, ct);
        }

        return $"{due.Count} documents deleted";
    }

    private static string Truncate(string text, int max) => text.Length <= max ? text : text[..(max - 1)] + "…";
}
