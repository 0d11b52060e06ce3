using NodaTime;

namespace Kenes.Infrastructure.Documents;

/// <summary>One screened application in the R10 list of candidates.</summary>
/// <param name="Channel">How the application arrived (online, in person, e-mail), already localized by the caller.</param>
/// <param name="Late">Received after the R8 submission deadline; late applications are listed, never dropped.</param>
/// <param name="Reason">The HR decision's reason; required by R10 practice when not admitted.</param>
public sealed record CandidateRow(
    int Number,
    string FullName,
    string Organization,
    string ReceiptNumber,
    string Channel,
    LocalDate ReceivedOn,
    bool Late,
    bool Admitted,
    string? Reason);

/// <summary>The R10 list of candidates formed by the state body's HR service.</summary>
public sealed record CandidateListData(
    string StateBodyName,
    string DirectionName,
    LocalDate SubmissionDeadline,
    LocalDate ScreeningDeadline,
    LocalDate GeneratedOn,
    IReadOnlyList<CandidateRow> Rows);
