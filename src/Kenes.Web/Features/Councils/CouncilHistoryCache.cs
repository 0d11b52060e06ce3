using Kenes.Infrastructure.Jobs;
using Kenes.Infrastructure.Persistence;
using Kenes.Web.Hosting;
using NodaTime;

namespace Kenes.Web.Features.Councils;

/// <summary>
/// A council's ten-year history is the heaviest read a staff page makes (five grouped queries over
/// meetings, agenda items, orders and applications) and changes rarely, so each node keeps the last
/// one built per council. It is rebuilt after any change known to the node (<see cref="DataChanges"/>:
/// its own writes, other nodes' by PostgreSQL notification, ADR 0013) and at the latest after
/// <c>Caching:CouncilHistory</c> (30 s by default; zero turns the cache off), ADR 0012. Entries exist only for
/// councils that were found and visible, so their number is bounded by the councils in the database.
/// </summary>
public sealed class CouncilHistoryCache(DataChanges changes, IConfiguration configuration)
{
    private readonly ChangeBoundCache<Guid, CouncilHistory> copies = new(changes,
        SettingDuration.Read(configuration, "Caching:CouncilHistory", Duration.FromSeconds(30)).ToTimeSpan());

    public Task<CouncilHistory> GetAsync(KenesDbContext db, Guid councilId, CancellationToken ct) =>
        copies.GetAsync(councilId, token => CouncilHistory.LoadAsync(db, councilId, token), ct);
}
