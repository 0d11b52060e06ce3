using Kenes.Infrastructure.Jobs;
using Kenes.Infrastructure.Persistence;
using Kenes.Infrastructure.Storage;
using Microsoft.EntityFrameworkCore;
using NodaTime;

namespace Kenes.Web.Features.Formation.Retention;

/// <summary>
/// Removes stored files that no database row references, and temporary files left by an interrupted upload.
/// Intake stores files before it commits their rows (ADR 0007) and retention deletes rows before their files, so a
/// crash at the wrong moment leaves an unreferenced file, never a row without its file; this job clears those.
/// A file younger than the grace period (Storage:OrphanGracePeriod, 1 hour unless configured) is left alone, since
/// its transaction may still be running. Each run that removes something leaves one audit entry.
/// </summary>
public sealed class OrphanDocumentSweep(IConfiguration configuration) : IScheduledJob
{
    public const string JobName = "storage-orphan-sweep";
    public const string AuditAction = "storage.orphans-swept";
    private const int Batch = 500;

    public string Name => JobName;

    public Duration DefaultInterval => Duration.FromHours(1);

    public Duration GracePeriod => SettingDuration.Read(configuration, "Storage:OrphanGracePeriod", Duration.FromHours(1));

    public async Task<string> RunAsync(IServiceProvider services, Instant slot, CancellationToken ct)
    {
        var db = services.GetRequiredService<KenesDbContext>();
        var storage = services.GetRequiredService<IDocumentStorage>();
        var cutoff = services.GetRequiredService<IClock>().GetCurrentInstant() - GracePeriod;

        // The listing comes first: a file committed after it is not a candidate, and a candidate's rows, read
        // afterwards, are as new as they can be.
        var candidates = new List<StorageEntry>();
        await foreach (var entry in storage.ListAsync(ct))
        {
            if (Instant.FromDateTimeOffset(entry.LastWriteUtc) <= cutoff)
            {
                candidates.Add(entry);
            }
        }

        var temporary = candidates.Where(e => e.Key is null).ToList();
        var orphans = new List<StorageEntry>();
        foreach (var chunk in candidates.Where(e => e.Key is not null).Chunk(Batch))
        {
            var keys = chunk.Select(e => e.Key!).ToList();
            var referenced = (await db.ApplicationDocuments.Where(d => keys.Contains(d.StorageKey)).Select(d => d.StorageKey).ToListAsync(ct))
                .Concat(await db.AgendaMaterials.Where(m => keys.Contains(m.StorageKey)).Select(m => m.StorageKey).ToListAsync(ct))
                .Concat(await db.Meetings.Where(m => m.MinutesStorageKey != null && keys.Contains(m.MinutesStorageKey)).Select(m => m.MinutesStorageKey!).ToListAsync(ct))
                .ToHashSet(StringComparer.Ordinal);
            orphans.AddRange(chunk.Where(e => !referenced.Contains(e.Key!)));
        }

        if (orphans.Count == 0 && temporary.Count == 0)
        {
            return "nothing to sweep";
        }

        foreach (var orphan in orphans)
        {
            await storage.DeleteAsync(orphan.Key!, ct);
        }

        foreach (var leftover in temporary)
        {
            await storage.DeleteTemporaryAsync(leftover.Name, ct);
        }

        var bytes = orphans.Concat(temporary).Sum(e => e.Length);
        var summary = $"{orphans.Count} unreferenced files and {temporary.Count} temporary files removed";
        db.AuditEntries.Add(new AuditEntry
        {
            At = slot,
            Action = AuditAction,
            Subject = summary,
            Details = Truncate($"grace period {GracePeriod.TotalMinutes:0} minutes, {bytes} bytes; keys: {string.Join(", ", orphans.Select(o => o.Key))}", 4000),
        });
        await db.SaveChangesAsync(ct);
        return summary;
    }

    private static string Truncate(string text, int max) => text.Length <= max ? text : text[..(max - 1)] + "…";
}
