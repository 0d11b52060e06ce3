using NodaTime;

namespace Kenes.Infrastructure.Persistence;

public enum AnnouncementStatus
{
    Draft,
    Published,
}

/// <summary>
/// R6–R7: the state body's announcement that it is forming a council's composition. Once published
/// it is never edited in place: a correction adds an <see cref="AnnouncementRevision"/> and bumps
/// <see cref="Revision"/>, and the portal shows every revision.
/// </summary>
public sealed class Announcement
{
    public Guid Id { get; set; }
    public Guid CouncilId { get; set; }
    public Council? Council { get; set; }
    public string Number { get; set; } = "";
    public AnnouncementStatus Status { get; set; }

    /// <summary>R7.1: the name of the sectoral direction (copied from the council when drafted).</summary>
    public string DirectionKk { get; set; } = "";
    public string DirectionRu { get; set; } = "";
    public string DirectionEn { get; set; } = "";

    /// <summary>R7.2: the documents required under R9, as the officer words them.</summary>
    public string DocumentsKk { get; set; } = "";
    public string DocumentsRu { get; set; } = "";
    public string DocumentsEn { get; set; } = "";

    /// <summary>R7.4: where documents are sent.</summary>
    public string PostalAddress { get; set; } = "";
    public string Email { get; set; } = "";

    public LocalDate? PublishedOn { get; set; }
    public Instant? PublishedAt { get; set; }

    /// <summary>R7.3 / R8: the last day of the submission period (computed at publication).</summary>
    public LocalDate? SubmissionDeadline { get; set; }

    /// <summary>R10: the last day of HR screening (computed at publication).</summary>
    public LocalDate? ScreeningDeadline { get; set; }

    public int Revision { get; set; }
    public Guid Version { get; set; }
    public Instant CreatedAt { get; set; }

    public List<AnnouncementRevision> Revisions { get; set; } = [];
}

/// <summary>A published correction: what the text was before, why it changed, who changed it, when.</summary>
public sealed class AnnouncementRevision
{
    public Guid Id { get; set; }
    public Guid AnnouncementId { get; set; }
    public int Revision { get; set; }
    public Instant ChangedAt { get; set; }
    public Guid? ChangedBy { get; set; }
    public string Reason { get; set; } = "";

    /// <summary>The announcement's texts as they were before this correction, as JSON.</summary>
    public string Previous { get; set; } = "";
}
