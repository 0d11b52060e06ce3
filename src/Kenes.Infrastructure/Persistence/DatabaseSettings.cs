using System.Data.Common;
using Kenes.Infrastructure.Configuration;
using Microsoft.Extensions.Configuration;

namespace Kenes.Infrastructure.Persistence;

/// <summary>
/// Reads <c>Database__Provider</c> and <c>ConnectionStrings__Kenes</c> (DESIGN.md §4) and refuses
/// bad values with a message that names the setting.
/// </summary>
public sealed record DatabaseSettings(DatabaseProvider Provider, string ConnectionString)
{
    public const string ProviderKey = "Database:Provider";
    public const string ConnectionStringName = "Kenes";

    public static DatabaseSettings From(IConfiguration configuration, string contentRoot)
    {
        var providerText = configuration[ProviderKey];
        DatabaseProvider provider;
        if (string.IsNullOrWhiteSpace(providerText))
        {
            provider = DatabaseProvider.Sqlite;
        }
        else if (!Enum.TryParse(providerText.Trim(), ignoreCase: true, out provider) || !Enum.IsDefined(provider))
        {
            throw new KenesConfigurationException(
                $"Database__Provider must be 'Sqlite' or 'Postgres', but it is '{providerText}'.");
        }

        var connectionString = configuration.GetConnectionString(ConnectionStringName);
        if (string.IsNullOrWhiteSpace(connectionString))
        {
            if (provider == DatabaseProvider.Postgres)
            {
                throw new KenesConfigurationException(
                    "Database__Provider is 'Postgres' but ConnectionStrings__Kenes is not set. " +
                    "Set it to an Npgsql connection string, e.g. 'Host=127.0.0.1;Port=5432;Database=kenes;Username=kenes;Password=…'.");
            }

            // The embedded default: a file under data/ next to the app's content root.
            var dataDirectory = Path.Combine(contentRoot, "data");
            Directory.CreateDirectory(dataDirectory);
            connectionString = $"Data Source={Path.Combine(dataDirectory, "kenes.db")}";
        }

        EnsureWellFormed(connectionString);
        return new DatabaseSettings(provider, connectionString);
    }

    private static void EnsureWellFormed(string connectionString)
    {
        try
        {
            _ = new DbConnectionStringBuilder { ConnectionString = connectionString };
        }
        catch (ArgumentException ex)
        {
            throw new KenesConfigurationException(
                $"ConnectionStrings__Kenes is not a valid connection string: {ex.Message}", ex);
        }
    }
}
