using BenchmarkDotNet.Running;
using Kenes.Bench;

// `vote-latency <base url>` drives a running Kenes; anything else goes to BenchmarkDotNet.
if (args is ["vote-latency", var baseUrl, ..])
{
    return await VoteLatency.RunAsync(baseUrl);
}

BenchmarkSwitcher.FromAssembly(typeof(MinutesBenchmarks).Assembly).Run(args);
return 0;
