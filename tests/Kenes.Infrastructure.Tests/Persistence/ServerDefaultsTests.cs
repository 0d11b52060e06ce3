using Kenes.Infrastructure.Persistence;
using Npgsql;

namespace Kenes.Infrastructure.Tests.Persistence;

/// <summary>The PostgreSQL connection defaults for a web server, and an operator's own values winning over them.</summary>
public sealed class ServerDefaultsTests
{
    [Fact]
    public void AddsShortTimeoutAndStatementPreparation_WhenNotGiven()
    {
        var tuned = new NpgsqlConnectionStringBuilder(
            PersistenceServiceCollectionExtensions.WithServerDefaults("Host=db;Username=kenes;Database=kenes"));

        Assert.Equal(5, tuned.Timeout);
        Assert.Equal(64, tuned.MaxAutoPrepare);
        Assert.True(tuned.NoResetOnClose);
        Assert.Equal("db", tuned.Host);
    }

    [Fact]
    public void KeepsTheOperatorsValues()
    {
        var tuned = new NpgsqlConnectionStringBuilder(
            PersistenceServiceCollectionExtensions.WithServerDefaults("Host=db;Username=kenes;Database=kenes;Timeout=30;Max Auto Prepare=0;No Reset On Close=false"));

        Assert.Equal(30, tuned.Timeout);
        Assert.Equal(0, tuned.MaxAutoPrepare);
        Assert.False(tuned.NoResetOnClose);
    }
}
