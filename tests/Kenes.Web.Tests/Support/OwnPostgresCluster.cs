using System.Diagnostics;

namespace Kenes.Web.Tests.Support;

/// <summary>
/// A PostgreSQL 15 cluster of one test's own (its data directory, a free loopback port), so the test
/// may stop and start it without disturbing the shared cluster of scripts/test.sh. The server refuses
/// to run as root, so every command runs as the postgres user, as scripts/lib/postgres.sh does.
/// </summary>
public sealed class OwnPostgresCluster : IAsyncDisposable
{
    private readonly string directory = Path.Combine(Path.GetTempPath(), "kenes-tests", $"pg-{Guid.NewGuid():N}");
    private readonly string bin;

    private OwnPostgresCluster(string bin) => this.bin = bin;

    public int Port { get; } = LoopbackSmtpServer.FreePort();

    public string ConnectionString => $"Host=127.0.0.1;Port={Port};Username=kenes;Database=postgres";

    /// <summary>Null when this machine cannot run one (not root, or no server binaries): the caller skips.</summary>
    public static async Task<OwnPostgresCluster?> CreateAsync()
    {
        var bin = new[] { "/usr/local/bin", "/usr/lib/postgresql/15/bin" }.FirstOrDefault(d => File.Exists(Path.Combine(d, "initdb")));
        if (bin is null || Environment.UserName != "root")
        {
            return null;
        }

        var cluster = new OwnPostgresCluster(bin);
        Directory.CreateDirectory(cluster.directory);
        await RunAsync("chown", ["postgres", cluster.directory]);
        await cluster.AsPostgresAsync($"'{bin}/initdb' -D '{cluster.directory}/data' -A trust -U kenes -E UTF8 --locale=C.UTF-8");
        await cluster.StartAsync();
        return cluster;
    }

    public Task StartAsync() => AsPostgresAsync(
        $"'{bin}/pg_ctl' -D '{directory}/data' -l '{directory}/log' -w -o \"-p {Port} -k '{directory}' -c listen_addresses=127.0.0.1 -c fsync=off -c max_connections=100\" start");

    /// <summary>Immediate mode: the server process is gone at once, connections are cut mid-query.</summary>
    public Task StopImmediatelyAsync() => AsPostgresAsync($"'{bin}/pg_ctl' -D '{directory}/data' -m immediate stop");

    public async ValueTask DisposeAsync()
    {
        try
        {
            await StopImmediatelyAsync();
        }
        catch (InvalidOperationException)
        {
            // Already stopped.
        }

        Directory.Delete(directory, recursive: true);
    }

    private Task AsPostgresAsync(string command) => RunAsync("su", ["postgres", "-s", "/bin/bash", "-c", command]);

    private static async Task RunAsync(string file, string[] arguments)
    {
        var start = new ProcessStartInfo(file) { RedirectStandardOutput = true, RedirectStandardError = true };
        foreach (var argument in arguments)
        {
            start.ArgumentList.Add(argument);
        }

        using var process = Process.Start(start)!;
        var output = process.StandardOutput.ReadToEndAsync();
        var error = process.StandardError.ReadToEndAsync();
        await process.WaitForExitAsync();
        if (process.ExitCode != 0)
        {
            throw new InvalidOperationException($"{file} {string.Join(' ', arguments)} exited {process.ExitCode}: {await output}{await error}");
        }
    }
}
