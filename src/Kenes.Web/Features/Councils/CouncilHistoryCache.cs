using System.Collections.Concurrent;
using Kenes.Infrastructure.Jobs;
using Kenes.Infrastructure.Persistence;
using Kenes.Web.Hosting;
using NodaTime;

namespace Kenes.Web.Features.Councils;

/// <summary>
/// A council's ten-year history is the heaviest read a staff page makes (five grouped queries over
/// meetings, agenda items, orders and applications) and changes rarely, so each node keeps the last
/// one built per council. It is rebuilt after any change this node serves (<see cref="DataChanges"/>)
/// and at the latest after <c>Caching:CouncilHistory</c> (30 s by default; zero turns the cache off),
/// which bounds how long another node's change takes to show (ADR 0012). Entries exist only for
/// councils that were found and visible, so their number is bounded by the councils in the database.
/// </summary>
public sealed class CouncilHistoryCache(DataChanges changes, IConfiguration configuration)
{
    private sealed record Entry(long Generation, long BuiltAt, CouncilHistory History);

    private readonly ConcurrentDictionary<Guid, Entry> entries = new();

    private readonly long lifetimeMs =
        (long)SettingDuration.Read(configuration, "Caching:CouncilHistory", Duration.FromSeconds(30)).TotalMilliseconds;

    public async Task<CouncilHistory> GetAsync(KenesDbContext db, Guid councilId, CancellationToken ct)
    {
        // Read before loading: a change committed while the history loads moves the count, so the
        // copy built here is already out of date and the next request rebuilds it.
        var generation = changes.Generation;
        var now = Environment.TickCount64;
        if (entries.TryGetValue(councilId, out var entry) && entry.Generation == generation && now - entry.BuiltAt < lifetimeMs)
        {
            return entry.History;
        }

        var history = await CouncilHistory.LoadAsync(db, councilId, ct);
        if (lifetimeMs > 0)
        {
            entries[councilId] = new Entry(generation, now, history);
        }

        return history;
    }
}
