using Kenes.Domain.Meetings;
using Kenes.Infrastructure.Persistence;
using Kenes.Web.Features.Account;
using Microsoft.EntityFrameworkCore;
using NodaTime;

namespace Kenes.Web.Features.Meetings.Session;

/// <summary>
/// Attendance and presiding (M9, M7, M12), opening and closing votes (M9, M10) as the secretary runs the meeting.
/// Each command saves in one unit of work and then pushes the tally to open streams.
/// </summary>
public sealed class SessionCommands(KenesDbContext db, IClock clock, CurrentUser user, TallyBroadcaster tally)
{
    /// <summary>M9: records a member in office as present in person or remotely, or (mode null) as absent.</summary>
    public async Task<SessionResult> RecordAttendanceAsync(SessionState s, Guid memberId, AttendanceMode? mode, CancellationToken ct)
    {
        if (Guard(s) is { } refused)
        {
            return refused;
        }

        if (s.Member(memberId) is null)
        {
            // The secretary is never in this list (M12), nor is anyone outside the composition in office (M9).
            return SessionResult.Refuse("M9", "member", SessionCodes.AttendanceNotMember,
                "M9, M12: only members of the composition in office are recorded as present; the secretary never counts.");
        }

        var existing = s.AttendanceOf(memberId);
        if (mode is null)
        {
            if (existing is not null)
            {
                db.Attendance.Remove(existing);
                s.Meeting.Attendance.Remove(existing);
            }
        }
        else if (existing is null)
        {
            var row = new Attendance { Id = Guid.NewGuid(), MeetingId = s.Meeting.Id, MemberId = memberId, Mode = mode.Value, RecordedAt = clock.GetCurrentInstant() };
            db.Attendance.Add(row);
            s.Meeting.Attendance.Add(row);
        }
        else
        {
            existing.Mode = mode.Value;
            existing.RecordedAt = clock.GetCurrentInstant();
        }

        UpdatePresiding(s, chosen: s.Meeting.PresidingMemberId);
        return await SaveAsync(s, ct);
    }

    /// <summary>M7 gap: the meeting chooses a present member to preside when the chair and the deputy chair are both absent.</summary>
    public async Task<SessionResult> ChoosePresidingAsync(SessionState s, Guid memberId, CancellationToken ct)
    {
        if (Guard(s) is { } refused)
        {
            return refused;
        }

        if (!s.Presiding.Deviation)
        {
            return SessionResult.Refuse("M7", "presiding", SessionCodes.PresidingNotNeeded,
                "M7: the chair, or in the chair's absence the deputy chair, presides; no other member is chosen.");
        }

        if (s.Member(memberId) is null || !s.IsPresent(memberId))
        {
            return SessionResult.Refuse("M7", "presiding", SessionCodes.PresidingNotPresent, "M7: the presiding member is chosen from the members present.");
        }

        UpdatePresiding(s, memberId);
        return await SaveAsync(s, ct);
    }

    /// <summary>M9: a vote opens only at a quorate meeting (an inquorate meeting takes no decisions).</summary>
    public async Task<SessionResult> OpenVoteAsync(SessionState s, Guid itemId, CancellationToken ct)
    {
        if (Guard(s) is { } refused)
        {
            return refused;
        }

        if (s.Item(itemId) is not { } item)
        {
            return SessionResult.NotFound;
        }

        if (item.VoteState != VoteState.NotStarted)
        {
            return SessionResult.Conflict(SessionCodes.NotOpenable, "M10: the vote on this item has already been opened; every vote is held once.");
        }

        if (!s.Quorum.Quorate)
        {
            return SessionResult.Refuse("M9", MeetingFieldNames.Vote, SessionCodes.OpenInquorate,
                $"M9: the meeting is not quorate ({s.Quorum.Present} of {s.Quorum.MembersInOffice} present, {s.Quorum.Required} needed), so no vote is opened.");
        }

        if (s.PresidingMemberId is null)
        {
            return SessionResult.Refuse("M7", "presiding", SessionCodes.PresidingRequired,
                "M7: nobody presides (the chair and the deputy chair are absent); choose a present member to preside before voting.");
        }

        item.VoteState = VoteState.Open;
        item.Version = Guid.NewGuid();
        if (s.Meeting.Status is MeetingStatus.Planned or MeetingStatus.Noticed)
        {
            s.Meeting.Status = MeetingStatus.InProgress;
            s.Meeting.Version = Guid.NewGuid();
        }

        return await SaveAsync(s, ct);
    }

