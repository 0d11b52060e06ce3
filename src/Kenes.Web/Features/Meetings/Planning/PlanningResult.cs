using Kenes.Domain.Formation;
using Kenes.Domain.Law;

namespace Kenes.Web.Features.Meetings.Planning;

/// <summary>The outcome of a planning command: saved, or the field problems that stopped it (nothing saved).</summary>
public sealed record PlanningResult(IReadOnlyList<FieldViolation> Violations, bool Conflict = false)
{
    public static readonly PlanningResult Saved = new([]);

    public bool Ok => Violations.Count == 0 && !Conflict;

    public static PlanningResult Refused(string norm, string field, string code, string message) =>
        new([new FieldViolation(Norms.Get(norm), field, code, message)]);

    public static PlanningResult Refused(IReadOnlyList<FieldViolation> violations) => new(violations);

    public static readonly PlanningResult Stale = new([], Conflict: true);
}

/// <summary>The codes this feature adds to the domain's <see cref="Kenes.Domain.Meetings.MeetingViolationCodes"/>.</summary>
public static class PlanningCodes
{
    public const string DateInvalid = "meeting.date_invalid";
    public const string TimeInvalid = "meeting.time_invalid";
    public const string NoComposition = "meeting.no_composition";
    public const string OutsideTerm = "meeting.outside_term";
    public const string NotOpen = "meeting.not_open";
    public const string AgendaLocked = "agenda.locked";
    public const string TitleRequired = "agenda.title_required";
    public const string TextTooLong = "agenda.too_long";
    public const string TextCharacters = "agenda.characters";
    public const string SubjectInvalid = "agenda.subject_invalid";
    public const string ItemNotFound = "agenda.item_not_found";
    public const string FileRequired = "material.required";
    public const string NoticeAlreadySent = "notice.already_sent";
    public const string ReasonTooLong = "notice.reason_too_long";
}
