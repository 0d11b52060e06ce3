using NodaTime;

namespace Kenes.Infrastructure.Documents;

/// <summary>One member of an approved composition.</summary>
/// <param name="CategoryLabel">The R5 category (or "independent expert", R4), already localized by the caller.</param>
/// <param name="RoleLabel">Chair or deputy chair (M7), localized; null for an ordinary member.</param>
public sealed record CompositionMember(
    int Number,
    string FullName,
    string Organization,
    string CategoryLabel,
    string? RoleLabel);

/// <summary>The composition approved by the state body's order (R11), with its three-year term (R4).</summary>
/// <param name="OrderNumber">The order's number; blank in a draft, rendered as a line to fill in by hand.</param>
/// <param name="SecretaryName">The secretary (M12) is listed apart: never a member.</param>
public sealed record CompositionData(
    string StateBodyName,
    string DirectionName,
    string OrderNumber,
    LocalDate OrderDate,
    LocalDate TermEnds,
    string? SecretaryName,
    IReadOnlyList<CompositionMember> Members);
