using System.Net;
using System.Net.Http.Headers;
using Kenes.Testing;
using Kenes.Web.Tests.Support;

namespace Kenes.Web.Tests;

/// <summary>Two app instances on one PostgreSQL database both serve, and share sign-in keys.</summary>
public sealed class ScaleOutTests : IAsyncLifetime
{
    private readonly TestPostgresDatabase database = new();
    private SharedPostgresApp? first;
    private SharedPostgresApp? second;

    public async Task InitializeAsync()
    {
        await database.CreateAsync();
        first = new SharedPostgresApp(database.ConnectionString);
        second = new SharedPostgresApp(database.ConnectionString);
        await first.InitializeAsync();
        await second.InitializeAsync();
    }

    public async Task DisposeAsync()
    {
        await first!.DisposeAsync();
        await second!.DisposeAsync();
        await database.DropAsync();
    }

    [Fact]
    public async Task TwoInstances_BothServe_AndATokenFromOneWorksOnTheOther()
    {
        Assert.Equal(HttpStatusCode.OK, (await first!.CreateClient().GetAsync("/health")).StatusCode);
        Assert.Equal(HttpStatusCode.OK, (await second!.CreateClient().GetAsync("/health")).StatusCode);

        var token = await first.CreateClient().LoginForTokenAsync(Demo.Observer);
        var client = second.CreateClient();
        client.DefaultRequestHeaders.Authorization = new AuthenticationHeaderValue("Bearer", token);
        var councils = await (await client.GetAsync("/api/v1/councils")).ReadJsonAsync();
        Assert.Equal(3, councils.GetArrayLength());
    }

    private sealed class SharedPostgresApp(string connectionString) : KenesAppFactory
    {
        public override string Provider => "Postgres";

        protected override string ConnectionString => connectionString;
    }
}
