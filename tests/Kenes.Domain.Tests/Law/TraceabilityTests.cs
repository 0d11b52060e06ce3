using Kenes.Domain.Law;
using Kenes.Domain.Tests.Support;

namespace Kenes.Domain.Tests.Law;

/// <summary>
/// Every paragraph of Order No. 378 is implemented, out of scope with a reason, or pending with a
/// plan — and <c>docs/regulation/traceability.md</c> says which (DESIGN.md §5, "Citations").
/// </summary>
public class TraceabilityTests
{
    private static readonly TraceabilityMap Map = TraceabilityMap.Collect();

    [Fact]
    public void EveryNorm_IsImplementedOutOfScopeOrPending_WhenCodeAndTestsAreScanned()
    {
        var uncovered = Norms.All
            .Where(n => !Map.Implementations.ContainsKey(n.Id)
                && !OutOfScopeNorms.Reasons.ContainsKey(n.Id)
                && !PendingNorms.Notes.ContainsKey(n.Id))
            .Select(n => n.Id)
            .ToList();

        Assert.True(uncovered.Count == 0, "Neither implemented, out of scope nor pending: " + string.Join(", ", uncovered));
    }

    [Fact]
    public void EveryNorm_HasExactlyOneStatus_WhenCodeAndTestsAreScanned()
    {
        var conflicts = Norms.All
            .Where(n => new[]
            {
                Map.Implementations.ContainsKey(n.Id),
                OutOfScopeNorms.Reasons.ContainsKey(n.Id),
                PendingNorms.Notes.ContainsKey(n.Id),
            }.Count(x => x) > 1)
            .Select(n => n.Id)
            .ToList();

        Assert.True(conflicts.Count == 0, "Listed in more than one of implemented / out of scope / pending: " + string.Join(", ", conflicts));
    }

    [Fact]
    public void EveryCitation_NamesAnExistingNorm_WhenCodeTestsAndRegistriesAreScanned()
    {
        var cited = Map.Implementations.Keys
            .Concat(Map.Tests.Keys)
            .Concat(OutOfScopeNorms.Reasons.Keys)
            .Concat(PendingNorms.Notes.Keys);

        var unknown = cited.Where(id => !Norms.TryGet(id, out _)).Distinct().ToList();

        Assert.True(unknown.Count == 0, "Cited but not in the catalogue: " + string.Join(", ", unknown));
    }

    [Fact]
    public void EveryImplementedNorm_HasATaggedTest_WhenTestsAreScanned()
    {
        var untested = Map.Implementations.Keys.Where(id => !Map.Tests.ContainsKey(id)).ToList();

        Assert.True(untested.Count == 0, "Implemented without a [Trait(\"Norm\", …)] test: " + string.Join(", ", untested));
    }

    [Fact]
    public void EveryCitation_DecoratesADeclaration_WhenSourceIsScanned() =>
        Assert.True(Map.Problems.Count == 0, "Citations the scan cannot attach:\n" + string.Join("\n", Map.Problems));

    [Fact]
    public void Scan_FindsCitationsInEveryLayer_WhenTheRepositoryIsRead()
    {
        // Guards the scan itself: if it silently found nothing in a project, the other tests would pass vacuously.
        Assert.Contains(new Citation("ApplicationWindow.For", "src/Kenes.Domain/Formation/ApplicationWindow.cs"), Map.Implementations["R8"]);
        Assert.Contains(Map.Implementations.Values.SelectMany(c => c), c => c.Path.StartsWith("src/Kenes.Web/", StringComparison.Ordinal));
        Assert.Contains(Map.Tests.Values.SelectMany(c => c), c => c.Path.StartsWith("tests/Kenes.Web.Tests/", StringComparison.Ordinal));
        Assert.Contains(new Citation("ApplicationWindowTests.For_ClosesOnFifthWorkingDayAfterPublication_WhenWindowHasHolidays", "tests/Kenes.Domain.Tests/Formation/ApplicationWindowTests.cs"), Map.Tests["R8"]);
        Assert.DoesNotContain(Map.Implementations.Values.Concat(Map.Tests.Values).SelectMany(c => c), c => c.Path.Contains("/bin/", StringComparison.Ordinal) || c.Path.Contains("/obj/", StringComparison.Ordinal));
    }

    [Fact]
    public void EveryOutOfScopeReason_IsWritten_WhenRegistryIsRead() =>
        Assert.All(OutOfScopeNorms.Reasons.Concat(PendingNorms.Notes), pair => Assert.True(pair.Value.Length > 10, pair.Key));

    [Fact]
    public void TraceabilityDocument_IsWrittenToDocs_WhenGenerated()
    {
        var text = TraceabilityDocument.Render(Map);
        var path = Path.Combine(RepositoryRoot.Path, "docs", "regulation", "traceability.md");

        // Rewrite only on change so the file's history shows coverage changes and nothing else.
        if (!File.Exists(path) || File.ReadAllText(path) != text)
        {
            Directory.CreateDirectory(Path.GetDirectoryName(path)!);
            File.WriteAllText(path, text);
        }

        Assert.Contains("| R8 |", text);
        Assert.Contains("`ApplicationWindow.For` in [src/Kenes.Domain/Formation/ApplicationWindow.cs](../../src/Kenes.Domain/Formation/ApplicationWindow.cs)", text);
        Assert.DoesNotContain("**none**", text);
        Assert.Equal(text, TraceabilityDocument.Render(TraceabilityMap.Collect()));
    }
}
