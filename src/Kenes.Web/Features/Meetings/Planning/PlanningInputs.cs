namespace Kenes.Web.Features.Meetings.Planning;

/// <summary>A meeting as typed in the form or sent to the API: date "YYYY-MM-DD", time "HH:mm" (Asia/Almaty), mode InPerson/Remote/Mixed.</summary>
/// <param name="Version">The meeting's version the client read (or the If-Match header): a stale one is a 409, never an overwrite.</param>
public sealed record MeetingInput(string? Date, string? StartsAt, string? Mode, string? Place, string? VideoLink, bool ElectsChair = false, Guid? Version = null);

/// <summary>An agenda item; the subject is one of <see cref="Kenes.Domain.Meetings.AgendaSubjectNorms.All"/>.</summary>
/// <param name="Version">The meeting's version the client read (or the If-Match header): a stale one is a 409, never an overwrite.</param>
public sealed record AgendaItemInput(string? Title, string? Description, string? Subject, Guid? Version = null);

/// <summary>M12.4: the reason, required only when the notice is late.</summary>
public sealed record NoticeInput(string? LateReason);
