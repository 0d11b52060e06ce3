using NodaTime;

namespace Kenes.Infrastructure.Persistence;

public enum ApplicationChannel
{
    Online,
    InPerson,
    Email,
}

public enum ApplicationStatus
{
    Submitted,
    Admitted,
    Rejected,
    Withdrawn,
}

/// <summary>
/// An application in the form of Annex 1 (F) with the R9 documents, received online, in person or by
/// e-mail (R8). Never deleted: a late one is kept and marked late.
/// </summary>
public sealed class CouncilApplication
{
    public Guid Id { get; set; }
    public Guid AnnouncementId { get; set; }
    public Announcement? Announcement { get; set; }

    /// <summary>Unguessable: the applicant checks the outcome with it and nothing else.</summary>
    public string ReceiptNumber { get; set; } = "";

    public ApplicationChannel Channel { get; set; }
    public LocalDate ReceivedOn { get; set; }
    public Instant ReceivedAt { get; set; }
    public bool Late { get; set; }
    public string? LateReason { get; set; }

    public string Surname { get; set; } = "";
    public string FirstName { get; set; } = "";
    public string? Patronymic { get; set; }
    public bool IndependentExpert { get; set; }
    public string? Organization { get; set; }
    public string Email { get; set; } = "";
    public string Phone { get; set; } = "";

    /// <summary>One live application per person and announcement: the normalized e-mail.</summary>
    public string PersonKey { get; set; } = "";

    public Instant ConsentAt { get; set; }
    public string ConsentText { get; set; } = "";

    public ApplicationStatus Status { get; set; }
    public string? DecisionReason { get; set; }
    public Guid? DecidedBy { get; set; }
    public Instant? DecidedAt { get; set; }
    public Guid? RegisteredBy { get; set; }
    public Guid Version { get; set; }

    public List<ApplicationDocument> Documents { get; set; } = [];

    public string FullName => JoinName(Surname, FirstName, Patronymic);

    /// <summary>"Surname First Patronymic", skipping the parts that are empty.</summary>
    public static string JoinName(string surname, string firstName, string? patronymic) =>
        string.Join(' ', new[] { surname, firstName, patronymic }.Where(p => !string.IsNullOrWhiteSpace(p)));
}

public enum ApplicationDocumentKind
{
    /// <summary>R9.1: the written application.</summary>
    Application,

    /// <summary>R9.2: a document confirming work experience (Labour Code art. 35).</summary>
    WorkExperience,
}

public sealed class ApplicationDocument
{
    public Guid Id { get; set; }
    public Guid ApplicationId { get; set; }
    public ApplicationDocumentKind Kind { get; set; }
    public string FileName { get; set; } = "";
    public string ContentType { get; set; } = "";
    public long Length { get; set; }
    public string Sha256 { get; set; } = "";
    public string StorageKey { get; set; } = "";
}
