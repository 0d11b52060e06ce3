using Kenes.Domain.Law;

namespace Kenes.Domain.Meetings;

/// <summary>M7: "The chair of the sectoral council is elected from among its members."</summary>
public static class ChairElection
{
    /// <summary>
    /// The elected chair, or null with the reason, from the votes each candidate (a member) received.
    /// Interpretation: M7 gives no procedure, so the election follows M10's "majority of votes": a
    /// candidate is elected with more than half of the votes cast (ballots for a candidate;
    /// <paramref name="presentMembers"/> bounds them). A tie at the top, or a leader short of that
    /// majority (three or more candidates), elects nobody and the meeting holds a second round; the
    /// presiding member's casting vote (M10) is for decisions, not for electing a person.
    /// </summary>
    /// <exception cref="ArgumentException">A negative count, or more votes cast than members present.</exception>
    [Implements("M7")]
    public static (Guid? ElectedMemberId, string Explanation) Decide(IReadOnlyDictionary<Guid, int> votesByCandidate, int presentMembers)
    {
        ArgumentNullException.ThrowIfNull(votesByCandidate);
        ArgumentOutOfRangeException.ThrowIfNegative(presentMembers);
        if (votesByCandidate.Values.Any(v => v < 0))
        {
            throw new ArgumentException("A candidate cannot have a negative number of votes.", nameof(votesByCandidate));
        }

        var cast = votesByCandidate.Values.Sum();
        if (cast > presentMembers)
        {
            throw new ArgumentException($"{cast} votes were cast but only {presentMembers} members are present.", nameof(votesByCandidate));
        }

        if (cast == 0)
        {
            return (null, "M7: no votes were cast for any candidate, so no chair is elected; hold a second round.");
        }

        var ranked = votesByCandidate.OrderByDescending(kv => kv.Value).ToList();
        var top = ranked[0];
        if (ranked.Count > 1 && ranked[1].Value == top.Value)
        {
            return (null, $"M7: the leading candidates are tied with {top.Value} of {cast} votes each, so no chair is elected; hold a second round.");
        }

        return 2 * top.Value > cast
            ? (top.Key, $"M7: the chair is elected with {top.Value} of {cast} votes cast, a majority ({presentMembers} members present).")
            : (null, $"M7: the leading candidate has {top.Value} of {cast} votes cast, not a majority, so no chair is elected; hold a second round.");
    }
}
