namespace Kenes.Domain.Meetings;

/// <summary>The field names in the meeting rules' <see cref="Formation.FieldViolation.Field"/>: the same in forms, API bodies and problem details.</summary>
public static class MeetingFieldNames
{
    public const string Date = "date";
    public const string Mode = "mode";
    public const string Place = "place";
    public const string VideoLink = "videoLink";
    public const string Agenda = "agenda";
    public const string LateReason = "lateReason";
    public const string Vote = "vote";
    public const string Signer = "signer";
}
