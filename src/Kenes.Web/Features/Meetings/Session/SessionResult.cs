using Kenes.Domain.Formation;
using Kenes.Domain.Law;
using Kenes.Domain.Meetings;

namespace Kenes.Web.Features.Meetings.Session;

public enum SessionStatus
{
    Ok,
    NotFound,
    Forbidden,
    Conflict,
    Refused,
    Invalid,
}

/// <summary>The outcome of a session command: done, or refused with the violation that names the norm.</summary>
public sealed record SessionResult(SessionStatus Status, FieldViolation? Violation = null, string? Info = null)
{
    public static readonly SessionResult Done = new(SessionStatus.Ok);
    public static readonly SessionResult NotFound = new(SessionStatus.NotFound);
    public static readonly SessionResult Forbidden = new(SessionStatus.Forbidden);

    public bool Ok => Status == SessionStatus.Ok;

    public static SessionResult Refuse(FieldViolation violation, SessionStatus status = SessionStatus.Refused) => new(status, violation);

    /// <summary>A refusal of the session itself (not one of the domain's own codes), still naming its norm.</summary>
    public static SessionResult Refuse(string normId, string field, string code, string message, SessionStatus status = SessionStatus.Refused) =>
        new(status, new FieldViolation(Norms.Get(normId), field, code, message));

    public static SessionResult Conflict(string code, string message, string normId = "M10") =>
        Refuse(normId, MeetingFieldNames.Vote, code, message, SessionStatus.Conflict);
}

/// <summary>The session's own violation codes (the domain's are in <see cref="MeetingViolationCodes"/>).</summary>
public static class SessionCodes
{
    public const string OpenInquorate = "session.open_inquorate";
    public const string NotOpenable = "session.not_openable";
    public const string AttendanceNotMember = "session.attendance_not_member";
    public const string Signed = "session.signed";
    public const string PresidingNotNeeded = "session.presiding_not_needed";
    public const string PresidingNotPresent = "session.presiding_not_present";
    public const string PresidingRequired = "session.presiding_required";
    public const string NoElection = "session.no_election";
    public const string ElectionInvalid = "session.election_invalid";
    public const string ElectionInquorate = "session.election_inquorate";
    public const string ElectionNone = "session.election_none";
    public const string Password = "minutes.password";
    public const string LockedOut = "minutes.locked_out";
    public const string NotSigned = "minutes.not_signed";
    public const string AlreadySigned = "minutes.already_signed";
    public const string Changed = "session.changed";
}
