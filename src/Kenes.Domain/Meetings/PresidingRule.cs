using Kenes.Domain.Law;

namespace Kenes.Domain.Meetings;

/// <summary>Who presides over a meeting under M7.</summary>
public enum PresidingRole
{
    Chair,
    DeputyChair,

    /// <summary>A member the meeting chose because the chair and the deputy chair are both absent (a deviation).</summary>
    Other,
}

/// <summary>Who presides, in which role, and whether it departs from M7.</summary>
/// <param name="Norm">M7.</param>
/// <param name="PresidingMemberId">Null only when nobody can preside yet (chair and deputy absent and no member chosen).</param>
/// <param name="Deviation">True when neither the chair nor the deputy chair presides (DESIGN.md §2, 5).</param>
public sealed record PresidingResult(Norm Norm, Guid? PresidingMemberId, PresidingRole Role, bool Deviation, string Explanation);

/// <summary>
/// M7: "The chair of the sectoral council is elected from among its members. … In the absence of the
/// chair, the deputy chair replaces the chair."
/// </summary>
public static class PresidingRule
{
    /// <summary>
    /// Who presides: the chair when present; otherwise the deputy chair when present; otherwise the
    /// member the meeting chose (<paramref name="chosenOtherId"/>).
    /// Interpretation: before the composition has elected its chair (<paramref name="chairId"/> null,
    /// the first meeting) the deputy chair presides and runs the chair election; that is M7's
    /// replacement of an absent chair, not a deviation.
    /// Interpretation (DESIGN.md §2, 5): M7 says nothing of a meeting where the chair and the deputy
    /// chair are both absent; the meeting chooses a member to preside, and the result is a
    /// <see cref="PresidingResult.Deviation"/> that the compliance dashboard shows.
    /// </summary>
    [Implements("M7")]
    public static PresidingResult Decide(Guid? chairId, bool chairPresent, Guid? deputyId, bool deputyPresent, Guid? chosenOtherId)
    {
        var norm = Norms.Get("M7");
        if (chairId is { } chair && chairPresent)
        {
            return new(norm, chair, PresidingRole.Chair, false, "M7: the chair presides.");
        }

        if (deputyId is { } deputy && deputyPresent)
        {
            return chairId is null
                ? new(norm, deputy, PresidingRole.DeputyChair, false,
                    "M7: no chair has been elected yet, so the deputy chair presides and runs the election of the chair from among the members.")
                : new(norm, deputy, PresidingRole.DeputyChair, false,
                    "M7: the chair is absent, so the deputy chair replaces the chair and presides.");
        }

        var whoIsMissing = (chairId is null ? "no chair has been elected" : "the chair is absent")
            + (deputyId is null ? " and no deputy chair is appointed" : " and the deputy chair is absent");
        return chosenOtherId is { } other
            ? new(norm, other, PresidingRole.Other, true,
                $"M7: {whoIsMissing}; M7 does not say who presides, so the member chosen by the meeting presides (recorded as a deviation).")
            : new(norm, null, PresidingRole.Other, true,
                $"M7: {whoIsMissing}; M7 does not say who presides, and the meeting has not chosen a member to preside (a deviation).");
    }
}
