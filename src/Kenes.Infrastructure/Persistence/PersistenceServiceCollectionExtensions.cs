using Kenes.Infrastructure.Configuration;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Npgsql;

namespace Kenes.Infrastructure.Persistence;

public static class PersistenceServiceCollectionExtensions
{
    public const string SqliteMigrationsAssembly = "Kenes.Migrations.Sqlite";
    public const string PostgresMigrationsAssembly = "Kenes.Migrations.Postgres";

    public static IServiceCollection AddKenesPersistence(this IServiceCollection services, DatabaseSettings settings)
    {
        services.AddSingleton(settings);
        services.AddDbContext<KenesDbContext>(options => Configure(options, settings));
        return services;
    }

    public static void Configure(DbContextOptionsBuilder options, DatabaseSettings settings)
    {
        switch (settings.Provider)
        {
            case DatabaseProvider.Postgres:
                ValidatePostgres(settings.ConnectionString);
                options.UseNpgsql(WithServerDefaults(settings.ConnectionString), npgsql =>
                {
                    npgsql.MigrationsAssembly(PostgresMigrationsAssembly);
                    // Retries hide a blip (a restart, a dropped pooled connection); the 1 s cap keeps a
                    // request for an absent server to about 2 s before it answers 503 (DependencyFaults).
                    // Query results are streamed, not buffered (StreamingRetryStrategy).
                    npgsql.ExecutionStrategy(dependencies => new StreamingRetryStrategy(dependencies, 3, TimeSpan.FromSeconds(1)));
                });
                break;
            default:
                options.UseSqlite(settings.ConnectionString, sqlite => sqlite.MigrationsAssembly(SqliteMigrationsAssembly));
                break;
        }
    }

    /// <summary>
    /// Defaults for a web server, each kept when the connection string sets its own:
    /// Npgsql waits 15 s for a connection by default; with retries a request for an unreachable server
    /// would hang for a minute, so 5 s. Statements a node sends again and again (every page's queries)
    /// are prepared on the server after a few uses, so PostgreSQL stops parsing and planning them on
    /// every request (issue #6: the meeting page went from ~740 to ~1,300 requests/s). No session reset
    /// when a connection goes back to the pool (see below).
    /// </summary>
    public static string WithServerDefaults(string connectionString)
    {
        var given = new System.Data.Common.DbConnectionStringBuilder { ConnectionString = connectionString };
        bool Unset(params string[] names) => !names.Any(given.ContainsKey);
        var tuned = new NpgsqlConnectionStringBuilder(connectionString);
        if (Unset("Timeout", "Connect Timeout", "Connection Timeout"))
        {
            tuned.Timeout = 5;
        }

        if (Unset("Max Auto Prepare", "MaxAutoPrepare"))
        {
            tuned.MaxAutoPrepare = 64;
        }

        // EF Core returns the connection to the pool after every query, and Npgsql resets the session
        // each time (RESET ALL and friends, parsed by the server). Kenes sets no session state; the one
        // advisory lock (migrations at start-up) is released explicitly. ~+25 % on staff pages.
        if (Unset("No Reset On Close", "NoResetOnClose"))
        {
            tuned.NoResetOnClose = true;
        }

        return tuned.ConnectionString;
    }

    private static void ValidatePostgres(string connectionString)
    {
        try
        {
            var builder = new NpgsqlConnectionStringBuilder(connectionString);
            if (string.IsNullOrWhiteSpace(builder.Host))
            {
                throw new KenesConfigurationException("ConnectionStrings__Kenes has no Host for PostgreSQL.");
            }
        }
        catch (ArgumentException ex)
        {
            throw new KenesConfigurationException(
                $"ConnectionStrings__Kenes is not a valid Npgsql connection string: {ex.Message}", ex);
        }
    }
}
