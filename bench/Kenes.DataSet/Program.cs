using System.Diagnostics;
using System.Globalization;
using Kenes.DataSet;
using Kenes.Infrastructure.Demo;
using Kenes.Infrastructure.Identity;
using Kenes.Infrastructure.Persistence;
using Kenes.Infrastructure.Storage;
using Kenes.Infrastructure.Time;
using Microsoft.AspNetCore.Identity;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;
using NodaTime;

namespace Kenes.DataSet;

// dotnet run -c Release --project bench/Kenes.DataSet -- --engine sqlite|postgres --connection "…"
//   --documents DIR [--scale 1|1/4|1/16] [--years 10] [--manifest dataset.json]
// Migrates the database, seeds the demo data (its accounts drive the benchmarks), then adds the
// national data set. Running it again on a filled database does nothing.
internal static class DataSetCommand
{
    public static async Task<int> Main(string[] args)
    {
        var options = CommandLine.Parse(args);
        if (options is null)
        {
            Console.Error.WriteLine("usage: Kenes.DataSet --engine sqlite|postgres --connection <connection string> --documents <dir> [--scale 1|1/4|1/16] [--years 10] [--manifest <file.json>]");
            return 2;
        }

        var configuration = new ConfigurationBuilder().AddInMemoryCollection(new Dictionary<string, string?>
        {
            ["Database:Provider"] = options.Engine,
            ["ConnectionStrings:Kenes"] = options.Connection,
        }).Build();
        var services = new ServiceCollection();
        services.AddLogging(b => b.AddSimpleConsole().SetMinimumLevel(LogLevel.Warning));
        services.AddSingleton<IConfiguration>(configuration);
        services.AddKenesPersistence(DatabaseSettings.From(configuration, Directory.GetCurrentDirectory()));
        services.AddIdentityCore<KenesUser>().AddRoles<IdentityRole<Guid>>().AddEntityFrameworkStores<KenesDbContext>();
        services.AddKenesClock();
        services.AddScoped<DemoSeeder>();
        services.AddSingleton<IDocumentStorage>(new FileSystemDocumentStorage(options.Documents));
        await using var provider = services.BuildServiceProvider();

        var clock = provider.GetRequiredService<IClock>();
        var watch = Stopwatch.StartNew();
        await DatabaseInitializer.InitializeAsync(provider, seedDemo: true, CancellationToken.None);
        using var scope = provider.CreateScope();
        var generator = new NationalDataSet(scope.ServiceProvider.GetRequiredService<KenesDbContext>(), provider.GetRequiredService<IDocumentStorage>());
        if (await generator.AlreadyGeneratedAsync(CancellationToken.None))
        {
            Console.WriteLine("The national data set is already in this database; nothing to do.");
            return 0;
        }

        var bar = new ProgressBar(Console.Error, watch);
        var rows = await generator.GenerateAsync(new DataSetOptions(options.Scale, options.Years), clock.TodayInAlmaty(),
            DemoAccounts.Password, bar, CancellationToken.None);
        bar.Finish();
        if (options.Manifest is { } manifestPath)
        {
            await File.WriteAllTextAsync(manifestPath, System.Text.Json.JsonSerializer.Serialize(generator.Manifest,
                new System.Text.Json.JsonSerializerOptions(System.Text.Json.JsonSerializerDefaults.Web) { WriteIndented = true }));
        }

        Console.WriteLine(string.Create(CultureInfo.InvariantCulture,
            $"Generated {rows:N0} rows (scale {options.Scale:0.####}, {options.Years} years) in {watch.Elapsed.TotalSeconds:F0} s on {options.Engine}."));
        return 0;
    }
}
