using Kenes.Infrastructure.Demo;
using Kenes.Infrastructure.Identity;
using Microsoft.AspNetCore.Identity;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;

namespace Kenes.Infrastructure.Persistence;

/// <summary>Creates and migrates the database at start-up on both engines, then ensures the roles exist.</summary>
public static class DatabaseInitializer
{
    public static async Task InitializeAsync(IServiceProvider services, bool seedDemo, CancellationToken ct)
    {
        using var scope = services.CreateScope();
        var sp = scope.ServiceProvider;
        var db = sp.GetRequiredService<KenesDbContext>();
        var logger = sp.GetRequiredService<ILoggerFactory>().CreateLogger(typeof(DatabaseInitializer));

        // Several web nodes may start at once against one PostgreSQL: one migrates and seeds at a time,
        // under a session advisory lock held on this open connection (two concurrent migrations would
        // both try to create the same tables). SQLite is one process's file.
        await db.Database.OpenConnectionAsync(ct);
        if (db.Database.IsNpgsql())
        {
            await db.Database.ExecuteSqlRawAsync("SELECT pg_advisory_lock(378378)", ct);
        }

        try
        {
            await db.Database.MigrateAsync(ct);
            if (db.Database.IsSqlite())
            {
                // WAL lets readers continue while one writer commits; the setting is stored in the file.
                await db.Database.ExecuteSqlRawAsync("PRAGMA journal_mode=WAL;", ct);
            }

            await SeedAsync(sp, db, seedDemo, logger, ct);
        }
        finally
        {
            if (db.Database.IsNpgsql())
            {
                await db.Database.ExecuteSqlRawAsync("SELECT pg_advisory_unlock(378378)", CancellationToken.None);
            }

            await db.Database.CloseConnectionAsync();
        }
    }

    private static async Task SeedAsync(IServiceProvider sp, KenesDbContext db, bool seedDemo, ILogger logger, CancellationToken ct)
    {
        var roles = sp.GetRequiredService<RoleManager<IdentityRole<Guid>>>();
        foreach (var role in Roles.All)
        {
            if (!await roles.RoleExistsAsync(role))
            {
                await roles.CreateAsync(new IdentityRole<Guid>(role));
            }
        }

        if (seedDemo)
        {
            await sp.GetRequiredService<DemoSeeder>().SeedAsync(ct);
            logger.LogInformation("Demo data is in place: {StateBodies} state bodies, {Users} users",
                await db.StateBodies.CountAsync(ct), await db.Users.CountAsync(ct));
        }
    }
}
