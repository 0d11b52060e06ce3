using Kenes.Infrastructure.Persistence;
using Microsoft.EntityFrameworkCore;

namespace Kenes.Web.Hosting;

/// <summary>
/// On SQLite, each open of a pooled connection re-registers EF Core's SQL functions on it and each
/// close unregisters them; with a connection opened and closed around every query, that was a third
/// of a staff page's cost (issue #6, profiled). A request that reaches an endpoint opens the
/// connection once; EF Core then keeps it open until the request ends. PostgreSQL needs none of this.
/// </summary>
public static class SqliteRequestConnection
{
    public static void UseSqliteRequestConnection(this IApplicationBuilder app) =>
        app.Use(async (context, next) =>
        {
            var db = context.GetEndpoint() is null || context.Request.Path.StartsWithSegments("/health")
                ? null
                : context.RequestServices.GetRequiredService<KenesDbContext>();
            if (db is not null && db.Database.IsSqlite())
            {
                await db.Database.OpenConnectionAsync(context.RequestAborted);
            }

            await next(context);
        });
}
