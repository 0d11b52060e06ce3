using System.Net;
using System.Net.Http.Json;
using Kenes.Web.Tests.Support;

namespace Kenes.Web.Tests.Meetings;

/// <summary>M9 and M12.4 at the edges of planning: the composition's term, and a noticed meeting moved closer.</summary>
public abstract class RescheduleTests(KenesAppFactory app)
{
    [Fact]
    [Trait("Norm", "M9")]
    public async Task Meeting_AfterTheTermEnds_IsRefused()
    {
        var secretary = await app.AuthorizedAsync(Demo.EnergySecretary);
        var council = await CouncilAsync(secretary);
        var response = await secretary.PostAsJsonAsync($"/api/v1/councils/{council}/meetings",
            new { date = "2030-06-03", startsAt = "10:00", mode = "InPerson", place = "Астана" });
        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.Contains("meeting.outside_term", await response.Content.ReadAsStringAsync());
    }

    [Fact]
    [Trait("Norm", "M12.4")]
    public async Task NoticedMeeting_MovedCloserThanTenWorkingDays_RecordsADeviation()
    {
        var secretary = await app.AuthorizedAsync(Demo.EnergySecretary);
        var council = await CouncilAsync(secretary);
        var meeting = await (await secretary.PostAsJsonAsync($"/api/v1/councils/{council}/meetings",
            new { date = "2026-12-23", startsAt = "11:00", mode = "InPerson", place = "Астана" })).ReadJsonAsync();
        var id = meeting.GetProperty("id").GetGuid();
        Assert.True((await secretary.PostAsJsonAsync($"/api/v1/meetings/{id}/agenda",
            new { title = "Ақпараттық сұрау", description = "M5.2", subject = "InformationRequest" })).IsSuccessStatusCode);
        Assert.True((await secretary.PostAsJsonAsync($"/api/v1/meetings/{id}/notice", new { })).IsSuccessStatusCode);

        var moved = await secretary.PutAsJsonAsync($"/api/v1/meetings/{id}",
            new { date = "2026-12-01", startsAt = "11:00", mode = "InPerson", place = "Астана" });
        Assert.True(moved.IsSuccessStatusCode, await moved.Content.ReadAsStringAsync());
        var view = await moved.ReadJsonAsync();
        Assert.StartsWith("M12.4: rescheduled on 2026-11-24 to 2026-12-01", view.GetProperty("noticeDeviationReason").GetString());
        Assert.Equal(1, view.GetProperty("sequence").GetInt32());
    }

    private static async Task<Guid> CouncilAsync(HttpClient staff)
    {
        var councils = await (await staff.GetAsync("/api/v1/councils")).ReadJsonAsync();
        return councils.EnumerateArray().First(c => c.GetProperty("stateBodyCode").GetString() == "MEN").GetProperty("id").GetGuid();
    }
}

public sealed class RescheduleTestsOnSqlite(SqliteApp app) : RescheduleTests(app), IClassFixture<SqliteApp>;

public sealed class RescheduleTestsOnPostgres(PostgresApp app) : RescheduleTests(app), IClassFixture<PostgresApp>;
