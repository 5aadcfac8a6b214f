using Threadline.Application.Queries;

namespace Threadline.Application.Tests;

public sealed class MemoTests
{
    private static readonly Stamp S = new(1, 1);

    [Fact]
    public void An_answer_is_built_once_per_stamp_and_again_when_the_workspace_changes()
    {
        var memo = new Memo(4);
        var builds = 0;
        string Build() => "chart " + ++builds;
        Assert.Equal("chart 1", memo.Get(new Stamp(1, 1), "n-1", Build));
        Assert.Equal("chart 1", memo.Get(new Stamp(1, 1), "n-1", Build));
        Assert.Equal("chart 2", memo.Get(new Stamp(2, 2), "n-1", Build));
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
            Assert.Equal(key, memo.Get(S, key, () => Build(key)));
        }

        // "b" was the least recent when "d" came, so it was dropped and built again; "a" was kept.
        Assert.Equal(["a", "b", "c", "d", "b"], builds);
    }

    [Fact]
    public async Task A_failed_build_is_not_kept_and_concurrent_requests_build_once()
    {
        var memo = new Memo(8);
        Assert.Throws<InvalidOperationException>(() => memo.Get<string>(S, "k", () => throw new InvalidOperationException("store closed")));
        Assert.Equal("ok", memo.Get(S, "k", () => "ok"));

        var builds = 0;
        using var gate = new ManualResetEventSlim();
        var tasks = Enumerable.Range(0, 8).Select(_ => Task.Run(() => memo.Get(S, "slow", () =>
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

    [Fact]
    public void A_reader_that_looked_before_the_kept_answer_was_built_uses_it_and_one_that_looked_after_a_change_builds_again()
    {
        var memo = new Memo(4);
        var builds = 0;
        string Build() => "chart " + ++builds;
        Assert.Equal("chart 1", memo.Get(new Stamp(7, 10), "n-1", Build));

        // A request that read sequence 6 before this one read 7: the kept answer is fresher than it needs.
        Assert.Equal("chart 1", memo.Get(new Stamp(6, 9), "n-1", Build));

        // A workspace emptied and filled again starts its sequence again: read later, a lower sequence is a change too.
        Assert.Equal("chart 2", memo.Get(new Stamp(3, 11), "n-1", Build));
        Assert.Equal("chart 2", memo.Get(new Stamp(3, 12), "n-1", Build));
    }

    [Fact]
    public void A_stamped_value_is_built_again_only_for_a_reader_that_saw_another_sequence_after_it_was_built()
    {
        var builds = 0;
        var value = new Stamped<string>(() => "index " + ++builds);
        Assert.Equal("index 1", value.Get(new Stamp(5, 1)));
        Assert.Equal("index 1", value.Get(new Stamp(5, 2)));
        Assert.Equal("index 2", value.Get(new Stamp(8, 4)));
        Assert.Equal("index 2", value.Get(new Stamp(5, 3)));
        Assert.Equal(2, builds);
    }
}
