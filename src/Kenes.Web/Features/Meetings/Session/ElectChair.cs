using System.Globalization;
using Kenes.Domain.Meetings;
using Kenes.Infrastructure.Persistence;
using Kenes.Web.Features.Account;
using NodaTime;

namespace Kenes.Web.Features.Meetings.Session;

/// <summary>
/// M7: the first meeting of a composition elects the chair from among the members. The secretary records the votes
/// each candidate received; <see cref="ChairElection"/> decides; the elected member becomes the chair and the counts
/// are kept in the audit trail (the meeting model has no table for election ballots).
/// </summary>
public sealed class ElectChair(KenesDbContext db, IClock clock, CurrentUser user, SessionCommands commands)
{
    public async Task<SessionResult> HandleAsync(SessionState s, IReadOnlyDictionary<Guid, int> votes, CancellationToken ct)
    {
        if (commands.Guard(s) is { } refused)
        {
            return refused;
        }

        if (!s.Meeting.ElectsChair)
        {
            return SessionResult.Refuse("M7", "election", SessionCodes.NoElection, "M7: this meeting is not the one that elects the chair.");
        }

        if (!s.Quorum.Quorate)
        {
            return SessionResult.Refuse("M9", "election", SessionCodes.ElectionInquorate, "M9: the meeting is not quorate, so it elects no one.");
        }

        if (votes.Count == 0 || votes.Keys.Any(id => s.Member(id) is null) || votes.Values.Any(v => v < 0))
        {
            return SessionResult.Refuse("M7", "election", SessionCodes.ElectionInvalid, "M7: the chair is elected from among the members in office.", SessionStatus.Invalid);
        }

        (Guid? Elected, string Explanation) result;
        try
        {
            result = ChairElection.Decide(votes, s.Quorum.Present);
        }
        catch (ArgumentException)
        {
            return SessionResult.Refuse("M7", "election", SessionCodes.ElectionInvalid,
                $"M7: more votes recorded than members present ({s.Quorum.Present}).", SessionStatus.Invalid);
        }

        if (result.Elected is not { } elected)
        {
            return new SessionResult(SessionStatus.Refused,
                new Kenes.Domain.Formation.FieldViolation(Kenes.Domain.Law.Norms.Get("M7"), "election", SessionCodes.ElectionNone, result.Explanation));
        }

        foreach (var member in s.Members)
        {
            member.IsChair = member.Id == elected;
        }

        db.AuditEntries.Add(new AuditEntry
        {
            At = clock.GetCurrentInstant(),
            UserId = user.Id,
            Action = "meeting.chair_elected",
            Subject = s.Meeting.Id.ToString(),
            Details = string.Join("; ", votes.Select(v => $"{v.Key}={v.Value.ToString(CultureInfo.InvariantCulture)}")) + $" → {elected}",
        });
        var saved = await commands.RecordAttendanceAsync(s, s.Members.First(m => m.Id == elected).Id, s.AttendanceOf(elected)?.Mode, ct);
        return saved.Ok ? new SessionResult(SessionStatus.Ok, Info: result.Explanation) : saved;
    }
}
