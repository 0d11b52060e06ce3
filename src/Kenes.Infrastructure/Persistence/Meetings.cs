using NodaTime;

namespace Kenes.Infrastructure.Persistence;

public enum MeetingMode
{
    InPerson,
    Remote,
    Mixed,
}

public enum MeetingStatus
{
    Planned,
    Noticed,
    InProgress,
    Held,
    Cancelled,
}

/// <summary>
/// M9: a meeting in person, remote or mixed, on the work plan; M12.4 notice; M10 minutes signed by the
/// presiding member; M12.5 distribution. Times are Asia/Almaty local.
/// </summary>
public sealed class Meeting
{
    public Guid Id { get; set; }
    public Guid CouncilId { get; set; }
    public Council? Council { get; set; }
    public int Number { get; set; }
    public LocalDate Date { get; set; }
    public LocalTime StartsAt { get; set; }
    public MeetingMode Mode { get; set; }
    public string? Place { get; set; }
    public string? VideoLink { get; set; }
    public MeetingStatus Status { get; set; }

    /// <summary>M7: the first meeting of a composition elects the chair.</summary>
    public bool ElectsChair { get; set; }

    /// <summary>M12.4: when the notice went out, and why it was late if it was (a recorded deviation).</summary>
    public LocalDate? NoticeSentOn { get; set; }
    public string? NoticeDeviationReason { get; set; }

    /// <summary>iCalendar SEQUENCE: bumped on every reschedule so calendars update the invitation.</summary>
    public int Sequence { get; set; }

    /// <summary>M7: who presided (a composition member); a gap (neither chair nor deputy) is recorded as a deviation.</summary>
    public Guid? PresidingMemberId { get; set; }
    public string? PresidingDeviation { get; set; }

    /// <summary>M10, M12.3: the signed minutes (PDF in document storage) and the signature.</summary>
    public string? MinutesStorageKey { get; set; }
    public string? MinutesSha256 { get; set; }
    public Instant? MinutesSignedAt { get; set; }
    public Guid? MinutesSignedBy { get; set; }

    /// <summary>M12.5: the last day to send copies of the minutes.</summary>
    public LocalDate? DistributionDeadline { get; set; }

    public Guid Version { get; set; }
    public Instant CreatedAt { get; set; }

    public List<AgendaItem> Items { get; set; } = [];
    public List<Attendance> Attendance { get; set; } = [];
}

public enum AgendaSubject
{
    /// <summary>M4.1: approve a sectoral qualification framework.</summary>
    ApproveQualificationFramework,

    /// <summary>M4.2: agree a professional standard.</summary>
    AgreeProfessionalStandard,

    /// <summary>M4.3: agree changes to the register of professions.</summary>
    AgreeRegisterChanges,

    /// <summary>M4.4: agree proposals to develop or update professional standards.</summary>
    AgreeStandardsProposals,

    /// <summary>M4.5: agree proposals on the conditions for recognizing qualifications.</summary>
    AgreeRecognitionConditions,

    /// <summary>M5.2: request materials from state bodies and organizations.</summary>
    InformationRequest,

    /// <summary>M5.3–M5.5: proposals (legal acts, recognition, the National Qualifications System).</summary>
    Proposal,

    Other,
}

public enum VoteState
{
    NotStarted,
    Open,
    Closed,
}

public sealed class AgendaItem
{
    public Guid Id { get; set; }
    public Guid MeetingId { get; set; }
    public int Order { get; set; }
    public string Title { get; set; } = "";
    public string Description { get; set; } = "";
    public AgendaSubject Subject { get; set; }
    public VoteState VoteState { get; set; }

    /// <summary>M10: adopted or not, and the rule that decided it (majority, or the presiding member's vote on a tie).</summary>
    public bool? Adopted { get; set; }
    public string? DecidedBy { get; set; }
    public string? Decision { get; set; }

    public Guid Version { get; set; }
    public List<AgendaMaterial> Materials { get; set; } = [];
    public List<Vote> Votes { get; set; } = [];
}

/// <summary>A material for an agenda item; a new upload of the same name is a new version, old ones are kept.</summary>
public sealed class AgendaMaterial
{
    public Guid Id { get; set; }
    public Guid AgendaItemId { get; set; }
    public string FileName { get; set; } = "";
    public int FileVersion { get; set; }
    public string ContentType { get; set; } = "";
    public long Length { get; set; }
    public string Sha256 { get; set; } = "";
    public string StorageKey { get; set; } = "";
    public Instant UploadedAt { get; set; }
    public Guid? UploadedBy { get; set; }
}

public enum AttendanceMode
{
    InPerson,
    Remote,
}

/// <summary>M9: a member present at a meeting. Only composition members in office count for quorum.</summary>
public sealed class Attendance
{
    public Guid Id { get; set; }
    public Guid MeetingId { get; set; }
    public Guid MemberId { get; set; }
    public AttendanceMode Mode { get; set; }
    public Instant RecordedAt { get; set; }
}

public enum VoteChoice
{
    For,
    Against,
    Abstain,
}

/// <summary>M10: one vote per member per item, never changed or deleted.</summary>
public sealed class Vote
{
    public Guid Id { get; set; }
    public Guid AgendaItemId { get; set; }
    public Guid MemberId { get; set; }
    public VoteChoice Choice { get; set; }
    public Instant CastAt { get; set; }

    /// <summary>The secretary who recorded a vote in the room, or null when the member voted from their own device.</summary>
    public Guid? RecordedBy { get; set; }
}

/// <summary>M12.5: a copy of the signed minutes sent to a member, with the outbox message that carries it.</summary>
public sealed class MinutesDelivery
{
    public Guid Id { get; set; }
    public Guid MeetingId { get; set; }
    public Guid MemberId { get; set; }
    public string Email { get; set; } = "";
    public Guid OutboxMessageId { get; set; }
    public Instant QueuedAt { get; set; }
}
