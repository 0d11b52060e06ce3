using System.Collections.Concurrent;

namespace Kenes.Web.Hosting;

/// <summary>
/// Read models kept in memory per node (ADR 0012): a copy is served until this node serves a change
/// (<see cref="DataChanges"/>) or its lifetime ends, whichever comes first. While a copy is being
/// built, requests for the same key wait for it instead of building it again: under load, fifty
/// requests found the council history expired at the same moment and all loaded ten years (council
/// page p99 1.5 s on PostgreSQL). A failed or abandoned build is dropped and each waiting request then
/// builds for itself, so errors are reported by the request that meets them.
/// Memory is bounded: all copies are dropped at the first request after a change (they are all stale
/// then), and when more than <paramref name="capacity"/> keys were added since.
/// </summary>
public sealed class ChangeBoundCache<TKey, TValue>(DataChanges changes, TimeSpan lifetime, int capacity = 5_000) where TKey : notnull
{
    private sealed record Entry(long Generation, long BuiltAt, Task<TValue> Value);

    private readonly ConcurrentDictionary<TKey, Entry> entries = new();

    private readonly long lifetimeMs = (long)lifetime.TotalMilliseconds;

    private long clearedAt = -1;
    private int added;

    public async Task<TValue> GetAsync(TKey key, Func<CancellationToken, Task<TValue>> build, CancellationToken ct)
    {
        if (lifetimeMs <= 0 || !changes.HearsOtherNodes)
        {
            return await build(ct);
        }

        while (true)
        {
            // Read before building: a change committed while the copy builds moves the count, so that
            // copy is already out of date and the next request rebuilds it.
            var generation = changes.Generation;
            DropStale(generation);
            var now = Environment.TickCount64;
            var found = entries.GetValueOrDefault(key);
            if (found is not null && found.Generation == generation && now - found.BuiltAt < lifetimeMs)
            {
                try
                {
                    return await found.Value.WaitAsync(ct);
                }
                catch (OperationCanceledException) when (!ct.IsCancellationRequested)
                {
                    continue;
                }
            }

            var building = new TaskCompletionSource<TValue>(TaskCreationOptions.RunContinuationsAsynchronously);
            var mine = new Entry(generation, now, building.Task);
            if (!(found is null ? entries.TryAdd(key, mine) : entries.TryUpdate(key, mine, found)))
            {
                continue;
            }

            if (found is null)
            {
                Interlocked.Increment(ref added);
            }

            try
            {
                var value = await build(ct);
                building.SetResult(value);
                return value;
            }
            catch
            {
                entries.TryRemove(KeyValuePair.Create(key, mine));
                building.SetCanceled(CancellationToken.None);
                throw;
            }
        }
    }

    /// <summary>Whether a copy is kept for the key (tests).</summary>
    public bool Holds(TKey key) => entries.ContainsKey(key);

    private void DropStale(long generation)
    {
        var cleared = Interlocked.Read(ref clearedAt);
        if ((cleared != generation || Volatile.Read(ref added) > capacity)
            && Interlocked.CompareExchange(ref clearedAt, generation, cleared) == cleared)
        {
            // A copy being built meanwhile may be dropped with the rest; its waiters still get it.
            entries.Clear();
            Volatile.Write(ref added, 0);
        }
    }
}
