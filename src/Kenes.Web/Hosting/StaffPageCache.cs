using Kenes.Infrastructure.Jobs;
using NodaTime;

namespace Kenes.Web.Hosting;

/// <summary>
/// What the busiest signed-in pages read from the database, kept per node between changes (ADR 0013):
/// a meeting with its agenda, a screening queue, a council, a workspace. A copy is served only until
/// any change is known to this node (its own writes at once, other nodes' within milliseconds through
/// PostgreSQL notifications) and at most for <c>Caching:StaffPages</c> (30 s; zero turns it off), which
/// bounds writes that bypass Kenes. Access checks and everything personal are still done per request.
/// One instance per kind of copy (the type arguments), shared by the whole node.
/// </summary>
public sealed class StaffPageCache<TKey, TValue>(DataChanges changes, IConfiguration configuration) where TKey : notnull
{
    public const string Setting = "Caching:StaffPages";

    private readonly ChangeBoundCache<TKey, TValue> copies = new(changes,
        SettingDuration.Read(configuration, Setting, Duration.FromSeconds(30)).ToTimeSpan());

    public Task<TValue> GetAsync(TKey key, Func<CancellationToken, Task<TValue>> build, CancellationToken ct) =>
        copies.GetAsync(key, build, ct);
}
