using System.Data.Common;
using System.Security.Cryptography;
using Microsoft.Data.Sqlite;
using Npgsql;

namespace Kenes.Web.Tests.Reliability;

/// <summary>
/// Reads a stopped or running Kenes instance from the outside, the way an auditor would: its database with plain SQL
/// (quoted names work on SQLite and PostgreSQL alike) and its document folder as files.
/// </summary>
public sealed class StoreProbe(string provider, string connectionString, string documentsRoot)
{
    public string DocumentsRoot => documentsRoot;

    public DbConnection Connect() => provider == "Postgres"
        ? new NpgsqlConnection(connectionString)
        : new SqliteConnection(new SqliteConnectionStringBuilder(connectionString) { Pooling = false }.ConnectionString);

    public async Task<List<object?[]>> QueryAsync(string sql)
    {
        await using var connection = Connect();
        await connection.OpenAsync();
        await using var command = connection.CreateCommand();
        command.CommandText = sql;
        await using var reader = await command.ExecuteReaderAsync();
        var rows = new List<object?[]>();
        while (await reader.ReadAsync())
        {
            var row = new object?[reader.FieldCount];
            for (var i = 0; i < row.Length; i++)
            {
                row[i] = reader.IsDBNull(i) ? null : reader.GetValue(i);
            }

            rows.Add(row);
        }

        return rows;
    }

    /// <summary>Every key a row points at: application documents, agenda materials, signed minutes.</summary>
    public async Task<HashSet<string>> ReferencedKeysAsync() =>
        (await QueryAsync("""
            SELECT "StorageKey" FROM "ApplicationDocuments"
            UNION SELECT "StorageKey" FROM "AgendaMaterials"
            UNION SELECT "MinutesStorageKey" FROM "Meetings" WHERE "MinutesStorageKey" IS NOT NULL
            """)).Select(r => (string)r[0]!).ToHashSet(StringComparer.Ordinal);

    /// <summary>Every file under the document root, as a path relative to it with '/' separators.</summary>
    public List<string> Files() => Directory.Exists(documentsRoot)
        ? Directory.EnumerateFiles(documentsRoot, "*", new EnumerationOptions { RecurseSubdirectories = true, AttributesToSkip = 0 })
            .Select(f => Path.GetRelativePath(documentsRoot, f).Replace(Path.DirectorySeparatorChar, '/')).ToList()
        : [];

    public string PathOf(string key) => Path.Combine(documentsRoot, key[..2], key[2..4], key);

    public string? HashOf(string key) =>
        File.Exists(PathOf(key)) ? Convert.ToHexStringLower(SHA256.HashData(File.ReadAllBytes(PathOf(key)))) : null;

    /// <summary>Row counts of every table of the schema, by name.</summary>
    public async Task<SortedDictionary<string, long>> RowCountsAsync()
    {
        var tables = await QueryAsync(provider == "Postgres"
            ? "SELECT table_name FROM information_schema.tables WHERE table_schema = 'public' AND table_type = 'BASE TABLE'"
            : "SELECT name FROM sqlite_master WHERE type = 'table' AND name NOT LIKE 'sqlite_%'");
        var counts = new SortedDictionary<string, long>(StringComparer.Ordinal);
        foreach (var table in tables.Select(t => (string)t[0]!))
        {
            counts[table] = Convert.ToInt64((await QueryAsync($"SELECT COUNT(*) FROM \"{table}\""))[0][0]);
        }

        return counts;
    }
}
