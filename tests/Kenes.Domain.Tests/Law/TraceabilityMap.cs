using Kenes.Domain.Law;
using Kenes.Domain.Tests.Support;

namespace Kenes.Domain.Tests.Law;

/// <summary>A place that cites a norm: "Type.Member" and the file, relative to the repository root, with '/'.</summary>
internal sealed record Citation(string Name, string Path) : IComparable<Citation>
{
    public int CompareTo(Citation? other)
    {
        if (other is null)
        {
            return 1;
        }

        var byName = string.CompareOrdinal(Name, other.Name);
        return byName != 0 ? byName : string.CompareOrdinal(Path, other.Path);
    }
}

/// <summary>
/// Who cites which norm, read from the source of the whole repository: <see cref="ImplementsAttribute"/>
/// in <c>src/</c> (every project: domain, infrastructure, web) and <c>[Trait("Norm", …)]</c> in
/// <c>tests/</c> (every test project; on the test method or on its class). A test declared in an
/// abstract base class is named by that base class, once, whatever providers derive from it.
/// </summary>
internal sealed class TraceabilityMap
{
    public required IReadOnlyDictionary<string, SortedSet<Citation>> Implementations { get; init; }

    public required IReadOnlyDictionary<string, SortedSet<Citation>> Tests { get; init; }

    /// <summary>Citations the scan could not attach to a declaration or a test ("path:line: what").</summary>
    public required IReadOnlyList<string> Problems { get; init; }

    public static TraceabilityMap Collect() => Collect(RepositoryRoot.Path);

    public static TraceabilityMap Collect(string root)
    {
        var implementations = new List<(string, Citation)>();
        var tests = new List<(string, Citation)>();
        var problems = new List<string>();

        foreach (var path in SourceFiles(root, "src"))
        {
            var relative = Relative(root, path);
            foreach (var declaration in SourceDeclarations.Read(File.ReadAllText(path)))
            {
                var norms = Implemented(declaration.Attributes).ToList();
                if (norms.Count > 0 && declaration.Kind == DeclarationKind.Unknown)
                {
                    problems.Add($"{relative}:{declaration.Line}: [Implements] on something that is not a type or member declaration");
                    continue;
                }

                implementations.AddRange(norms.Select(n => (n, new Citation(declaration.QualifiedName, relative))));
            }
        }

        foreach (var path in SourceFiles(root, "tests"))
        {
            var relative = Relative(root, path);
            foreach (var declaration in SourceDeclarations.Read(File.ReadAllText(path)))
            {
                var own = NormTraits(declaration.Attributes).ToList();
                if (declaration.Kind == DeclarationKind.Member && IsTest(declaration.Attributes))
                {
                    var inherited = declaration.Enclosing is { } type ? NormTraits(type.Attributes) : [];
                    tests.AddRange(own.Concat(inherited).Distinct().Select(n => (n, new Citation(declaration.QualifiedName, relative))));
                }
                else if (own.Count > 0 && declaration.Kind != DeclarationKind.Type)
                {
                    problems.Add($"{relative}:{declaration.Line}: [Trait(\"Norm\", …)] on something that is not a test method or test class");
                }
            }
        }

        return new TraceabilityMap
        {
            Implementations = Group(implementations),
            Tests = Group(tests),
            Problems = problems.Order(StringComparer.Ordinal).ToList(),
        };
    }

    private static IEnumerable<string> SourceFiles(string root, string folder) =>
        Directory.EnumerateFiles(Path.Combine(root, folder), "*.cs", SearchOption.AllDirectories)
            .Where(p => !Relative(root, p).Split('/').Any(segment => segment is "bin" or "obj"))
            .Order(StringComparer.Ordinal);

    private static string Relative(string root, string path) => Path.GetRelativePath(root, path).Replace('\\', '/');

    private static IEnumerable<string> Implemented(IEnumerable<AttributeUse> attributes) =>
        attributes.Where(a => a.Name == "Implements" && a.Arguments.Count > 0).Select(a => AttributeUse.Value(a.Arguments[0]));

    private static IEnumerable<string> NormTraits(IEnumerable<AttributeUse> attributes) =>
        attributes
            .Where(a => a.Name == "Trait" && a.Arguments.Count == 2 && AttributeUse.Value(a.Arguments[0]) == "Norm")
            .Select(a => AttributeUse.Value(a.Arguments[1]));

    /// <summary>[Fact], [Theory], and their variants ([SkippableFact], a provider-specific [PostgresFact]).</summary>
    private static bool IsTest(IEnumerable<AttributeUse> attributes) =>
        attributes.Any(a => a.Name.EndsWith("Fact", StringComparison.Ordinal) || a.Name.EndsWith("Theory", StringComparison.Ordinal));

    private static Dictionary<string, SortedSet<Citation>> Group(IEnumerable<(string NormId, Citation Where)> pairs)
    {
        var map = new Dictionary<string, SortedSet<Citation>>(StringComparer.Ordinal);
        foreach (var (normId, where) in pairs)
        {
            if (!map.TryGetValue(normId, out var set))
            {
                map[normId] = set = [];
            }

            set.Add(where);
        }

        return map;
    }
}
