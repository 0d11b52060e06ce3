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
                options.UseNpgsql(settings.ConnectionString, npgsql =>
                {
                    npgsql.MigrationsAssembly(PostgresMigrationsAssembly);
                    npgsql.EnableRetryOnFailure(3);
                });
                break;
            default:
                options.UseSqlite(settings.ConnectionString, sqlite => sqlite.MigrationsAssembly(SqliteMigrationsAssembly));
                break;
        }
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
