using Kenes.Infrastructure.Persistence;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Design;

namespace Kenes.Migrations.Sqlite;

/// <summary>Lets `dotnet ef migrations add` build the context for this provider without the web host.</summary>
public sealed class DesignTimeFactory : IDesignTimeDbContextFactory<KenesDbContext>
{
    public KenesDbContext CreateDbContext(string[] args)
    {
        var connectionString = Environment.GetEnvironmentVariable("KENES_DESIGN_CONNECTION") ?? "Data Source=design.db";
        var options = new DbContextOptionsBuilder<KenesDbContext>();
        PersistenceServiceCollectionExtensions.Configure(options, new DatabaseSettings(DatabaseProvider.Sqlite, connectionString));
        return new KenesDbContext(options.Options);
    }
}
