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
                options.UseNpgsql(WithShortConnectTimeout(settings.ConnectionString), npgsql =>
                {
                    npgsql.MigrationsAssembly(PostgresMigrationsAssembly);
                    // Retries hide a blip (a restart, a dropped pooled connection); the 1 s cap keeps a
                    // request for an absent server to about 2 s before it answers 503 (DependencyFaults).
                    npgsql.EnableRetryOnFailure(3, TimeSpan.FromSeconds(1), null);
                });
                break;
            default:
                options.UseSqlite(settings.ConnectionString, sqlite => sqlite.MigrationsAssembly(SqliteMigrationsAssembly));
                break;
        }
    }

    /// <summary>
    /// Npgsql waits 15 s for a connection by default; with retries a request for an unreachable server
    /// would hang for a minute. 5 s unless the connection string sets its own timeout.
    /// </summary>
    public static string WithShortConnectTimeout(string connectionString)
    {
        var given = new System.Data.Common.DbConnectionStringBuilder { ConnectionString = connectionString };
        if (given.ContainsKey("Timeout") || given.ContainsKey("Connect Timeout") || given.ContainsKey("Connection Timeout"))
        {
            return connectionString;
        }

        return new NpgsqlConnectionStringBuilder(connectionString) { Timeout = 5 }.ConnectionString;
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
