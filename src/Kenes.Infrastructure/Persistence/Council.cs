using NodaTime;

namespace Kenes.Infrastructure.Persistence;

public enum CouncilStatus
{
    Forming,
    Approved,
    InOffice,
    TermEnding,
    Renewed,
}

/// <summary>A sectoral council: one state body, one sectoral direction (R3, R4).</summary>
public sealed class Council
{
    public Guid Id { get; set; }
    public Guid StateBodyId { get; set; }
    public StateBody? StateBody { get; set; }
    public string DirectionKk { get; set; } = "";
    public string DirectionRu { get; set; } = "";
    public string DirectionEn { get; set; } = "";

    /// <summary>M6: the number of members is set by the state body.</summary>
    public int Seats { get; set; }

    public CouncilStatus Status { get; set; }

    /// <summary>M12: the secretary, a state-body employee who is never a member.</summary>
    public Guid? SecretaryUserId { get; set; }

    /// <summary>R5.5 and R5.6 say "if any": an empty category needs a recorded justification.</summary>
    public string? TradeUnionsJustification { get; set; }

    public string? EmployerAssociationsJustification { get; set; }

    /// <summary>R4: the current composition's term (from the last Initial or Renewal order).</summary>
    public LocalDate? TermStarts { get; set; }

    public LocalDate? TermEnds { get; set; }
    public Instant CreatedAt { get; set; }

    /// <summary>Optimistic concurrency token, changed on every save.</summary>
    public Guid Version { get; set; }
}
