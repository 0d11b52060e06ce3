using Kenes.Infrastructure.Identity;
using Kenes.Infrastructure.Persistence;
using Kenes.Web.Features.Account;
using Kenes.Web.Features.Councils;
using Kenes.Web.Hosting;
using Microsoft.EntityFrameworkCore;

namespace Kenes.Web.Features.Meetings.Planning;

/// <summary>What the caller may do with a council's meetings.</summary>
/// <param name="CanChange">The council's secretary (M12), or the state body's officers and administrators.</param>
/// <param name="Member">The caller's seat in the composition in office, when they read as a member.</param>
public sealed record CouncilAccess(Council Council, bool CanChange, CompositionMember? Member)
{
    public bool IsStaff => Member is null;
}

/// <summary>
/// Who sees and changes meetings. Staff see their own state body's councils (another body's is a 404,
/// as everywhere); the secretary of the council, its officers and administrators change them; members
/// of the composition in office read their council's meetings and materials, never change them.
/// </summary>
public sealed class MeetingAccess(KenesDbContext db, CurrentUser user, StaffPageCache<Guid, Meeting?> copies)
{
    private static readonly string[] StaffRoles = [.. Roles.StateBodyStaff, .. Roles.Nationwide];

    public bool IsStaff => StaffRoles.Any(user.IsInRole);

    public Guid? UserId => user.Id;

    /// <summary>Staff only (the work plan); null when the council is not visible.</summary>
    public async Task<CouncilAccess?> CouncilForStaffAsync(Guid councilId, CancellationToken ct)
    {
        if (!IsStaff)
        {
            return null;
        }

        var council = await db.FindVisibleAsync(councilId, user, ct);
        return council is null ? null : new CouncilAccess(council, CanChange(council), null);
    }

    /// <summary>
    /// The meeting with its agenda and materials, and the caller's access; null when it is not theirs to see.
    /// <paramref name="fresh"/>: read from the database even when only reading (after a conflict, to show the other change).
    /// </summary>
    public async Task<(Meeting Meeting, CouncilAccess Access)?> MeetingAsync(Guid meetingId, bool tracking, CancellationToken ct, bool fresh = false)
    {
        // Two statements on the secretary's busiest page (issue #6): the meeting with its council, then
        // the agenda with its materials. One statement with both collections made SQLite scan every
        // agenda item in the country; EF Core's split query needs three.
        // Pages that only read get the node's copy, shared by every viewer until the next change (ADR 0013);
        // they must not change it. Access is still decided per request below.
        var meeting = tracking
            ? await db.Meetings.Include(m => m.Council!).ThenInclude(c => c.StateBody).FirstOrDefaultAsync(m => m.Id == meetingId, ct)
            : fresh ? await ReadAsync(meetingId, ct) : await copies.GetAsync(meetingId, token => ReadAsync(meetingId, token), ct);
        if (meeting is null || await AccessAsync(meeting, ct) is not { } access)
        {
            return null;
        }

        if (tracking)
        {
            // Tracked items are attached to the meeting by EF Core as they load.
            await db.AgendaItems.Include(i => i.Materials).Where(i => i.MeetingId == meetingId).LoadAsync(ct);
        }

        return (meeting, access);
    }

    private async Task<Meeting?> ReadAsync(Guid meetingId, CancellationToken ct)
    {
        var meeting = await ReadMeeting.For(db)(db, meetingId, ct);
        if (meeting is not null)
        {
            meeting.Items = await ReadAgenda.For(db)(db, meetingId).ToListAsync(ct);
        }

        return meeting;
    }

    // Compiled once for the read-only views, which are most of the traffic (issue #6).
    private static readonly PerProvider<Func<KenesDbContext, Guid, CancellationToken, Task<Meeting?>>> ReadMeeting = new(() => EF.CompileAsyncQuery(
        (KenesDbContext db, Guid id, CancellationToken ct) =>
            db.Meetings.AsNoTracking().Include(m => m.Council!).ThenInclude(c => c.StateBody).FirstOrDefault(m => m.Id == id)));

    private static readonly PerProvider<Func<KenesDbContext, Guid, IAsyncEnumerable<AgendaItem>>> ReadAgenda = new(() => EF.CompileAsyncQuery(
        (KenesDbContext db, Guid id) => db.AgendaItems.AsNoTracking().Include(i => i.Materials).Where(i => i.MeetingId == id)));

    private async Task<CouncilAccess?> AccessAsync(Meeting meeting, CancellationToken ct)
    {
        var council = meeting.Council!;
        if (IsStaff && user.CanSee(council.StateBodyId))
        {
            return new CouncilAccess(council, CanChange(council), null);
        }

        if (user.Id is not { } userId)
        {
            return null;
        }

        var member = await db.CompositionMembers.AsNoTracking().FirstOrDefaultAsync(
            m => m.CouncilId == meeting.CouncilId && m.UserId == userId && m.ApprovedByOrderId != null && m.RemovedByOrderId == null, ct);
        return member is null ? null : new CouncilAccess(council, false, member);
    }

    private bool CanChange(Council council) =>
        (user.Id is { } id && id == council.SecretaryUserId) || user.CanManage(council.StateBodyId);
}
