using Kenes.Domain.Law;

namespace Kenes.Domain.Meetings;

/// <summary>The quorum of a meeting, with the figures to show ("quorum: 7 of 10 present, 7 needed").</summary>
/// <param name="Norm">M9.</param>
/// <param name="MembersInOffice">Members of the approved composition on the meeting date (the secretary is not one).</param>
/// <param name="Present">Members present in person or remotely.</param>
/// <param name="Required">⌈2/3 × <paramref name="MembersInOffice"/>⌉.</param>
/// <param name="Quorate">Whether the meeting may take decisions.</param>
public sealed record QuorumResult(Norm Norm, int MembersInOffice, int Present, int Required, bool Quorate)
{
    /// <summary>A one-line English explanation (the web layer localizes from the fields).</summary>
    public string Explain() =>
        $"{Norm.Id}: quorum {(Quorate ? "met" : "not met")}: {Present} of {MembersInOffice} present, {Required} needed (⌈2/3 × {MembersInOffice}⌉).";
}

/// <summary>
/// M9: "A meeting of the sectoral council is quorate when at least two thirds of the total number of
/// its members take part."
/// </summary>
public static class QuorumRule
{
    /// <summary>
    /// The quorum of a meeting with <paramref name="membersInOffice"/> members of whom
    /// <paramref name="presentMembers"/> take part.
    /// Interpretation (DESIGN.md §2, 3): "the total number of members" is the members of the approved
    /// composition in office on the meeting date; the secretary (M12) and anyone else who is not a
    /// member never count, in either figure — the caller passes members only.
    /// Interpretation: "at least two thirds" is present ≥ ⌈2/3 × in office⌉, computed in integers as
    /// (2n + 2) / 3 so no rounding of a fraction can let 6 of 10 through.
    /// Interpretation (DESIGN.md §2, 4): an inquorate meeting takes no decisions and does not count as
    /// the month's meeting (see <see cref="VoteEligibility"/> and <see cref="WorkPlanRule"/>).
    /// A council with no members in office is never quorate.
    /// </summary>
    [Implements("M9")]
    public static QuorumResult Evaluate(int membersInOffice, int presentMembers)
    {
        ArgumentOutOfRangeException.ThrowIfNegative(membersInOffice);
        ArgumentOutOfRangeException.ThrowIfNegative(presentMembers);
        ArgumentOutOfRangeException.ThrowIfGreaterThan(presentMembers, membersInOffice);

        var required = RequiredFor(membersInOffice);
        return new QuorumResult(Norms.Get("M9"), membersInOffice, presentMembers, required,
            membersInOffice > 0 && presentMembers >= required);
    }

    /// <summary>⌈2/3 × <paramref name="membersInOffice"/>⌉ in integer arithmetic.</summary>
    public static int RequiredFor(int membersInOffice)
    {
        ArgumentOutOfRangeException.ThrowIfNegative(membersInOffice);
        return (2 * membersInOffice + 2) / 3;
    }
}
