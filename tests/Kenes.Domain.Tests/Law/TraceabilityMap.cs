using System.Reflection;
using Kenes.Domain.Law;
using Xunit.Sdk;

namespace Kenes.Domain.Tests.Law;

/// <summary>
/// Who cites which norm: <see cref="ImplementsAttribute"/> on domain code, and
/// <c>[Trait("Norm", …)]</c> on tests (on the test method or its class).
/// </summary>
internal sealed class TraceabilityMap
{
    public required IReadOnlyDictionary<string, SortedSet<string>> Implementations { get; init; }

    public required IReadOnlyDictionary<string, SortedSet<string>> Tests { get; init; }

    public static TraceabilityMap Collect() => new()
    {
        Implementations = Group(ImplementationsIn(typeof(Norm).Assembly)),
        Tests = Group(TestsIn(typeof(TraceabilityMap).Assembly)),
    };

    private static IEnumerable<(string NormId, string Where)> ImplementationsIn(Assembly assembly)
    {
        const BindingFlags all = BindingFlags.Public | BindingFlags.NonPublic | BindingFlags.Instance | BindingFlags.Static | BindingFlags.DeclaredOnly;
        foreach (var type in assembly.GetTypes())
        {
            var typeName = Short(type);
            foreach (var attribute in type.GetCustomAttributes<ImplementsAttribute>())
            {
                yield return (attribute.NormId, typeName);
            }

            foreach (var member in type.GetMembers(all))
            {
                foreach (var attribute in member.GetCustomAttributes<ImplementsAttribute>())
                {
                    yield return (attribute.NormId, $"{typeName}.{member.Name}");
                }
            }
        }
    }

    private static IEnumerable<(string NormId, string Where)> TestsIn(Assembly assembly)
    {
        foreach (var type in assembly.GetTypes())
        {
            var classNorms = NormTraits(type.GetCustomAttributesData()).ToList();
            foreach (var method in type.GetMethods(BindingFlags.Public | BindingFlags.Instance | BindingFlags.DeclaredOnly))
            {
                if (!method.GetCustomAttributes<FactAttribute>().Any())
                {
                    continue; // TheoryAttribute derives from FactAttribute
                }

                foreach (var norm in classNorms.Concat(NormTraits(method.GetCustomAttributesData())).Distinct())
                {
                    yield return (norm, $"{type.Name}.{method.Name}");
                }
            }
        }
    }

    private static IEnumerable<string> NormTraits(IEnumerable<CustomAttributeData> attributes) =>
        attributes
            .Where(a => a.AttributeType == typeof(TraitAttribute) && a.ConstructorArguments.Count == 2
                && (string?)a.ConstructorArguments[0].Value == "Norm")
            .Select(a => (string)a.ConstructorArguments[1].Value!);

    private static string Short(Type type)
    {
        var name = type.FullName!.Replace('+', '.');
        return name.StartsWith("Kenes.Domain.", StringComparison.Ordinal) ? name["Kenes.Domain.".Length..] : name;
    }

    private static Dictionary<string, SortedSet<string>> Group(IEnumerable<(string NormId, string Where)> pairs)
    {
        var map = new Dictionary<string, SortedSet<string>>(StringComparer.Ordinal);
        foreach (var (normId, where) in pairs)
        {
            if (!map.TryGetValue(normId, out var set))
            {
                map[normId] = set = new SortedSet<string>(StringComparer.Ordinal);
            }

            set.Add(where);
        }

        return map;
    }
}
