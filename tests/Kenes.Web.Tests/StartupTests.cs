using Kenes.Web.Hosting;

namespace Kenes.Web.Tests;

/// <summary>A wrong configuration stops the app with exit code 1 and a message that names the setting.</summary>
[Collection(nameof(ConsoleCapture))]
public sealed class StartupTests
{
    private static async Task<(int Code, string Error)> RunAsync(params string[] args)
    {
        var original = Console.Error;
        var error = new StringWriter();
        Console.SetError(error);
        try
        {
            var code = await KenesHost.RunAsync([.. args, "--urls", "http://127.0.0.1:0", "--Logging:LogLevel:Default", "None"]);
            return (code, error.ToString());
        }
        finally
        {
            Console.SetError(original);
        }
    }

    [Fact]
    public async Task UnknownProvider_StopsWithMessageNamingDatabaseProvider()
    {
        var (code, error) = await RunAsync("--Database:Provider", "Oracle");
        Assert.Equal(1, code);
        Assert.Contains("Database__Provider must be 'Sqlite' or 'Postgres'", error);
        Assert.DoesNotContain("   at ", error);
    }

    [Fact]
    public async Task PostgresWithoutConnectionString_StopsWithMessageNamingTheConnectionString()
    {
        var (code, error) = await RunAsync("--Database:Provider", "Postgres", "--ConnectionStrings:Kenes", "");
        Assert.Equal(1, code);
        Assert.Contains("ConnectionStrings__Kenes is not set", error);
    }

    [Fact]
    public async Task MalformedConnectionString_StopsWithMessageNamingIt()
    {
        var (code, error) = await RunAsync("--Database:Provider", "Postgres", "--ConnectionStrings:Kenes", "Host=127.0.0.1;Nonsense Key=1");
        Assert.Equal(1, code);
        Assert.Contains("ConnectionStrings__Kenes", error);
    }

    [Fact]
    public async Task UnreachablePostgres_StopsWithMessageNamingTheSettings()
    {
        var (code, error) = await RunAsync("--Database:Provider", "Postgres",
            "--ConnectionStrings:Kenes", "Host=127.0.0.1;Port=1;Username=nobody;Timeout=2");
        Assert.Equal(1, code);
        Assert.Contains("does not answer", error);
        Assert.Contains("ConnectionStrings__Kenes", error);
    }

    [Fact]
    public async Task ProductionWithDemoMode_RefusesToStart()
    {
        var db = Path.Combine(Path.GetTempPath(), "kenes-tests", $"{Guid.NewGuid():N}.db");
        var (code, error) = await RunAsync("--environment", "Production", "--Demo:Enabled", "true",
            "--ConnectionStrings:Kenes", $"Data Source={db}");
        Assert.Equal(1, code);
        Assert.Contains("Demo__Enabled", error);
    }

    [Fact]
    public async Task ProductionOnADatabaseWithDemoAccounts_RefusesToStart()
    {
        var db = Path.Combine(Path.GetTempPath(), "kenes-tests", $"{Guid.NewGuid():N}.db");
        Directory.CreateDirectory(Path.GetDirectoryName(db)!);
        // Seed a database with demo accounts, then try to run production on the same file.
        var demo = Support.SqliteApp.AtPath(db);
        await demo.InitializeAsync();
        await ((IAsyncDisposable)demo).DisposeAsync();

        var (code, error) = await RunAsync("--environment", "Production", "--ConnectionStrings:Kenes", $"Data Source={db}");
        Assert.Equal(1, code);
        Assert.Contains("admin@demo.kenes.kz still signs in with the published demo password", error);
    }
}

[CollectionDefinition(nameof(ConsoleCapture), DisableParallelization = true)]
public sealed class ConsoleCapture;
