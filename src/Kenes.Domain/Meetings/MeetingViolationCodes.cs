namespace Kenes.Domain.Meetings;

/// <summary>
/// The stable codes of the meeting rules' <see cref="Formation.FieldViolation"/>s (M7–M12); used as
/// localization keys and in API problem details.
/// </summary>
public static class MeetingViolationCodes
{
    /// <summary>M9: the meeting date is before today.</summary>
    public const string DatePast = "meeting.date_past";

    /// <summary>M9: an in-person or mixed meeting has no place.</summary>
    public const string PlaceRequired = "meeting.place_required";

    /// <summary>M9: a remote or mixed meeting has no videoconference link.</summary>
    public const string LinkRequired = "meeting.link_required";

    /// <summary>M9: the videoconference link is not an absolute https:// URL of at most 500 characters.</summary>
    public const string LinkInvalid = "meeting.link_invalid";

    /// <summary>M9: the mode is not InPerson, Remote or Mixed.</summary>
    public const string ModeInvalid = "meeting.mode_invalid";

    /// <summary>M12.4: a notice without an agenda.</summary>
    public const string NoticeAgendaRequired = "notice.agenda_required";

    /// <summary>M12.4: the latest notice date has passed and no reason of at least ten characters is recorded.</summary>
    public const string NoticeTooLate = "notice.too_late";

    /// <summary>M12.4: the meeting date has already passed.</summary>
    public const string NoticeMeetingPast = "notice.meeting_past";

    /// <summary>M9: the voter is not a member of the composition in office.</summary>
    public const string VoteNotMember = "vote.not_member";

    /// <summary>M12: the secretary is not a member and never votes.</summary>
    public const string VoteSecretary = "vote.secretary";

    /// <summary>M9: the voter is not recorded as present (in person or remotely).</summary>
    public const string VoteNotPresent = "vote.not_present";

    /// <summary>M10: the member has already voted on this item.</summary>
    public const string VoteTwice = "vote.twice";

    /// <summary>M10: the vote on this item is not open (not yet opened, or closed).</summary>
    public const string VoteClosed = "vote.closed";

    /// <summary>M9: the meeting is not quorate, so it takes no decisions.</summary>
    public const string VoteInquorate = "vote.inquorate";

    /// <summary>M10: the minutes are signed by someone other than the presiding member.</summary>
    public const string MinutesNotPresiding = "minutes.not_presiding";
}
