using System.Net.Http.Headers;
using System.Text.RegularExpressions;
using Kenes.Infrastructure.Identity;
using Kenes.Infrastructure.Persistence;
using Kenes.Infrastructure.Storage;
using Kenes.Web.Features.Meetings.Planning;
using Kenes.Web.Tests.Formation;
using Kenes.Web.Tests.Meetings.Session;
using Kenes.Web.Tests.Support;
using Microsoft.AspNetCore.DataProtection;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace Kenes.Web.Tests.Security;

/// <summary>
/// Real records of the Ministry of Energy (MEN) for every route parameter, so that "allowed" means the
/// handler found the record and ran, and a 404 can only mean "not yours". Users of Health (MZ) and
/// Agriculture (MSH) are the other state bodies.
/// </summary>
public sealed partial class MatrixSubjects
{
    private readonly Dictionary<string, string> values = new(StringComparer.Ordinal);

    /// <summary>Agenda items that DELETE may remove: one per caller, so one caller's success cannot turn the next caller's call into a 404.</summary>
    private readonly List<Guid> spareItems = [];

    private HttpClient officer = null!;

    public static async Task<MatrixSubjects> CreateAsync(KenesAppFactory app, int callers)
    {
        var subjects = new MatrixSubjects();
        var officer = subjects.officer = await app.AuthorizedAsync(Demo.EnergyOfficer);
        var announcement = await FormationApi.CreateAndPublishAsync(officer);
        var number = announcement.GetProperty("number").GetString()!;
        var submitted = await app.CreateClient().PostAsync($"/api/v1/public/announcements/{number}/applications",
            FormationApi.Application("Матрицаев", $"matrix-{Guid.NewGuid():N}@example.kz"));
        var receipt = (await submitted.ReadJsonAsync()).GetProperty("receiptNumber").GetString()!;

        var meeting = await SessionSetup.NewMeetingAsync(app, items: 1 + callers);
        var secretary = await app.AuthorizedAsync(Demo.EnergySecretary);
        using var material = new MultipartFormDataContent();
        var file = new ByteArrayContent(TestFiles.Pdf("agenda material"));
        file.Headers.ContentType = new MediaTypeHeaderValue("application/pdf");
        material.Add(file, "files", "material.pdf");
        var uploaded = await secretary.PostAsync($"/api/v1/meetings/{meeting.Id}/agenda/{meeting.Items[0]}/materials", material);
        Assert.True(uploaded.IsSuccessStatusCode, await uploaded.Content.ReadAsStringAsync());

        // The chair present, so the chair presides and may sign (M7, M10); signed minutes on file, so their PDF exists.
        await secretary.AttendAsync(meeting.Id, [meeting.Chair]);
        using (var setup = app.Services.CreateScope())
        {
            var storage = setup.ServiceProvider.GetRequiredService<IDocumentStorage>();
            var setupDb = setup.ServiceProvider.GetRequiredService<KenesDbContext>();
            using var minutes = new MemoryStream(TestFiles.Pdf("signed minutes"));
            var saved = await storage.SaveAsync(minutes, CancellationToken.None);
            var row = await setupDb.Meetings.SingleAsync(m => m.Id == meeting.Id);
            row.MinutesStorageKey = saved.Key;
            await setupDb.SaveChangesAsync();
        }

        using var scope = app.Services.CreateScope();
        var db = scope.ServiceProvider.GetRequiredService<KenesDbContext>();
        var application = await db.Applications.Include(a => a.Documents).SingleAsync(a => a.ReceiptNumber == receipt);
        var council = await db.Meetings.Where(m => m.Id == meeting.Id).Select(m => m.CouncilId).SingleAsync();
        var materialId = await db.AgendaMaterials.Where(m => m.AgendaItemId == meeting.Items[0]).Select(m => m.Id).FirstAsync();
        var member = meeting.Members.First(m => m.UserId is null && !m.IsDeputyChair).Id;
        var memberUser = await db.Users.Where(u => u.Email == Demo.Member).Select(u => u.Id).SingleAsync();
        var feed = PlanningLinks.CalendarFeed(scope.ServiceProvider.GetRequiredService<IDataProtectionProvider>(), memberUser);

        subjects.values["councils"] = council.ToString();
        subjects.values["councilId"] = council.ToString();
        subjects.values["meetings"] = meeting.Id.ToString();
        subjects.values["itemId"] = meeting.Items[0].ToString();
        subjects.values["materials"] = materialId.ToString();
        subjects.values["memberId"] = member.ToString();
        subjects.values["chairMember"] = meeting.Chair.ToString();
        subjects.values["announcements"] = announcement.GetProperty("id").GetGuid().ToString();
        subjects.values["number"] = number;
        subjects.values["applications"] = application.Id.ToString();
        subjects.values["receipt"] = receipt;
        subjects.values["documents"] = application.Documents[0].Id.ToString();
        subjects.values["token"] = FeedToken().Match(feed).Groups[1].Value;
        subjects.values["year"] = "2026";
        subjects.values["code"] = "400";
        subjects.values["documentName"] = "v1";
        subjects.spareItems.AddRange(meeting.Items.Skip(1));
        return subjects;
    }

    /// <summary>
    /// A body that passes the endpoint's own validation where that validation runs before its role check,
    /// so the answer shows the role rule and not a 400 that anyone would get.
    /// </summary>
    public string? Body(RouteEntry entry) => entry.Route switch
    {
        "/api/v1/meetings/{id}/attendance" => $"{{\"memberId\":\"{values["memberId"]}\",\"mode\":\"InPerson\"}}",
        // The chair's vote: the chair casts it, the secretary or the council's manager records it; anyone else is refused.
        "/api/v1/meetings/{id}/items/{itemId}/votes" => $"{{\"memberId\":\"{values["chairMember"]}\",\"choice\":\"For\"}}",
        _ => null,
    };

    /// <summary>Puts the record back into the state the call needs: a restore needs a member marked for removal.</summary>
    public async Task PrepareAsync(RouteEntry entry)
    {
        if (entry.Route == "/api/v1/councils/{id}/composition/members/{memberId}/restore")
        {
            using var _ = await officer.DeleteAsync($"/api/v1/councils/{values["councils"]}/composition/members/{values["memberId"]}");
        }
    }

    /// <summary>One of the demo values by its key (e.g. "number" for the published announcement).</summary>
    public string Value(string key) => values[key];

    /// <summary>The route with every parameter replaced by a real value; an unknown parameter fails the test, asking for a value here.</summary>
    public string Path(RouteEntry entry, int caller) => Parameter().Replace(entry.Route, match =>
    {
        var name = match.Groups[1].Value;
        var before = entry.Route[..match.Index].TrimEnd('/');
        var key = name == "id" ? before[(before.LastIndexOf('/') + 1)..] : name;
        if (entry.Method == "DELETE" && name == "itemId")
        {
            return spareItems[caller].ToString();
        }

        return values.TryGetValue(key, out var value)
            ? value
            : throw new InvalidOperationException($"No demo value for {{{name}}} in {entry.Key}: add one to {nameof(MatrixSubjects)}.");
    });

    [GeneratedRegex(@"\{([A-Za-z0-9_]+)\??\}")]
    private static partial Regex Parameter();

    [GeneratedRegex(@"/calendar/feed/([^/]+)\.ics")]
    private static partial Regex FeedToken();
}
