using Npgsql;

namespace Kenes.Testing;

/// <summary>
/// A database of its own in the PostgreSQL cluster named by KENES_TEST_POSTGRES (scripts/test.sh starts
/// one). Without that variable the PostgreSQL tests fail: they must never pass by not running.
/// </summary>
public sealed class TestPostgresDatabase
{
    public const string Variable = "KENES_TEST_POSTGRES";

    private readonly string name = $"kenes_t_{Guid.NewGuid():N}";

    public static string ServerConnectionString =>
        Environment.GetEnvironmentVariable(Variable) is { Length: > 0 } value
            ? value
            : throw new InvalidOperationException(
                $"{Variable} is not set. Run the tests with scripts/test.sh, which starts a throwaway PostgreSQL 15 cluster.");

    public string ConnectionString => new NpgsqlConnectionStringBuilder(ServerConnectionString) { Database = name }.ConnectionString;

    public async Task CreateAsync()
    {
        await using var connection = new NpgsqlConnection(ServerConnectionString);
        await connection.OpenAsync();
        await using var command = new NpgsqlCommand($"CREATE DATABASE \"{name}\"", connection);
        await command.ExecuteNonQueryAsync();
    }

    public async Task DropAsync()
    {
        NpgsqlConnection.ClearAllPools();
        await using var connection = new NpgsqlConnection(ServerConnectionString);
        await connection.OpenAsync();
        await using var command = new NpgsqlCommand($"DROP DATABASE IF EXISTS \"{name}\" WITH (FORCE)", connection);
        await command.ExecuteNonQueryAsync();
    }
}
