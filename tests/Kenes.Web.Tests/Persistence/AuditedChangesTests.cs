using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using Kenes.Infrastructure.Persistence;
using Kenes.Web.Tests.Support;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace Kenes.Web.Tests.Persistence;

/// <summary>
/// Versions and audit entries are written by one interceptor on every save (ADR 0014): a change through any
/// endpoint gets a new version and one audit entry naming the user, the record and the changed fields; a
/// refused change writes neither.
/// </summary>
public abstract class AuditedChangesTests(KenesAppFactory app)
{
    private async Task<(Guid Id, Guid Version, int Seats)> EnergyCouncilAsync(HttpClient client)
    {
        var all = await (await client.GetAsync("/api/v1/councils")).ReadJsonAsync();
        var energy = all.EnumerateArray().Single(c => c.GetProperty("stateBodyCode").GetString() == "MEN");
        return (energy.GetProperty("id").GetGuid(), energy.GetProperty("version").GetGuid(), energy.GetProperty("seats").GetInt32());
    }

    private async Task<List<AuditEntry>> EntriesAsync(Guid councilId)
    {
        using var scope = app.Services.CreateScope();
        var db = scope.ServiceProvider.GetRequiredService<KenesDbContext>();
        var subject = councilId.ToString();
        return (await db.AuditEntries.AsNoTracking().Where(a => a.Subject == subject && a.Action == "Council.changed").ToListAsync())
            .OrderBy(a => a.Id).ToList();
    }

    [Fact]
    public async Task SettingSeats_WritesOneEntryWithTheUserAndTheNewValue_AndANewVersion()
    {
        var officer = await app.AuthorizedAsync(Demo.EnergyOfficer);
        var (id, version, current) = await EnergyCouncilAsync(officer);
        var before = (await EntriesAsync(id)).Count;
        var seats = current == 11 ? 12 : 11;

        var response = await officer.PutAsJsonAsync($"/api/v1/councils/{id}/seats", new { seats, version });

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var entries = await EntriesAsync(id);
        Assert.Equal(before + 1, entries.Count);
        var entry = entries[^1];
        Assert.NotNull(entry.UserId);
        using (var scope = app.Services.CreateScope())
        {
            var db = scope.ServiceProvider.GetRequiredService<KenesDbContext>();
            var email = await db.Users.Where(u => u.Id == entry.UserId).Select(u => u.Email).SingleAsync();
            Assert.Equal(Demo.EnergyOfficer, email);
        }

        var details = JsonSerializer.Deserialize<Dictionary<string, string?>>(entry.Details)!;
        Assert.Equal(seats.ToString(System.Globalization.CultureInfo.InvariantCulture), details["Seats"]);
        Assert.DoesNotContain("Version", details.Keys);
        var (_, newVersion, _) = await EnergyCouncilAsync(officer);
        Assert.NotEqual(version, newVersion);
    }

    [Fact]
    public async Task AStaleVersion_IsRefused_AndWritesNoEntry()
    {
        var officer = await app.AuthorizedAsync(Demo.EnergyOfficer);
        var (id, _, _) = await EnergyCouncilAsync(officer);
        var before = (await EntriesAsync(id)).Count;

        var response = await officer.PutAsJsonAsync($"/api/v1/councils/{id}/seats", new { seats = 15, version = Guid.NewGuid() });

        Assert.Equal(HttpStatusCode.Conflict, response.StatusCode);
        Assert.Equal(before, (await EntriesAsync(id)).Count);
    }
}

public sealed class AuditedChangesTestsOnSqlite(SqliteApp app) : AuditedChangesTests(app), IClassFixture<SqliteApp>;

public sealed class AuditedChangesTestsOnPostgres(PostgresApp app) : AuditedChangesTests(app), IClassFixture<PostgresApp>;
