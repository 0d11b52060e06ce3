using System.Text.RegularExpressions;
using Kenes.Domain.Law;
using Kenes.Domain.Tests.Support;

namespace Kenes.Domain.Tests;

/// <summary>The domain stays pure (DESIGN.md §4–5): NodaTime only, no ambient clock, no I/O packages.</summary>
public partial class ArchitectureTests
{
    [Fact]
    public void DomainAssembly_ReferencesOnlyRuntimeAndNodaTime_WhenInspected()
    {
        var references = typeof(Norm).Assembly.GetReferencedAssemblies().Select(a => a.Name!);

        Assert.All(references, name => Assert.True(
            name == "NodaTime" || name.StartsWith("System", StringComparison.Ordinal) || name is "netstandard" or "mscorlib",
            $"Kenes.Domain references {name}"));
    }

    [Fact]
    public void DomainSource_NeverReadsSystemClock_WhenScanned()
    {
        var offenders = Directory
            .EnumerateFiles(System.IO.Path.Combine(RepositoryRoot.Path, "src", "Kenes.Domain"), "*.cs", SearchOption.AllDirectories)
            .Where(f => !f.Contains($"{System.IO.Path.DirectorySeparatorChar}obj{System.IO.Path.DirectorySeparatorChar}", StringComparison.Ordinal))
            .Where(f => AmbientClock().IsMatch(File.ReadAllText(f)))
            .ToList();

        Assert.Empty(offenders);
    }

    [GeneratedRegex(@"DateTime(Offset)?\.(Now|UtcNow|Today)|SystemClock\.Instance")]
    private static partial Regex AmbientClock();
}
