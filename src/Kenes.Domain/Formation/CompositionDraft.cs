namespace Kenes.Domain.Formation;

/// <summary>
/// A composition as the state-body officer is building it, before the R11 approval order.
/// </summary>
/// <param name="Seats">The number of members the state body set (M6).</param>
/// <param name="TradeUnionsJustification">Why category R5.5 is empty ("if any"); ignored when it is not.</param>
/// <param name="EmployerAssociationsJustification">Why category R5.6 is empty ("if any"); ignored when it is not.</param>
/// <param name="SecretaryUserId">The appointed secretary's account (M12); null until one is appointed.</param>
public sealed record CompositionDraft(
    int Seats,
    IReadOnlyList<ProposedMember> Members,
    string? TradeUnionsJustification,
    string? EmployerAssociationsJustification,
    Guid? SecretaryUserId);
