using Kenes.Infrastructure.Persistence;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Design;

namespace Kenes.Migrations.Postgres;

/// <summary>Lets `dotnet ef migrations add` build the context for this provider without the web host.</summary>
public sealed class DesignTimeFactory : IDesignTimeDbContextFactory<KenesDbContext>
{
    public KenesDbContext CreateDbContext(string[] args)
    {
        var connectionString = Environment.GetEnvironmentVariable("KENES_DESIGN_CONNECTION") ?? "Host=127.0.0.1;Database=kenes_design;Username=kenes";
        var options = new DbContextOptionsBuilder<KenesDbContext>();
        PersistenceServiceCollectionExtensions.Configure(options, new DatabaseSettings(DatabaseProvider.Postgres, connectionString));
        return new KenesDbContext(options.Options);
    }
}
