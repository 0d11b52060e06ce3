using Kenes.Testing;

namespace Kenes.Web.Tests.Security;

/// <summary>
/// The expected allow/deny table, read from authorization-matrix.txt next to this file: one line per
/// method and route, one mark per caller (+ allowed, - denied), in the order of <see cref="Callers"/>.
/// </summary>
public static class AuthorizationMatrix
{
    public sealed record Caller(string Name, string? Email);

    /// <summary>Anonymous, then every demo account (DESIGN §1); MZ and MSH staff are "another state body" for the MEN records used.</summary>
    public static readonly IReadOnlyList<Caller> Callers =
    [
        new("anon", null),
        new("admin", "admin@demo.kenes.kz"),
        new("observer", "observer@demo.kenes.kz"),
        new("officer", "officer@demo.kenes.kz"),
        new("hr", "hr@demo.kenes.kz"),
        new("secretary", "secretary@demo.kenes.kz"),
        new("chair", "chair@demo.kenes.kz"),
        new("member", "member@demo.kenes.kz"),
        new("applicant", "applicant@demo.kenes.kz"),
        new("mz-officer", "officer.health@demo.kenes.kz"),
        new("msh-officer", "officer.agri@demo.kenes.kz"),
        new("msh-secretary", "secretary.agri@demo.kenes.kz"),
    ];

    public static string FilePath => Path.Combine(RepositoryPaths.Root, "tests", "Kenes.Web.Tests", "Security", "authorization-matrix.txt");

    /// <summary>"GET /route" → one mark per caller.</summary>
    public static IReadOnlyDictionary<string, string> Read()
    {
        var rows = new Dictionary<string, string>(StringComparer.Ordinal);
        foreach (var raw in File.ReadAllLines(FilePath))
        {
            var line = raw.Trim();
            if (line.Length == 0 || line.StartsWith('#'))
            {
                continue;
            }

            var parts = line.Split(' ', StringSplitOptions.RemoveEmptyEntries);
            var marks = string.Concat(parts.Skip(2));
            if (parts.Length < 3 || marks.Length != Callers.Count || marks.Any(m => m is not ('+' or '-')))
            {
                throw new FormatException($"{FilePath}: '{line}' needs a method, a route and {Callers.Count} marks (+ or -).");
            }

            rows.Add($"{parts[0]} {parts[1]}", marks);
        }

        return rows;
    }

    /// <summary>A line of the file, aligned like its neighbours, for the failure message.</summary>
    public static string Line(RouteEntry entry, string marks) =>
        $"{entry.Method,-6} {entry.Route,-62} {string.Join(' ', marks.Chunk(1).Select(c => c[0]))}";
}
