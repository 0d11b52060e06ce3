using System.Net;
using System.Net.Http.Headers;
using Kenes.Testing;
using Kenes.Web.Tests.Support;

namespace Kenes.Web.Tests;

/// <summary>
/// Two real Kenes processes started at the same moment against one new PostgreSQL database: both
/// migrate and seed without tripping over each other, both serve, and they share sign-in keys.
/// </summary>
public sealed class ProcessScaleOutTests : IAsyncLifetime
{
    private readonly TestPostgresDatabase database = new();
    private KenesServer? first;
    private KenesServer? second;

    public async Task InitializeAsync()
    {
        await database.CreateAsync();
        var settings = new Dictionary<string, string>
        {
            ["Database__Provider"] = "Postgres",
            ["ConnectionStrings__Kenes"] = database.ConnectionString,
        };
        var starting = new[] { KenesServer.StartAsync(settings), KenesServer.StartAsync(settings) };
        var servers = await Task.WhenAll(starting);
        (first, second) = (servers[0], servers[1]);
    }

    public async Task DisposeAsync()
    {
        if (first is not null) await first.DisposeAsync();
        if (second is not null) await second.DisposeAsync();
        await database.DropAsync();
    }

    [Fact]
    public async Task TwoProcessesStartedTogether_BothServe_SeedOnce_AndShareSignIn()
    {
        using var http = new HttpClient();
        Assert.Equal(HttpStatusCode.OK, (await http.GetAsync($"{first!.BaseUrl}/health")).StatusCode);
        Assert.Equal(HttpStatusCode.OK, (await http.GetAsync($"{second!.BaseUrl}/health")).StatusCode);

        var councils = await (await http.GetAsync($"{second.BaseUrl}/api/v1/public/councils")).ReadJsonAsync();
        Assert.Equal(3, councils.GetArrayLength());

        using var one = new HttpClient { BaseAddress = new Uri(first.BaseUrl) };
        var token = await one.LoginForTokenAsync(Demo.Observer);
        using var other = new HttpClient { BaseAddress = new Uri(second.BaseUrl) };
        other.DefaultRequestHeaders.Authorization = new AuthenticationHeaderValue("Bearer", token);
        var response = await other.GetAsync("/api/v1/me");
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal(Demo.Observer, (await response.ReadJsonAsync()).GetProperty("email").GetString());
    }
}
