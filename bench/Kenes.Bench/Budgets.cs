using System.Globalization;

namespace Kenes.Bench;

/// <summary>
/// Issue #6 budgets, checked against one run of scripts/bench.sh. Each result kind has its rule;
/// the floor is GET /health/live measured in the same run.
/// </summary>
public static class Budgets
{
    public const double PublicShareOfFloor = 0.5;
    public const double PublicP99Ms = 50;
    public const double StaffRps = 2000;
    public const double StaffP99Ms = 50;
    public const double HistoryMs = 100;
    public const double ApplyP50Ms = 50;
    public const double VoteP99Ms = 1000;
    public const int MemoryMb = 400;

    /// <summary>The budget in words and whether the result meets it; null when the kind has no budget.</summary>
    public static (string Budget, bool Pass)? Check(BenchResult r, double floorRps) => r.Kind switch
    {
        "public" => ($"≥ {PublicShareOfFloor:P0} of floor ({floorRps * PublicShareOfFloor:N0}/s), p99 ≤ {PublicP99Ms} ms",
            r.Rps >= floorRps * PublicShareOfFloor && r.P99 <= PublicP99Ms && r.Errors == 0),
        "staff" => ($"≥ {StaffRps:N0}/s, p99 ≤ {StaffP99Ms} ms", r.Rps >= StaffRps && r.P99 <= StaffP99Ms && r.Errors == 0),
        "history" => ($"p99 ≤ {HistoryMs} ms", r.P99 <= HistoryMs && r.Errors == 0),
        "apply" => ($"p50 ≤ {ApplyP50Ms} ms, none refused", r.P50 <= ApplyP50Ms && r.Errors == 0 && r.Requests > 0),
        "vote" => ($"p99 < {VoteP99Ms} ms (issue #5)", r.P99 < VoteP99Ms && r.Requests > 0),
        "memory" => ($"≤ {MemoryMb} MB", r.Mb is { } mb && mb <= MemoryMb),
        _ => null,
    };

    /// <summary>Prints the run as a Markdown table with pass/fail; returns 1 when a budget fails.</summary>
    public static int Report(string file, string title)
    {
        var results = BenchResult.Load(file);
        var floor = results.First(r => r.Kind == "floor").Rps;
        var failed = 0;
        Console.WriteLine($"### {title}");
        Console.WriteLine();
        Console.WriteLine("| endpoint | clients | req/s | × floor | p50 ms | p99 ms | errors | budget | result |");
        Console.WriteLine("|---|---:|---:|---:|---:|---:|---:|---|---|");
        foreach (var r in results)
        {
            var check = Check(r, floor);
            failed += check is { Pass: false } ? 1 : 0;
            var verdict = check is null ? "—" : check.Value.Pass ? "**pass**" : "**FAIL**";
            var value = r.Kind == "memory"
                ? $"| {r.Name} | — | — | — | — | — | — | {check?.Budget} | {r.Mb} MB {verdict} |"
                : string.Create(CultureInfo.InvariantCulture,
                    $"| {r.Name} | {r.Clients} | {(r.Rps > 0 ? r.Rps.ToString("N0", CultureInfo.InvariantCulture) : "—")} | {(r.Rps > 0 ? (r.Rps / floor).ToString("0.00", CultureInfo.InvariantCulture) : "—")} | {r.P50:0.0} | {r.P99:0.0} | {r.Errors} | {check?.Budget ?? "—"} | {verdict} |");
            Console.WriteLine(value);
        }

        Console.WriteLine();
        Console.WriteLine(failed == 0 ? "Budgets: all pass." : $"Budgets: {failed} FAIL.");
        return failed == 0 ? 0 : 1;
    }
}
