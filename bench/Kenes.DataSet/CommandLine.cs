using System.Globalization;

namespace Kenes.DataSet;

internal sealed record CommandLine(string Engine, string Connection, string Documents, double Scale, int Years, string? Manifest)
{
    public static CommandLine? Parse(string[] args)
    {
        var values = new Dictionary<string, string>(StringComparer.Ordinal);
        for (var i = 0; i + 1 < args.Length; i += 2)
        {
            if (!args[i].StartsWith("--", StringComparison.Ordinal))
            {
                return null;
            }

            values[args[i][2..]] = args[i + 1];
        }

        if (!values.TryGetValue("engine", out var engine) || !values.TryGetValue("connection", out var connection)
            || !values.TryGetValue("documents", out var documents))
        {
            return null;
        }

        var provider = engine.ToLowerInvariant() switch { "sqlite" => "Sqlite", "postgres" => "Postgres", _ => null };
        var scale = ParseScale(values.GetValueOrDefault("scale", "1"));
        var years = int.TryParse(values.GetValueOrDefault("years", "10"), CultureInfo.InvariantCulture, out var y) ? y : -1;
        return provider is null || scale is not (> 0 and <= 1) || years is < 1 or > 30
            ? null
            : new CommandLine(provider, connection, documents, scale.Value, years, values.GetValueOrDefault("manifest"));
    }

    /// <summary>"1", "1/4", "1/16" or a decimal such as 0.25.</summary>
    public static double? ParseScale(string text)
    {
        var parts = text.Split('/');
        if (parts.Length == 2 && int.TryParse(parts[0], CultureInfo.InvariantCulture, out var n) && int.TryParse(parts[1], CultureInfo.InvariantCulture, out var d) && d > 0)
        {
            return (double)n / d;
        }

        return double.TryParse(text, NumberStyles.Float, CultureInfo.InvariantCulture, out var value) ? value : null;
    }
}
