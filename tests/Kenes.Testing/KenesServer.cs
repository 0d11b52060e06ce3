using System.Diagnostics;
using System.Net;
using System.Net.Sockets;

namespace Kenes.Testing;

/// <summary>
/// The real app as a separate process on a loopback port, in demo mode on a fresh SQLite file —
/// what a newcomer gets from `dotnet run`.
/// </summary>
public sealed class KenesServer : IAsyncDisposable
{
    private readonly Process process;
    private readonly string dataDirectory;

    private readonly System.Collections.Concurrent.ConcurrentQueue<string> output;
    private readonly bool ownsDataDirectory;

    private KenesServer(Process process, string baseUrl, string dataDirectory, System.Collections.Concurrent.ConcurrentQueue<string> output, bool ownsDataDirectory)
    {
        this.ownsDataDirectory = ownsDataDirectory;
        this.output = output;
        this.process = process;
        BaseUrl = baseUrl;
        this.dataDirectory = dataDirectory;
    }

    public string BaseUrl { get; }

    /// <summary>Holds the SQLite file (kenes.db) unless the settings name another database.</summary>
    public string DataDirectory => dataDirectory;

    /// <param name="settings">Extra environment, e.g. Database__Provider and ConnectionStrings__Kenes.</param>
    /// <param name="dataDirectory">
    /// An existing folder to use, kept when the server is disposed, so a second server can start on what the first
    /// left behind (crash tests); by default a new temporary folder removed on dispose.
    /// </param>
    public static async Task<KenesServer> StartAsync(IReadOnlyDictionary<string, string>? settings = null, string? dataDirectory = null)
    {
        var port = FreePort();
        var baseUrl = $"http://127.0.0.1:{port}";
        var owns = dataDirectory is null;
        dataDirectory ??= Path.Combine(Path.GetTempPath(), "kenes-browser", Guid.NewGuid().ToString("N"));
        Directory.CreateDirectory(dataDirectory);
        var start = new ProcessStartInfo("dotnet", [RepositoryPaths.WebAssembly])
        {
            WorkingDirectory = RepositoryPaths.WebProject,
            RedirectStandardOutput = true,
            RedirectStandardError = true,
        };
        start.Environment["ASPNETCORE_ENVIRONMENT"] = "Development";
        start.Environment["ASPNETCORE_URLS"] = baseUrl;
        start.Environment["ConnectionStrings__Kenes"] = $"Data Source={Path.Combine(dataDirectory, "kenes.db")}";
        start.Environment["Logging__LogLevel__Default"] = "Warning";
        // The browser tests sign in many times from 127.0.0.1; 0 means no limit (docs/reliability).
        start.Environment["RateLimits__SignIn__PermitLimit"] = "0";
        start.Environment["RateLimits__SignInPerEmail__PermitLimit"] = "0";
        start.Environment["RateLimits__Submission__PermitLimit"] = "0";
        foreach (var (key, value) in settings ?? new Dictionary<string, string>())
        {
            start.Environment[key] = value;
        }

        var process = Process.Start(start) ?? throw new InvalidOperationException("dotnet did not start");
        var output = new System.Collections.Concurrent.ConcurrentQueue<string>();
        process.OutputDataReceived += (_, e) => Keep(output, e.Data);
        process.ErrorDataReceived += (_, e) => Keep(output, e.Data);
        process.BeginOutputReadLine();
        process.BeginErrorReadLine();

        var server = new KenesServer(process, baseUrl, dataDirectory, output, owns);
        await server.WaitUntilHealthyAsync();
        return server;
    }

    private async Task WaitUntilHealthyAsync()
    {
        using var http = new HttpClient { Timeout = TimeSpan.FromSeconds(2) };
        var deadline = Stopwatch.StartNew();
        while (deadline.Elapsed < TimeSpan.FromSeconds(90))
        {
            if (process.HasExited)
            {
                throw new InvalidOperationException(
                    $"Kenes exited with code {process.ExitCode} before answering:\n{string.Join('\n', output.TakeLast(30))}");
            }

            try
            {
                if ((await http.GetAsync($"{BaseUrl}/health")).StatusCode == HttpStatusCode.OK)
                {
                    return;
                }
            }
            catch (HttpRequestException)
            {
            }
            catch (TaskCanceledException)
            {
            }

            await Task.Delay(250);
        }

        throw new TimeoutException($"Kenes did not answer /health at {BaseUrl} within 90 s");
    }

    /// <summary>The last lines the process printed, for the message when it fails to start.</summary>
    private static void Keep(System.Collections.Concurrent.ConcurrentQueue<string> output, string? line)
    {
        if (line is null)
        {
            return;
        }

        output.Enqueue(line);
        while (output.Count > 200 && output.TryDequeue(out _))
        {
        }
    }

    private static int FreePort()
    {
        using var listener = new TcpListener(IPAddress.Loopback, 0);
        listener.Start();
        return ((IPEndPoint)listener.LocalEndpoint).Port;
    }

    /// <summary>SIGKILL: the process ends at once, with no shutdown code run, as in a power cut of the process.</summary>
    public async Task KillAsync()
    {
        if (!process.HasExited)
        {
            process.Kill(entireProcessTree: false);
        }

        await process.WaitForExitAsync();
    }

    public async ValueTask DisposeAsync()
    {
        if (!process.HasExited)
        {
            process.Kill(entireProcessTree: true);
            await process.WaitForExitAsync();
        }

        process.Dispose();
        if (!ownsDataDirectory)
        {
            return;
        }

        try
        {
            Directory.Delete(dataDirectory, recursive: true);
        }
        catch (IOException)
        {
        }
    }
}
