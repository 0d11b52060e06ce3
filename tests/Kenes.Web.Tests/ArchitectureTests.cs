using System.Text.RegularExpressions;
using Kenes.Testing;

namespace Kenes.Web.Tests;

/// <summary>The rules of DESIGN.md §4–§5 that a compiler does not check.</summary>
public sealed partial class ArchitectureTests
{
    [Fact]
    public void Domain_ReferencesNoFrameworkAndNoStorage()
    {
        var references = typeof(Kenes.Domain.Law.ImplementsAttribute).Assembly.GetReferencedAssemblies().Select(a => a.Name!).ToList();
        Assert.DoesNotContain(references, r => r.StartsWith("Microsoft.EntityFrameworkCore", StringComparison.Ordinal));
        Assert.DoesNotContain(references, r => r.StartsWith("Microsoft.AspNetCore", StringComparison.Ordinal));
        Assert.DoesNotContain(references, r => r.StartsWith("Kenes.Infrastructure", StringComparison.Ordinal));
        Assert.Contains("NodaTime", references);
    }

    [Fact]
    public void NoCodeReadsTheMachineClock_OutsideTheClockAdapter()
    {
        var offenders = Directory.EnumerateFiles(Path.Combine(RepositoryPaths.Root, "src"), "*.cs", SearchOption.AllDirectories)
            .Where(f => !f.Contains($"{Path.DirectorySeparatorChar}obj{Path.DirectorySeparatorChar}", StringComparison.Ordinal))
            .Where(f => !f.Contains($"{Path.DirectorySeparatorChar}Migrations{Path.DirectorySeparatorChar}", StringComparison.Ordinal))
            .Where(f => MachineClock().IsMatch(File.ReadAllText(f)))
            .Select(f => Path.GetRelativePath(RepositoryPaths.Root, f).Replace('\\', '/'))
            .Where(f => f != ClockAdapter)
            .ToList();
        Assert.True(offenders.Count == 0, "Reads the machine clock: " + string.Join(", ", offenders));
    }

    private const string ClockAdapter = "src/Kenes.Infrastructure/Time/ClockServiceCollectionExtensions.cs";

    [GeneratedRegex(@"DateTime(Offset)?\.(Now|UtcNow|Today)\b|SystemClock\.Instance")]
    private static partial Regex MachineClock();
}