    /// <summary>M10: closes the vote and records the decision and the rule that took it.</summary>
    public async Task<SessionResult> CloseVoteAsync(SessionState s, Guid itemId, string? decisionText, CancellationToken ct)
    {
        if (Guard(s) is { } refused)
        {
            return refused;
        }

        if (s.Item(itemId) is not { } item)
        {
            return SessionResult.NotFound;
        }

        if (item.VoteState != VoteState.Open)
        {
            return SessionResult.Refuse(VoteEligibility.Check(true, false, true, false, false, true)!, SessionStatus.Conflict);
        }

        var presiding = s.PresidingMemberId;
        var ballots = item.Votes.Select(v => ToBallot(v.Choice)).ToList();
        var own = item.Votes.FirstOrDefault(v => v.MemberId == presiding) is { } p ? ToBallot(p.Choice) : (Ballot?)null;
        var outcome = VoteRule.Decide(ballots, own, s.Quorum.Quorate);
        item.VoteState = VoteState.Closed;
        item.Adopted = outcome.Adopted;
        item.DecidedBy = outcome.DecidedBy;
        item.Decision = string.IsNullOrWhiteSpace(decisionText) ? outcome.Explanation : decisionText.Trim()[..Math.Min(decisionText.Trim().Length, 4000)];
        // The item's version is bumped by every ballot too, so a ballot saved after the votes were read is a conflict here.
        item.Version = Guid.NewGuid();
        return await SaveAsync(s, ct) is { Ok: true } ? new SessionResult(SessionStatus.Ok, Info: outcome.Explanation) : SessionResult.Conflict(SessionCodes.Changed, "M10: a vote arrived while closing; close again.");
    }

    public static Ballot ToBallot(VoteChoice choice) => choice switch
    {
        VoteChoice.For => Ballot.For,
        VoteChoice.Against => Ballot.Against,
        _ => Ballot.Abstain,
    };

    internal SessionResult? Guard(SessionState s)
    {
        if (!s.CanRun)
        {
            return SessionResult.Forbidden;
        }

        return s.Signed
            ? SessionResult.Conflict(SessionCodes.Signed, "M10: the minutes are signed; the meeting record is closed.")
            : null;
    }

    private static void UpdatePresiding(SessionState s, Guid? chosen)
    {
        var chair = s.Members.FirstOrDefault(m => m.IsChair);
        var deputy = s.Members.FirstOrDefault(m => m.IsDeputyChair);
        bool Present(CompositionMember? m) => m is not null && s.Meeting.Attendance.Any(a => a.MemberId == m.Id);
        var other = chosen is { } c && c != chair?.Id && c != deputy?.Id && Present(s.Member(c)) ? c : (Guid?)null;
        var result = PresidingRule.Decide(chair?.Id, Present(chair), deputy?.Id, Present(deputy), other);
        if (s.Meeting.PresidingMemberId != result.PresidingMemberId)
        {
            s.Meeting.PresidingMemberId = result.PresidingMemberId;
            s.Meeting.PresidingDeviation = result.Deviation ? result.Explanation : null;
            s.Meeting.Version = Guid.NewGuid();
        }
    }

    private async Task<SessionResult> SaveAsync(SessionState s, CancellationToken ct)
    {
        try
        {
            await db.SaveChangesAsync(ct);
        }
        catch (DbUpdateException)
        {
            return SessionResult.Conflict(SessionCodes.Changed, "M10: the meeting changed meanwhile; reload and try again.");
        }

        await tally.PublishAsync(db, s.Meeting.Id, ct);
        return SessionResult.Done;
    }

    internal Guid? UserId => user.Id;
}
