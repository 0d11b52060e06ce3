using System.Collections.Concurrent;
using Microsoft.EntityFrameworkCore;

namespace Kenes.Infrastructure.Persistence;

/// <summary>
/// A compiled query per database provider. EF Core binds a compiled query to the provider of the first
/// context that runs it; one process can hold SQLite and PostgreSQL contexts (the test suite does).
/// </summary>
public sealed class PerProvider<TQuery>(Func<TQuery> compile) where TQuery : class
{
    private readonly ConcurrentDictionary<string, TQuery> queries = new();

    public TQuery For(DbContext db) => queries.GetOrAdd(db.Database.ProviderName ?? "", _ => compile());
}
