using Kenes.Infrastructure.Persistence;
using Microsoft.EntityFrameworkCore;
using NodaTime;

namespace Kenes.Web.Features.Councils;

/// <summary>
/// A council's whole history on its staff page: every approval order with the members it added and
/// removed (R4, R11), every announcement with its applications (R6–R10), and the meetings year by year
/// with their decisions (M9, M10). Five queries whatever the number of years; counting happens in
/// the database, so a decade of votes is never loaded (issue #6: ≤ 100 ms with ten years).
/// </summary>
public sealed record CouncilHistory(
    IReadOnlyList<CouncilHistory.OrderRow> Orders,
    IReadOnlyList<CouncilHistory.AnnouncementRow> Announcements,
    IReadOnlyList<CouncilHistory.YearRow> Years,
    IReadOnlyList<CouncilHistory.MeetingRow> RecentMeetings)
{
    public const int RecentCount = 12;

    public sealed record OrderRow(string Number, LocalDate Date, ApprovalOrderKind Kind, int Added, int Removed);

    public sealed record AnnouncementRow(Guid Id, string Number, AnnouncementStatus Status, LocalDate? PublishedOn, int Applications, int Admitted, int Rejected);

    public sealed record MeetingRow(Guid Id, int Number, LocalDate Date, MeetingStatus Status, int Items, int Adopted);

    public sealed record YearRow(int Year, int Meetings, int Held, int Items, int Adopted);

    public static async Task<CouncilHistory> LoadAsync(KenesDbContext db, Guid councilId, CancellationToken ct)
    {
        // Counting is grouped in the database; no query refers to the context inside another query,
        // which would defeat EF Core's compiled-query cache.
        var members = await db.CompositionMembers.AsNoTracking().Where(m => m.CouncilId == councilId)
            .Select(m => new { m.ApprovedByOrderId, m.RemovedByOrderId }).ToListAsync(ct);
        var orders = (await db.ApprovalOrders.AsNoTracking().Where(o => o.CouncilId == councilId)
                .OrderByDescending(o => o.Date).ThenByDescending(o => o.RecordedAt)
                .Select(o => new { o.Id, o.Number, o.Date, o.Kind }).ToListAsync(ct))
            .Select(o => new OrderRow(o.Number, o.Date, o.Kind,
                members.Count(m => m.ApprovedByOrderId == o.Id), members.Count(m => m.RemovedByOrderId == o.Id)))
            .ToList();

        var counts = await db.Applications.AsNoTracking().Where(a => a.Announcement!.CouncilId == councilId)
            .GroupBy(a => new { a.AnnouncementId, a.Status })
            .Select(g => new { g.Key.AnnouncementId, g.Key.Status, Count = g.Count() }).ToListAsync(ct);
        int Count(Guid announcement, ApplicationStatus? status) =>
            counts.Where(c => c.AnnouncementId == announcement && (status is null || c.Status == status)).Sum(c => c.Count);
        var announcements = (await db.Announcements.AsNoTracking().Where(a => a.CouncilId == councilId)
                .OrderByDescending(a => a.CreatedAt)
                .Select(a => new { a.Id, a.Number, a.Status, a.PublishedOn }).ToListAsync(ct))
            .Select(a => new AnnouncementRow(a.Id, a.Number, a.Status, a.PublishedOn,
                Count(a.Id, null), Count(a.Id, ApplicationStatus.Admitted), Count(a.Id, ApplicationStatus.Rejected)))
            .ToList();

        var meetings = await db.Meetings.AsNoTracking().Where(m => m.CouncilId == councilId)
            .OrderByDescending(m => m.Date).ThenByDescending(m => m.Number)
            .Select(m => new MeetingRow(m.Id, m.Number, m.Date, m.Status, m.Items.Count, m.Items.Count(i => i.Adopted == true)))
            .ToListAsync(ct);

        var years = meetings.GroupBy(m => m.Date.Year)
            .Select(g => new YearRow(g.Key, g.Count(), g.Count(m => m.Status == MeetingStatus.Held), g.Sum(m => m.Items), g.Sum(m => m.Adopted)))
            .ToList();
        return new CouncilHistory(orders, announcements, years, meetings.Take(RecentCount).ToList());
    }
}
