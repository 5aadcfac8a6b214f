using Threadline.Application.Queries;

namespace Threadline.Application.Tests;

public sealed class MemoTests
{
    [Fact]
    public void An_answer_is_built_once_per_stamp_and_again_when_the_workspace_changes()
    {
        var memo = new Memo(4);
        var builds = 0;
        string Build() => "chart " + ++builds;
        Assert.Equal("chart 1", memo.Get("s1", "n-1", Build));
        Assert.Equal("chart 1", memo.Get("s1", "n-1", Build));
        Assert.Equal("chart 2", memo.Get("s2", "n-1", Build));
        Assert.Equal(2, builds);
    }

    [Fact]
    public void Keys_a_request_chooses_cannot_grow_it_past_its_capacity_and_the_least_recent_goes_first()
    {
        var memo = new Memo(3);
        var builds = new List<string>();
        string Build(string key)
        {
            builds.Add(key);
            return key;
        }

        foreach (var key in new[] { "a", "b", "c", "a", "d", "a", "b" })
        {
            Assert.Equal(key, memo.Get("s", key, () => Build(key)));
        }

        // "b" was the least recent when "d" came, so it was dropped and built again; "a" was kept.
        Assert.Equal(["a", "b", "c", "d", "b"], builds);
    }

    [Fact]
    public async Task A_failed_build_is_not_kept_and_concurrent_requests_build_once()
    {
        var memo = new Memo(8);
        Assert.Throws<InvalidOperationException>(() => memo.Get<string>("s", "k", () => throw new InvalidOperationException("store closed")));
        Assert.Equal("ok", memo.Get("s", "k", () => "ok"));

        var builds = 0;
        using var gate = new ManualResetEventSlim();
        var tasks = Enumerable.Range(0, 8).Select(_ => Task.Run(() => memo.Get("s", "slow", () =>
        {
            Interlocked.Increment(ref builds);
            gate.Wait(TimeSpan.FromSeconds(5));
            return "slow";
        }))).ToArray();
        await Task.Delay(100);
        gate.Set();
        Assert.All(await Task.WhenAll(tasks), v => Assert.Equal("slow", v));
        Assert.Equal(1, builds);
    }
}
