using Kenes.Testing;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Mvc.Testing;
using Microsoft.AspNetCore.TestHost;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using NodaTime;
using NodaTime.Testing;

namespace Kenes.Web.Tests.Support;

/// <summary>
/// The real app in memory, on a real database: SQLite in a temp file or a fresh PostgreSQL database
/// in the throwaway cluster that scripts/test.sh starts. Demo data is seeded, as `dotnet run` does.
/// </summary>
public abstract class KenesAppFactory : WebApplicationFactory<Program>, IAsyncLifetime
{
    public abstract string Provider { get; }

    protected abstract string ConnectionString { get; }

    protected virtual IDictionary<string, string?> ExtraSettings => new Dictionary<string, string?>();

    /// <summary>The app's clock: 2026-11-24 10:00 in Almaty unless a test moves it.</summary>
    public FakeClock Clock { get; } = new(Instant.FromUtc(2026, 11, 24, 5, 0));

    protected override void ConfigureWebHost(IWebHostBuilder builder)
    {
        builder.UseEnvironment("Testing");
        builder.UseSetting("Database:Provider", Provider);
        builder.UseSetting("ConnectionStrings:Kenes", ConnectionString);
        builder.UseSetting("Demo:Enabled", "true");
        builder.UseSetting("Logging:LogLevel:Default", "Warning");
        // Scheduled jobs run when a test calls them, never behind its back.
        builder.UseSetting("Jobs:Enabled", "false");
        // Tests sign in and submit many times from one loopback address; RateLimitTests set small limits.
        builder.UseSetting("RateLimits:SignIn:PermitLimit", "0");
        builder.UseSetting("RateLimits:SignInPerEmail:PermitLimit", "0");
        builder.UseSetting("RateLimits:Submission:PermitLimit", "0");
        // As in demo mode (ADR 0010); TwoFactorTests turn it on.
        builder.UseSetting("Security:RequireTwoFactorForAdministrators", "false");
        builder.ConfigureAppConfiguration(config => config.AddInMemoryCollection(ExtraSettings));
        builder.ConfigureTestServices(services =>
        {
            services.AddSingleton<IClock>(Clock);
            services.AddSingleton<CommandCounter>();
            services.AddSingleton<Microsoft.EntityFrameworkCore.Diagnostics.IInterceptor>(sp => sp.GetRequiredService<CommandCounter>());
        });
    }

    // The minimal-hosting factory catches "the host being built" through a process-wide listener, so
    // two factories starting at the same moment can catch each other's host: start them one by one.
    private static readonly SemaphoreSlim StartGate = new(1, 1);

    public virtual async Task InitializeAsync()
    {
        await StartGate.WaitAsync();
        try
        {
            // Starting the server migrates and seeds the database before any test runs.
            _ = Server;
        }
        finally
        {
            StartGate.Release();
        }
    }

    Task IAsyncLifetime.DisposeAsync() => DisposeAsyncCore();

    protected virtual Task DisposeAsyncCore() => base.DisposeAsync().AsTask();

    public HttpClient CreateBrowserLikeClient() =>
        CreateClient(new WebApplicationFactoryClientOptions { AllowAutoRedirect = false, HandleCookies = true });
}

public class SqliteApp : KenesAppFactory
{
    private readonly string path;

    public SqliteApp()
        : this(Path.Combine(Path.GetTempPath(), "kenes-tests", $"{Guid.NewGuid():N}.db"))
    {
    }

    private SqliteApp(string path) => this.path = path;

    /// <summary>An app on a SQLite file the test chooses, e.g. to reuse it later in another mode.</summary>
    public static SqliteApp AtPath(string path) => new(path);

    public override string Provider => "Sqlite";

    protected override string ConnectionString => $"Data Source={path}";

    public override Task InitializeAsync()
    {
        Directory.CreateDirectory(Path.GetDirectoryName(path)!);
        return base.InitializeAsync();
    }

    protected override async Task DisposeAsyncCore()
    {
        await base.DisposeAsyncCore();
        Microsoft.Data.Sqlite.SqliteConnection.ClearAllPools();
        foreach (var file in new[] { path, path + "-wal", path + "-shm" })
        {
            File.Delete(file);
        }
    }
}

public class PostgresApp : KenesAppFactory
{
    private readonly TestPostgresDatabase database = new();

    public override string Provider => "Postgres";

    protected override string ConnectionString => database.ConnectionString;

    public override async Task InitializeAsync()
    {
        await database.CreateAsync();
        await base.InitializeAsync();
    }

    protected override async Task DisposeAsyncCore()
    {
        await base.DisposeAsyncCore();
        await database.DropAsync();
    }
}
