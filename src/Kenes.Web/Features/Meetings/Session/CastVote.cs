using Kenes.Domain.Meetings;
using Kenes.Infrastructure.Persistence;
using Kenes.Web.Features.Account;
using Microsoft.EntityFrameworkCore;
using NodaTime;

namespace Kenes.Web.Features.Meetings.Session;

/// <summary>
/// M10: a member's vote on an open item, cast from their own device or recorded in the room by the secretary.
/// <see cref="VoteEligibility"/> decides (M9, M10, M12); the database's unique index keeps one vote per member per item
/// even when two arrive at once.
/// </summary>
public sealed class CastVote(KenesDbContext db, IClock clock, CurrentUser user, TallyBroadcaster tally)
{
    public async Task<SessionResult> HandleAsync(SessionState s, Guid itemId, Guid? memberId, VoteChoice choice, CancellationToken ct)
    {
        if (s.Item(itemId) is not { } item)
        {
            return SessionResult.NotFound;
        }

        // Who votes: the member named by the secretary (in the room), or the signed-in member themself.
        CompositionMember? voter;
        Guid? recordedBy = null;
        if (memberId is { } named && named != s.Me?.Id)
        {
            if (!s.CanRun)
            {
                return SessionResult.Forbidden;
            }

            voter = s.Member(named);
            recordedBy = user.Id;
        }
        else
        {
            voter = s.Me;
        }

        var isSecretary = voter is null ? s.IsSecretary && memberId is null : voter.UserId is { } u && u == s.Council.SecretaryUserId;
        var violation = VoteEligibility.Check(
            voterIsMemberInOffice: voter is not null,
            voterIsSecretary: isSecretary,
            present: voter is not null && s.IsPresent(voter.Id),
            alreadyVoted: voter is not null && item.Votes.Any(v => v.MemberId == voter.Id),
            voteOpen: item.VoteState == VoteState.Open && !s.Signed,
            quorate: s.Quorum.Quorate);
        if (violation is not null)
        {
            var status = violation.Code is MeetingViolationCodes.VoteTwice or MeetingViolationCodes.VoteClosed ? SessionStatus.Conflict : SessionStatus.Refused;
            return SessionResult.Refuse(violation, status);
        }

        // The provider's execution strategy (PostgreSQL retries) runs the whole unit of work, transaction included.
        SessionResult? refusal = null;
        await db.Database.CreateExecutionStrategy().ExecuteAsync(async () =>
        {
            refusal = null;
            await using var transaction = await db.Database.BeginTransactionAsync(ct);
            // Takes the item's row: a vote saved after closing is impossible, and closing notices a vote saved meanwhile.
            var stillOpen = await db.AgendaItems
                .Where(i => i.Id == item.Id && i.VoteState == VoteState.Open)
                .ExecuteUpdateAsync(u => u.SetProperty(i => i.Version, Guid.NewGuid()), ct);
            if (stillOpen == 0)
            {
                refusal = SessionResult.Refuse(VoteEligibility.Check(true, false, true, false, false, true)!, SessionStatus.Conflict);
                return;
            }

            var ballot = new Vote
            {
                Id = Guid.NewGuid(),
                AgendaItemId = item.Id,
                MemberId = voter!.Id,
                Choice = choice,
                CastAt = clock.GetCurrentInstant(),
                RecordedBy = recordedBy,
            };
            db.Votes.Add(ballot);
            try
            {
                await db.SaveChangesAsync(ct);
                await transaction.CommitAsync(ct);
            }
            catch (DbUpdateException)
            {
                // The unique index (item, member): the same member's vote arrived first from another device.
                db.Entry(ballot).State = EntityState.Detached;
                await transaction.RollbackAsync(ct);
                refusal = SessionResult.Refuse(VoteEligibility.Check(true, false, true, true, true, true)!, SessionStatus.Conflict);
            }
        });
        if (refusal is not null)
        {
            return refusal;
        }

        await tally.PublishAsync(db, s.Meeting.Id, ct);
        return SessionResult.Done;
    }
}
