using Kenes.Domain.Law;

namespace Kenes.Domain.Meetings;

/// <summary>One member's vote on an agenda item.</summary>
public enum Ballot
{
    For,
    Against,
    Abstain,
}

/// <summary>The outcome of a closed vote, naming the rule that decided it.</summary>
/// <param name="Norm">M10.</param>
/// <param name="DecidedBy"><see cref="VoteRule.Majority"/>, <see cref="VoteRule.PresidingMemberTie"/> or <see cref="VoteRule.NoQuorum"/>.</param>
/// <param name="Explanation">An English sentence starting "M10: …" (the web layer localizes from the fields).</param>
public sealed record VoteOutcome(Norm Norm, bool Adopted, string DecidedBy, int For, int Against, int Abstain, string Explanation);

/// <summary>
/// M10: "The sectoral council takes decisions by vote, by a majority of votes. On a tie, the vote of
/// the presiding member decides."
/// </summary>
public static class VoteRule
{
    /// <summary>"For" outnumbered "against".</summary>
    public const string Majority = "majority";

    /// <summary>"For" and "against" were equal and the presiding member's vote decided.</summary>
    public const string PresidingMemberTie = "presiding_member_tie";

    /// <summary>The meeting was inquorate, so no decision was taken (DESIGN.md §2, 4).</summary>
    public const string NoQuorum = "no_quorum";

    /// <summary>
    /// Applies M10 to the <paramref name="ballots"/> of a closed vote at a quorate meeting.
    /// <paramref name="presidingMemberBallot"/> is the presiding member's own ballot, which is one of
    /// <paramref name="ballots"/> (null when they did not vote).
    /// </summary>
    [Implements("M10")]
    public static VoteOutcome Decide(IReadOnlyList<Ballot> ballots, Ballot? presidingMemberBallot) =>
        Decide(ballots, presidingMemberBallot, quorate: true);

    /// <summary>
    /// Applies M10 to the <paramref name="ballots"/> of a closed vote.
    /// Interpretation: "a majority of votes" is more votes "for" than "against"; abstentions are
    /// counted and shown but decide nothing.
    /// Interpretation: the presiding member votes like every member and the deciding vote on a tie is
    /// that same ballot, not an extra one; so "for" adopts, "against" rejects, and an abstention or no
    /// vote leaves the tie unbroken and the decision is not adopted (no majority was reached).
    /// Interpretation (DESIGN.md §2, 4): at an inquorate meeting nothing is adopted.
    /// </summary>
    /// <exception cref="ArgumentException">The presiding member's ballot is not among <paramref name="ballots"/>.</exception>
    [Implements("M10")]
    public static VoteOutcome Decide(IReadOnlyList<Ballot> ballots, Ballot? presidingMemberBallot, bool quorate)
    {
        ArgumentNullException.ThrowIfNull(ballots);
        int pro = 0, contra = 0, abstain = 0;
        foreach (var ballot in ballots)
        {
            switch (ballot)
            {
                case Ballot.For: pro++; break;
                case Ballot.Against: contra++; break;
                case Ballot.Abstain: abstain++; break;
                default: throw new ArgumentOutOfRangeException(nameof(ballots), ballot, "Unknown ballot.");
            }
        }

        if (presidingMemberBallot is { } own && !ballots.Contains(own))
        {
            throw new ArgumentException($"The presiding member's ballot ({own}) must be one of the ballots cast.", nameof(presidingMemberBallot));
        }

        var norm = Norms.Get("M10");
        var tally = $"{pro} for, {contra} against, {abstain} abstained";
        if (!quorate)
        {
            return new(norm, false, NoQuorum, pro, contra, abstain,
                $"M10: not adopted because the meeting was not quorate (M9), so it takes no decisions ({tally}).");
        }

        if (pro != contra)
        {
            var adopted = pro > contra;
            return new(norm, adopted, Majority, pro, contra, abstain,
                $"M10: {(adopted ? "adopted" : "rejected")} by a majority of votes ({tally}).");
        }

        return presidingMemberBallot switch
        {
            Ballot.For => new(norm, true, PresidingMemberTie, pro, contra, abstain,
                $"M10: adopted; the votes were tied ({tally}) and the presiding member's vote \"for\" decides."),
            Ballot.Against => new(norm, false, PresidingMemberTie, pro, contra, abstain,
                $"M10: rejected; the votes were tied ({tally}) and the presiding member's vote \"against\" decides."),
            Ballot.Abstain => new(norm, false, PresidingMemberTie, pro, contra, abstain,
                $"M10: not adopted; the votes were tied ({tally}) and the presiding member abstained, so no majority was reached."),
            _ => new(norm, false, PresidingMemberTie, pro, contra, abstain,
                $"M10: not adopted; the votes were tied ({tally}) and the presiding member did not vote, so no majority was reached."),
        };
    }
}
