using Kenes.Web.Hosting;

namespace Kenes.Web.Tests.Performance;

/// <summary>ADR 0012: read models kept per node — shared while built, rebuilt after a change or their lifetime.</summary>
[Trait("Issue", "6")]
public sealed class ChangeBoundCacheTests
{
    private readonly DataChanges changes = new();

    [Fact]
    public async Task RequestsArrivingWhileACopyBuilds_WaitForIt_InsteadOfBuildingAgain()
    {
        var cache = new ChangeBoundCache<string, string>(changes, TimeSpan.FromMinutes(1));
        var release = new TaskCompletionSource();
        var builds = 0;
        async Task<string> Build(CancellationToken ct)
        {
            Interlocked.Increment(ref builds);
            await release.Task.WaitAsync(ct);
            return "ten years";
        }

        var waiting = Enumerable.Range(0, 50).Select(_ => cache.GetAsync("council", Build, CancellationToken.None)).ToList();
        release.SetResult();
        var values = await Task.WhenAll(waiting);

        Assert.Equal(1, builds);
        Assert.All(values, v => Assert.Equal("ten years", v));
    }

    [Fact]
    public async Task AChangeServedByThisNode_MakesTheNextRequestRebuild()
    {
        var cache = new ChangeBoundCache<string, int>(changes, TimeSpan.FromMinutes(1));
        var builds = 0;
        Task<int> Build(CancellationToken ct) => Task.FromResult(Interlocked.Increment(ref builds));

        var first = await cache.GetAsync("council", Build, CancellationToken.None);
        var again = await cache.GetAsync("council", Build, CancellationToken.None);
        changes.Record();
        var afterChange = await cache.GetAsync("council", Build, CancellationToken.None);

        Assert.Equal([1, 1, 2], new[] { first, again, afterChange });
    }

    [Fact]
    public async Task ACopyOlderThanItsLifetime_IsRebuilt_AndZeroTurnsTheCacheOff()
    {
        var shortLived = new ChangeBoundCache<string, int>(changes, TimeSpan.FromMilliseconds(50));
        var off = new ChangeBoundCache<string, int>(changes, TimeSpan.Zero);
        var builds = 0;
        Task<int> Build(CancellationToken ct) => Task.FromResult(Interlocked.Increment(ref builds));

        await shortLived.GetAsync("council", Build, CancellationToken.None);
        await Task.Delay(120);
        var rebuilt = await shortLived.GetAsync("council", Build, CancellationToken.None);
        await off.GetAsync("council", Build, CancellationToken.None);
        var offAgain = await off.GetAsync("council", Build, CancellationToken.None);

        Assert.Equal(2, rebuilt);
        Assert.Equal(4, offAgain);
    }

    [Fact]
    public async Task WhenTheBuildFails_EachWaitingRequestTriesForItself()
    {
        var cache = new ChangeBoundCache<string, string>(changes, TimeSpan.FromMinutes(1));
        var release = new TaskCompletionSource();
        var builds = 0;
        async Task<string> Build(CancellationToken ct)
        {
            if (Interlocked.Increment(ref builds) == 1)
            {
                await release.Task;
                throw new InvalidOperationException("database went away");
            }

            return "rebuilt";
        }

        var failing = cache.GetAsync("council", Build, CancellationToken.None);
        var waiting = cache.GetAsync("council", Build, CancellationToken.None);
        release.SetResult();

        await Assert.ThrowsAsync<InvalidOperationException>(() => failing);
        Assert.Equal("rebuilt", await waiting);
        Assert.Equal(2, builds);
    }

    [Fact]
    public async Task WhileDeafToOtherNodes_NothingIsServedFromMemory_AndHearingAgainDropsOldCopies()
    {
        var clustered = new DataChanges(alone: false);
        var cache = new ChangeBoundCache<string, int>(clustered, TimeSpan.FromMinutes(1));
        var builds = 0;
        Task<int> Build(CancellationToken ct) => Task.FromResult(Interlocked.Increment(ref builds));

        // Before the listener connects: every request reads for itself.
        Assert.Equal(1, await cache.GetAsync("meeting", Build, CancellationToken.None));
        Assert.Equal(2, await cache.GetAsync("meeting", Build, CancellationToken.None));
        Assert.False(cache.Holds("meeting"));

        clustered.Hearing(true);
        Assert.Equal(3, await cache.GetAsync("meeting", Build, CancellationToken.None));
        Assert.Equal(3, await cache.GetAsync("meeting", Build, CancellationToken.None));

        // Another node's change, then a dropped listener, then a reconnection: each makes the copy stale.
        clustered.RecordElsewhere();
        Assert.Equal(4, await cache.GetAsync("meeting", Build, CancellationToken.None));
        clustered.Hearing(false);
        Assert.Equal(5, await cache.GetAsync("meeting", Build, CancellationToken.None));
        clustered.Hearing(true);
        Assert.Equal(6, await cache.GetAsync("meeting", Build, CancellationToken.None));
        Assert.Equal(6, await cache.GetAsync("meeting", Build, CancellationToken.None));
    }

    [Fact]
    public async Task AChange_DropsEveryCopy_SoMemoryHoldsOnlyWhatWasReadSince()
    {
        var cache = new ChangeBoundCache<int, int>(changes, TimeSpan.FromMinutes(1), capacity: 100);
        for (var key = 0; key < 50; key++)
        {
            await cache.GetAsync(key, _ => Task.FromResult(key), CancellationToken.None);
        }

        Assert.True(cache.Holds(0));
        changes.Record();
        await cache.GetAsync(99, _ => Task.FromResult(99), CancellationToken.None);
        Assert.False(cache.Holds(0));
        Assert.True(cache.Holds(99));

        // More keys than the capacity (a crawler walking every meeting): the copies are dropped, not kept.
        for (var key = 100; key < 260; key++)
        {
            await cache.GetAsync(key, _ => Task.FromResult(key), CancellationToken.None);
        }

        Assert.False(cache.Holds(100));
        Assert.True(cache.Holds(259));
    }
}
