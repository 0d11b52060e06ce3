using System.Diagnostics;
using Microsoft.Data.Sqlite;
using Npgsql;

namespace Kenes.Backup;

/// <summary>
/// The database half of a backup. SQLite: VACUUM INTO writes a transactionally consistent copy of a live database
/// (WAL included), which a plain file copy of kenes.db would not be. PostgreSQL: pg_dump's custom format, restored
/// with pg_restore, both from the PostgreSQL 15 client tools.
/// </summary>
internal static class DatabaseCopy
{
    public const string SqliteFile = "database.sqlite";
    public const string PostgresFile = "database.dump";

    public static async Task<string> BackupAsync(BackupOptions options, CancellationToken ct)
    {
        if (options.IsPostgres)
        {
            var target = Path.Combine(options.Folder, PostgresFile);
            await RunAsync("pg_dump", options.ConnectionString, ["--format=custom", "--no-owner", "--no-privileges", "--file", target], ct);
            return target;
        }

        var file = Path.Combine(options.Folder, SqliteFile);
        await using var connection = new SqliteConnection(Unpooled(options.ConnectionString));
        await connection.OpenAsync(ct);
        await using var command = connection.CreateCommand();
        command.CommandText = "VACUUM INTO $file";
        command.Parameters.AddWithValue("$file", file);
        await command.ExecuteNonQueryAsync(ct);
        return file;
    }

    public static async Task RestoreAsync(BackupOptions options, string file, CancellationToken ct)
    {
        if (options.IsPostgres)
        {
            await EnsureEmptyPostgresAsync(options.ConnectionString, ct);
            await RunAsync("pg_restore", options.ConnectionString, ["--no-owner", "--no-privileges", "--exit-on-error", "--single-transaction", file], ct);
            return;
        }

        var target = new SqliteConnectionStringBuilder(options.ConnectionString).DataSource;
        if (File.Exists(target) && new FileInfo(target).Length > 0)
        {
            throw new BackupException($"{target} exists: restore only into an empty instance (move the old database away first).");
        }

        Directory.CreateDirectory(Path.GetDirectoryName(Path.GetFullPath(target))!);
        var temporary = target + ".restoring";
        File.Copy(file, temporary, overwrite: true);
        File.Move(temporary, target, overwrite: true);
    }

    private static string Unpooled(string connectionString) =>
        new SqliteConnectionStringBuilder(connectionString) { Pooling = false, Mode = SqliteOpenMode.ReadWrite }.ConnectionString;

    private static async Task EnsureEmptyPostgresAsync(string connectionString, CancellationToken ct)
    {
        await using var connection = new NpgsqlConnection(connectionString);
        await connection.OpenAsync(ct);
        await using var command = new NpgsqlCommand(
            "SELECT count(*) FROM information_schema.tables WHERE table_schema NOT IN ('pg_catalog', 'information_schema')", connection);
        if ((long)(await command.ExecuteScalarAsync(ct))! > 0)
        {
            throw new BackupException($"database {connection.Database} has tables: restore only into an empty database.");
        }
    }

    /// <summary>Runs a PostgreSQL client tool with the connection's settings as libpq environment variables.</summary>
    private static async Task RunAsync(string tool, string connectionString, string[] arguments, CancellationToken ct)
    {
        var settings = new NpgsqlConnectionStringBuilder(connectionString);
        var start = new ProcessStartInfo(FindTool(tool)) { RedirectStandardError = true, RedirectStandardOutput = true };
        foreach (var argument in arguments)
        {
            start.ArgumentList.Add(argument);
        }

        if (tool == "pg_restore")
        {
            start.ArgumentList.Insert(0, "--dbname=" + settings.Database);
        }

        start.Environment["PGHOST"] = settings.Host;
        start.Environment["PGPORT"] = settings.Port.ToString(System.Globalization.CultureInfo.InvariantCulture);
        start.Environment["PGUSER"] = settings.Username;
        start.Environment["PGDATABASE"] = settings.Database;
        if (settings.Password is { Length: > 0 } password)
        {
            start.Environment["PGPASSWORD"] = password;
        }

        using var process = Process.Start(start) ?? throw new BackupException($"{tool} did not start");
        var errors = process.StandardError.ReadToEndAsync(ct);
        await process.StandardOutput.ReadToEndAsync(ct);
        await process.WaitForExitAsync(ct);
        if (process.ExitCode != 0)
        {
            throw new BackupException($"{tool} failed with exit code {process.ExitCode}: {(await errors).Trim()}");
        }
    }

    /// <summary>The server's own version of the tool first (PostgreSQL 15), then PATH.</summary>
    private static string FindTool(string tool)
    {
        foreach (var directory in new[] { "/usr/local/bin", "/usr/lib/postgresql/15/bin" })
        {
            var path = Path.Combine(directory, tool);
            if (File.Exists(path))
            {
                return path;
            }
        }

        return tool;
    }
}
