using Kenes.Domain.Meetings;
using Kenes.Infrastructure.Persistence;
using Kenes.Web.Features.Account;
using Microsoft.EntityFrameworkCore;

namespace Kenes.Web.Features.Meetings.Session;

/// <summary>
/// A meeting as the session sees it: the council's members in office (M9, interpretation 3), who is present,
/// the quorum (M9), who presides (M7), and what the current user may do.
/// </summary>
public sealed class SessionState
{
    public required Meeting Meeting { get; init; }

    public required Council Council { get; init; }

    /// <summary>Members of the approved composition in office, by name. The secretary is never one of them (M12).</summary>
    public required IReadOnlyList<CompositionMember> Members { get; init; }

    public required QuorumResult Quorum { get; init; }

    public required PresidingResult Presiding { get; init; }

    /// <summary>The council's secretary, or an officer or administrator of its state body: runs the session.</summary>
    public required bool CanRun { get; init; }

    /// <summary>The current user's own membership in office, when they are a member of this council.</summary>
    public CompositionMember? Me { get; init; }

    public bool IsSecretary { get; init; }

    public CompositionMember? Member(Guid id) => Members.FirstOrDefault(m => m.Id == id);

    public Attendance? AttendanceOf(Guid memberId) => Meeting.Attendance.FirstOrDefault(a => a.MemberId == memberId);

    public bool IsPresent(Guid memberId) => AttendanceOf(memberId) is not null;

    public IEnumerable<AgendaItem> Items => Meeting.Items.OrderBy(i => i.Order);

    public AgendaItem? Item(Guid id) => Meeting.Items.FirstOrDefault(i => i.Id == id);

    public bool Signed => Meeting.MinutesSignedAt is not null;

    /// <summary>The presiding member as stored (set when attendance or the choice changed) or, failing that, as M7 decides now.</summary>
    public Guid? PresidingMemberId => Meeting.PresidingMemberId ?? Presiding.PresidingMemberId;

    public static SessionState Build(Meeting meeting, Council council, IReadOnlyList<CompositionMember> members, CurrentUser? user)
    {
        var inOffice = members.Where(m => m.InOffice && (council.SecretaryUserId is null || m.UserId != council.SecretaryUserId))
            .OrderBy(m => m.FullName, StringComparer.Ordinal).ToList();
        var ids = inOffice.Select(m => m.Id).ToHashSet();
        var present = meeting.Attendance.Count(a => ids.Contains(a.MemberId));
        var chair = inOffice.FirstOrDefault(m => m.IsChair);
        var deputy = inOffice.FirstOrDefault(m => m.IsDeputyChair);
        bool Present(CompositionMember? m) => m is not null && meeting.Attendance.Any(a => a.MemberId == m.Id);
        var chosen = meeting.PresidingMemberId is { } p && p != chair?.Id && p != deputy?.Id && ids.Contains(p) ? p : (Guid?)null;
        var userId = user?.Id;
        var isSecretary = userId is not null && userId == council.SecretaryUserId;
        return new SessionState
        {
            Meeting = meeting,
            Council = council,
            Members = inOffice,
            Quorum = QuorumRule.Evaluate(inOffice.Count, present),
            Presiding = PresidingRule.Decide(chair?.Id, Present(chair), deputy?.Id, Present(deputy), chosen),
            CanRun = user is not null && (isSecretary || user.CanManage(council.StateBodyId)),
            IsSecretary = isSecretary,
            Me = userId is null ? null : inOffice.FirstOrDefault(m => m.UserId == userId),
        };
    }
}

/// <summary>Loads the <see cref="SessionState"/> of a meeting the user may see: staff of the state body or a member in office.</summary>
public sealed class SessionLoader(KenesDbContext db, CurrentUser user)
{
    public async Task<SessionState?> LoadAsync(Guid meetingId, CancellationToken ct, bool tracking = true)
    {
        var state = await LoadAnyAsync(db, meetingId, user, tracking, ct);
        return state is null || !(state.CanRun || state.Me is not null || user.CanSee(state.Council.StateBodyId)) ? null : state;
    }

    /// <summary>Without the access check: for broadcasting the tally after a change.</summary>
    public static async Task<SessionState?> LoadAnyAsync(KenesDbContext db, Guid meetingId, CurrentUser? user, bool tracking, CancellationToken ct)
    {
        var meetings = tracking ? db.Meetings : db.Meetings.AsNoTracking();
        var meeting = await meetings.AsSplitQuery()
            .Include(m => m.Council!).ThenInclude(c => c.StateBody)
            .Include(m => m.Items).ThenInclude(i => i.Votes)
            .Include(m => m.Attendance)
            .FirstOrDefaultAsync(m => m.Id == meetingId, ct);
        if (meeting?.Council is null)
        {
            return null;
        }

        var membersQuery = tracking ? db.CompositionMembers : db.CompositionMembers.AsNoTracking();
        var members = await membersQuery
            .Where(m => m.CouncilId == meeting.CouncilId && m.ApprovedByOrderId != null && m.RemovedByOrderId == null)
            .ToListAsync(ct);
        return SessionState.Build(meeting, meeting.Council, members, user);
    }
}
