using System.Text.Json;

namespace Kenes.Bench;

/// <summary>One measured endpoint, as scripts/bench.sh writes it (one JSON object per line).</summary>
public sealed record BenchResult(string Name, string Kind, int Clients, string Path, double Rps, double P50, double P99, long Requests, long Errors, int? Mb)
{
    private static readonly JsonSerializerOptions Options = new(JsonSerializerDefaults.Web);

    public static IReadOnlyList<BenchResult> Load(string file) =>
        File.ReadLines(file).Where(l => l.Trim().Length > 0).Select(l => JsonSerializer.Deserialize<BenchResult>(l, Options)!).ToList();
}
