namespace Kenes.Domain.Formation;

/// <summary>Where an application's receipt date falls against the R8 window.</summary>
public enum SubmissionTiming
{
    /// <summary>Received before the window opened (on or before the publication date).</summary>
    Early,

    /// <summary>Received inside the window.</summary>
    OnTime,

    /// <summary>Received after the 5th working day; stored and marked late (R8).</summary>
    Late,
}
