using Kenes.Domain.Formation;
using Kenes.Domain.Law;

namespace Kenes.Domain.Meetings;

/// <summary>Whether a person may cast a ballot on an agenda item now (M9, M10, M12).</summary>
public static class VoteEligibility
{
    /// <summary>
    /// The first reason the vote is refused, or null when it may be recorded. The checks run in this
    /// order so the message names the most basic problem: the secretary (M12), not a member (M9),
    /// vote not open (M10), inquorate meeting (M9), not present (M9), already voted (M10).
    /// M12: "The secretary is not a member of the sectoral council." — so never votes.
    /// M9: only members take part and count; an inquorate meeting takes no decisions (DESIGN.md §2, 4).
    /// M10: "decisions by vote" — Interpretation: one ballot per member per item, recorded only while
    /// the vote is open; every ballot is kept and none is replaced.
    /// </summary>
    [Implements("M9")]
    [Implements("M10")]
    [Implements("M12")]
    public static FieldViolation? Check(bool voterIsMemberInOffice, bool voterIsSecretary, bool present, bool alreadyVoted, bool voteOpen, bool quorate)
    {
        if (voterIsSecretary)
        {
            return Refuse("M12", MeetingViolationCodes.VoteSecretary, "M12: the secretary is not a member of the council and does not vote.");
        }

        if (!voterIsMemberInOffice)
        {
            return Refuse("M9", MeetingViolationCodes.VoteNotMember, "M9: only members of the composition in office vote.");
        }

        if (!voteOpen)
        {
            return Refuse("M10", MeetingViolationCodes.VoteClosed, "M10: the vote on this item is not open.");
        }

        if (!quorate)
        {
            return Refuse("M9", MeetingViolationCodes.VoteInquorate, "M9: the meeting is not quorate (fewer than two thirds of the members present), so it takes no decisions.");
        }

        if (!present)
        {
            return Refuse("M9", MeetingViolationCodes.VoteNotPresent, "M9: only members present in person or remotely vote.");
        }

        return alreadyVoted
            ? Refuse("M10", MeetingViolationCodes.VoteTwice, "M10: each member votes once on an item; this member has already voted.")
            : null;
    }

    private static FieldViolation Refuse(string normId, string code, string message) =>
        new(Norms.Get(normId), MeetingFieldNames.Vote, code, message);
}
