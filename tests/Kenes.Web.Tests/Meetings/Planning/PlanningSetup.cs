using System.Net.Http.Json;
using System.Text.Json;
using Kenes.Infrastructure.Persistence;
using Kenes.Web.Tests.Support;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace Kenes.Web.Tests.Meetings.Planning;

/// <summary>The demo Energy council (in office, ten members, secretary@demo.kenes.kz its secretary); "today" is 2026-11-24 in Almaty.</summary>
public static class PlanningSetup
{
    public const string HealthOfficer = Demo.HealthOfficer;

    public static async Task<Guid> EnergyCouncilAsync(KenesAppFactory app)
    {
        using var scope = app.Services.CreateScope();
        var db = scope.ServiceProvider.GetRequiredService<KenesDbContext>();
        return await db.Councils.Where(c => c.StateBody!.Code == "MEN" && c.Status == CouncilStatus.InOffice && c.SecretaryUserId != null)
            .Select(c => c.Id).FirstAsync();
    }

    public static async Task<T> InDbAsync<T>(this KenesAppFactory app, Func<KenesDbContext, Task<T>> query)
    {
        using var scope = app.Services.CreateScope();
        return await query(scope.ServiceProvider.GetRequiredService<KenesDbContext>());
    }

    public static object InPerson(string date, string time = "10:00") =>
        new { date, startsAt = time, mode = "InPerson", place = "Астана, Қабанбай батыр д-лы, 19", electsChair = false };

    public static async Task<JsonElement> PlanAsync(this HttpClient secretary, Guid council, object meeting)
    {
        var response = await secretary.PostAsJsonAsync($"/api/v1/councils/{council}/meetings", meeting);
        Assert.True(response.IsSuccessStatusCode, await response.Content.ReadAsStringAsync());
        return await response.ReadJsonAsync();
    }

    public static async Task<JsonElement> AddItemAsync(this HttpClient secretary, Guid meeting, string subject = "AgreeProfessionalStandard")
    {
        var response = await secretary.PostAsJsonAsync($"/api/v1/meetings/{meeting}/agenda",
            new { title = "«Электр монтері» кәсіптік стандарты", description = "Жобаны келісу.", subject });
        Assert.True(response.IsSuccessStatusCode, await response.Content.ReadAsStringAsync());
        return await response.ReadJsonAsync();
    }

    public static Guid Id(this JsonElement json) => json.GetProperty("id").GetGuid();

    /// <summary>The messages of one field in an RFC 7807 validation problem.</summary>
    public static string[] Errors(this JsonElement problem, string field) =>
        [.. problem.GetProperty("errors").GetProperty(field).EnumerateArray().Select(e => e.GetString()!)];

    public static string FirstCode(this JsonElement problem) =>
        problem.GetProperty("violations")[0].GetProperty("code").GetString()!;
}
