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
    public Instant CreatedAt { get; set; }

    /// <summary>Optimistic concurrency token, changed on every save.</summary>
    public Guid Version { get; set; }
}
