using Kenes.Infrastructure.Persistence;
using NodaTime;

namespace Kenes.Infrastructure.Documents;

/// <summary>
/// Everything the minutes of a meeting say (M9 attendance and quorum, M7 presiding, M10 votes and decisions, M12.3):
/// names in both document languages where the database keeps both; agenda titles as the secretary wrote them.
/// </summary>
public sealed record MinutesData(
    string StateBodyKk,
    string StateBodyRu,
    string DirectionKk,
    string DirectionRu,
    int Number,
    LocalDate Date,
    LocalTime StartsAt,
    MeetingMode Mode,
    string? Place,
    string? VideoLink,
    MinutesQuorum Quorum,
    MinutesPresiding? Presiding,
    string? SecretaryName,
    IReadOnlyList<MinutesAttendee> Members,
    IReadOnlyList<MinutesItem> Items,
    MinutesSignature? Signature);

/// <summary>M9: present members against ⌈2/3 × members in office⌉.</summary>
public sealed record MinutesQuorum(int MembersInOffice, int Present, int Required, bool Quorate);

/// <summary>M7: who presided, in which role ("chair", "deputy_chair", "other"), and the recorded deviation if any.</summary>
public sealed record MinutesPresiding(string FullName, string Role, string? Deviation);

/// <summary>A member in office and how they took part (null: absent).</summary>
public sealed record MinutesAttendee(string FullName, string Organization, AttendanceMode? Mode);

/// <summary>An agenda item with its M4/M5 subject, every vote by member and the M10 decision.</summary>
public sealed record MinutesItem(
    int Order,
    string Title,
    string Description,
    AgendaSubject Subject,
    VoteState State,
    IReadOnlyList<MinutesBallot> Votes,
    bool? Adopted,
    string? DecidedBy,
    string? Decision)
{
    public int For => Votes.Count(v => v.Choice == VoteChoice.For);

    public int Against => Votes.Count(v => v.Choice == VoteChoice.Against);

    public int Abstain => Votes.Count(v => v.Choice == VoteChoice.Abstain);
}

public sealed record MinutesBallot(string FullName, VoteChoice Choice);

/// <summary>M10: the presiding member's signature, given by re-entering the password in Kenes.</summary>
public sealed record MinutesSignature(string FullName, LocalDateTime SignedAt);
