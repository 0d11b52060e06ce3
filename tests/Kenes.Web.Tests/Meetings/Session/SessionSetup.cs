using System.Net.Http.Json;
using System.Text.Json;
using Kenes.Infrastructure.Persistence;
using Kenes.Infrastructure.Time;
using Kenes.Web.Tests.Support;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using NodaTime;

namespace Kenes.Web.Tests.Meetings.Session;

/// <summary>A meeting of the demo Energy council (10 members in office), written straight into the database: planning is its own feature.</summary>
public sealed record SessionMeeting(Guid Id, IReadOnlyList<Guid> Items, IReadOnlyList<CompositionMember> Members)
{
    public Guid Chair => Members.Single(m => m.Email == "chair@demo.kenes.kz").Id;

    public Guid Deputy => Members.Single(m => m.IsDeputyChair).Id;

    public Guid Member => Members.Single(m => m.Email == Demo.Member).Id;

    /// <summary>Members other than the chair, the deputy chair and the demo member: recorded in the room by the secretary.</summary>
    public IReadOnlyList<Guid> Others => Members.Where(m => m.Id != Chair && m.Id != Deputy && m.Id != Member).Select(m => m.Id).ToList();
}

public static class SessionSetup
{
    public const string Chair = "chair@demo.kenes.kz";

    public static async Task<SessionMeeting> NewMeetingAsync(KenesAppFactory app, int items = 3, bool electsChair = false)
    {
        using var scope = app.Services.CreateScope();
        var db = scope.ServiceProvider.GetRequiredService<KenesDbContext>();
        var council = await db.Councils.Include(c => c.StateBody)
            .FirstAsync(c => c.StateBody!.Code == "MEN" && c.Status == CouncilStatus.InOffice && c.SecretaryUserId != null);
        var members = await db.CompositionMembers.AsNoTracking()
            .Where(m => m.CouncilId == council.Id && m.ApprovedByOrderId != null && m.RemovedByOrderId == null).ToListAsync();
        var today = app.Clock.GetCurrentInstant().InZone(ClockServiceCollectionExtensions.Almaty).Date;
        var meeting = new Meeting
        {
            Id = Guid.NewGuid(),
            CouncilId = council.Id,
            Number = Random.Shared.Next(1000, 1_000_000),
            Date = today,
            StartsAt = new LocalTime(10, 0),
            Mode = MeetingMode.Mixed,
            Place = "Астана, Қонаев к-сі, 10",
            VideoLink = "https://meet.example.kz/energy",
            Status = MeetingStatus.Noticed,
            ElectsChair = electsChair,
            Version = Guid.NewGuid(),
            CreatedAt = app.Clock.GetCurrentInstant(),
        };
        var subjects = new[] { AgendaSubject.AgreeProfessionalStandard, AgendaSubject.AgreeRegisterChanges, AgendaSubject.ApproveQualificationFramework };
        for (var i = 0; i < items; i++)
        {
            meeting.Items.Add(new AgendaItem
            {
                Id = Guid.NewGuid(),
                MeetingId = meeting.Id,
                Order = i + 1,
                Title = $"Мәселе {i + 1}: «Электр монтері» кәсіби стандарты",
                Description = "Жобаны келісу.",
                Subject = subjects[i % subjects.Length],
                Version = Guid.NewGuid(),
            });
        }

        db.Meetings.Add(meeting);
        await db.SaveChangesAsync();
        return new SessionMeeting(meeting.Id, meeting.Items.OrderBy(i => i.Order).Select(i => i.Id).ToList(), members);
    }

    public static async Task AttendAsync(this HttpClient secretary, Guid meeting, IEnumerable<Guid> members, string mode = "InPerson")
    {
        foreach (var member in members)
        {
            var response = await secretary.PostAsJsonAsync($"/api/v1/meetings/{meeting}/attendance", new { memberId = member, mode });
            Assert.True(response.IsSuccessStatusCode, await response.Content.ReadAsStringAsync());
        }
    }

    public static Task<HttpResponseMessage> OpenAsync(this HttpClient client, Guid meeting, Guid item) =>
        client.PostAsync($"/api/v1/meetings/{meeting}/items/{item}/open", null);

    public static Task<HttpResponseMessage> VoteAsync(this HttpClient client, Guid meeting, Guid item, string choice, Guid? memberId = null) =>
        client.PostAsJsonAsync($"/api/v1/meetings/{meeting}/items/{item}/votes", new { memberId, choice });

    public static Task<HttpResponseMessage> CloseAsync(this HttpClient client, Guid meeting, Guid item) =>
        client.PostAsJsonAsync($"/api/v1/meetings/{meeting}/items/{item}/close", new { decision = (string?)null });

    public static async Task RecordAsync(this HttpClient secretary, Guid meeting, Guid item, string choice, IEnumerable<Guid> members)
    {
        foreach (var member in members)
        {
            var response = await secretary.VoteAsync(meeting, item, choice, member);
            Assert.True(response.IsSuccessStatusCode, await response.Content.ReadAsStringAsync());
        }
    }

    public static async Task<JsonElement> TallyAsync(this HttpClient client, Guid meeting) =>
        await client.GetFromJsonAsync<JsonElement>($"/api/v1/meetings/{meeting}/tally");

    public static JsonElement Item(this JsonElement tally, Guid item) =>
        tally.GetProperty("items").EnumerateArray().Single(i => i.GetProperty("id").GetGuid() == item);

    /// <summary>Asserts an RFC 7807 refusal with its status, norm and code, the detail starting with the norm.</summary>
    public static async Task AssertRefusedAsync(this HttpResponseMessage response, int status, string norm, string code)
    {
        var body = await response.Content.ReadAsStringAsync();
        Assert.True((int)response.StatusCode == status, $"{(int)response.StatusCode}: {body}");
        Assert.StartsWith("application/problem+json", response.Content.Headers.ContentType?.MediaType ?? "", StringComparison.Ordinal);
        using var json = JsonDocument.Parse(body);
        Assert.Equal(norm, json.RootElement.GetProperty("norm").GetString());
        Assert.Equal(code, json.RootElement.GetProperty("code").GetString());
        Assert.StartsWith(norm + ":", json.RootElement.GetProperty("detail").GetString(), StringComparison.Ordinal);
    }
}
