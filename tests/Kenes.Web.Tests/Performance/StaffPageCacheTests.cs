using System.Net.Http.Json;
using Kenes.Web.Hosting;
using Kenes.Web.Tests.Formation;
using Kenes.Web.Tests.Meetings.Planning;
using Kenes.Web.Tests.Support;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace Kenes.Web.Tests.Performance;

/// <summary>
/// Issue #6, ADR 0013: the busiest staff pages read the database once per change, not once per view,
/// and a change shows on the very next view — whether it came through a request or was written by
/// anything else on the node through EF Core (a scheduled job, here a test's own context).
/// </summary>
[Trait("Issue", "6")]
public abstract class StaffPageCacheTests(KenesAppFactory app)
{
    [Fact]
    public async Task MeetingPage_IsReadOncePerChange_AndShowsANewAgendaItemAtOnce()
    {
        var council = await PlanningSetup.EnergyCouncilAsync(app);
        var api = await app.AuthorizedAsync(Demo.EnergySecretary);
        var browser = await app.SignedInBrowserAsync(Demo.EnergySecretary);
        var meeting = (await api.PlanAsync(council, PlanningSetup.InPerson("2027-04-14"))).Id();
        var path = $"/meetings/{meeting}";
        var counter = app.Services.GetRequiredService<CommandCounter>();

        counter.Reset();
        var first = await browser.GetStringAsync(path);
        var read = counter.For(path);
        counter.Reset();
        await browser.GetStringAsync(path);
        var fromMemory = counter.For(path);

        var response = await api.PostAsJsonAsync($"/api/v1/meetings/{meeting}/agenda",
            new { title = "Кэштен кейінгі мәселе", description = "Жаңа мәселе.", subject = "Other" });
        Assert.True(response.IsSuccessStatusCode, await response.Content.ReadAsStringAsync());
        counter.Reset();
        var after = await browser.GetStringAsync(path);

        Assert.True(read > 0, "the first view reads the database");
        Assert.Equal(0, fromMemory);
        Assert.Equal(read, counter.For(path));
        Assert.DoesNotContain("Кэштен кейінгі мәселе", first);
        Assert.Contains("Кэштен кейінгі мәселе", after);
    }

    [Fact]
    public async Task CouncilPage_ShowsAChangeWrittenOutsideAnyRequest_AtOnce()
    {
        var council = await PlanningSetup.EnergyCouncilAsync(app);
        var browser = await app.SignedInBrowserAsync(Demo.EnergySecretary);
        var path = $"/councils/{council}";
        var counter = app.Services.GetRequiredService<CommandCounter>();
        await browser.GetStringAsync(path);
        counter.Reset();
        await browser.GetStringAsync(path);
        Assert.Equal(0, counter.For(path));

        // As a scheduled job would: through the node's own DbContext, no HTTP request involved.
        var original = await app.InDbAsync(db => db.Councils.Where(c => c.Id == council).Select(c => c.DirectionKk).SingleAsync());
        const string renamed = "Энергетика (қайта аталған)";
        await app.InDbAsync(db => db.Councils.Where(c => c.Id == council).ExecuteUpdateAsync(s => s.SetProperty(c => c.DirectionKk, renamed)));
        try
        {
            var after = await browser.GetStringAsync(path);
            Assert.Contains(renamed, after);
        }
        finally
        {
            await app.InDbAsync(db => db.Councils.Where(c => c.Id == council).ExecuteUpdateAsync(s => s.SetProperty(c => c.DirectionKk, original)));
        }
    }

    [Fact]
    public async Task ScreeningQueue_ShowsANewApplicationAtOnce_AndAnotherBodysQueueStaysHidden()
    {
        var officer = await app.AuthorizedAsync(Demo.EnergyOfficer);
        var announcement = await FormationApi.CreateAndPublishAsync(officer);
        var hr = await app.SignedInBrowserAsync(Demo.EnergyHr);
        var path = $"/hr/announcements/{announcement.GetProperty("id").GetGuid()}";
        var before = await hr.GetStringAsync(path);

        var applied = await app.CreateClient().PostAsync($"/api/v1/public/announcements/{announcement.GetProperty("number").GetString()}/applications",
            FormationApi.Application("Кэшұлы", "cache@example.kz"));
        Assert.True(applied.IsSuccessStatusCode, await applied.Content.ReadAsStringAsync());
        var receipt = (await applied.ReadJsonAsync()).GetProperty("receiptNumber").GetString()!;
        var after = await hr.GetStringAsync(path);

        Assert.DoesNotContain(receipt, before);
        Assert.Contains(receipt, after);
        // The copy serves only those who may see it: another state body's officer gets a 404 from memory too.
        var health = await app.SignedInBrowserAsync(Demo.HealthOfficer);
        Assert.Equal(System.Net.HttpStatusCode.NotFound, (await health.GetAsync(path)).StatusCode);
    }

    [Fact]
    public void ReadsAreToldFromWrites()
    {
        Assert.True(DataChangeInterceptor.IsRead("SELECT 1"));
        Assert.True(DataChangeInterceptor.IsRead("\n  select m.\"Id\" FROM \"Meetings\""));
        Assert.False(DataChangeInterceptor.IsRead("INSERT INTO \"Meetings\" VALUES (1)"));
        Assert.False(DataChangeInterceptor.IsRead("UPDATE \"Councils\" SET \"Seats\" = 9"));
        Assert.False(DataChangeInterceptor.IsRead("WITH x AS (DELETE FROM t RETURNING *) SELECT * FROM x"));
    }
}

public sealed class StaffPageCacheTestsOnSqlite(SqliteApp app) : StaffPageCacheTests(app), IClassFixture<SqliteApp>;

public sealed class StaffPageCacheTestsOnPostgres(PostgresApp app) : StaffPageCacheTests(app), IClassFixture<PostgresApp>;
