using BenchmarkDotNet.Running;
using Kenes.Bench;

// `vote-latency <base url>` drives a running Kenes; `report` and `growth` read scripts/bench.sh
// results; anything else goes to BenchmarkDotNet.
if (args is ["vote-latency", var baseUrl, ..])
{
    return await VoteLatency.RunAsync(baseUrl);
}

if (args is ["report", var file, var title])
{
    return Budgets.Report(file, title);
}

if (args is ["growth", var svg, .. var runs] && runs.Length >= 2)
{
    // growth <chart.svg> <label>=<results.jsonl> …, smallest scale first
    return Growth.Run(runs.Select(r => r.Split('=', 2)).Select(p => (p[0], p[1])).ToList(), svg);
}

BenchmarkSwitcher.FromAssembly(typeof(MinutesBenchmarks).Assembly).Run(args);
return 0;
