using System.Collections.Frozen;

namespace Kenes.Domain.Law;

/// <summary>
/// Norms that will be implemented by a later feature and have no code yet. The traceability page
/// lists them in their own section so the gap stays visible; remove an entry when its
/// <see cref="ImplementsAttribute"/> lands (the traceability test fails if a norm is both).
/// </summary>
public static class PendingNorms
{
    private const string Formation = "planned: issue #4 (forming councils)";
    private const string Meetings = "planned: issue #5 (meetings)";

    public static IReadOnlyDictionary<string, string> Notes { get; } = new Dictionary<string, string>(StringComparer.Ordinal)
    {
        ["M11"] = Formation,
        ["M5.1"] = Meetings,
        ["M5.4"] = Meetings,
        ["M5.5"] = Meetings,
        ["M12.1"] = Meetings,
        ["M12.2"] = Meetings,
        ["M12.3"] = Meetings,
    }.ToFrozenDictionary(StringComparer.Ordinal);
}
