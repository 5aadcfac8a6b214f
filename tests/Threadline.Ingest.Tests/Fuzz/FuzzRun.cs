using System.Diagnostics;

namespace Threadline.Ingest.Tests.Fuzz;

/// <summary>
/// Runs numbered fuzz cases, each with its own seeded <see cref="Random"/> (the same case fails the same
/// way on every machine) and a time limit: a case that hangs fails the test instead of stopping the run.
/// </summary>
internal static class FuzzRun
{
    /// <summary>
    /// Per case, unless a test gives its own; the inputs are a few kilobytes, so a case over this is a hang or cost out
    /// of bounds. A case that opens a workspace and runs a whole job gives more (a cold start on a loaded two-core
    /// machine has taken over 5 s).
    /// </summary>
    public static readonly TimeSpan PerCase = TimeSpan.FromSeconds(5);

    public static async Task Cases(int seed, int count, Action<Random> body, TimeSpan? perCase = null)
    {
        var limit = perCase ?? PerCase;
        var slowest = TimeSpan.Zero;
        for (var i = 0; i < count; i++)
        {
            var rng = new Random((seed * 100_003) + i);
            var stopwatch = Stopwatch.StartNew();
            try
            {
                await Task.Run(() => body(rng)).WaitAsync(limit);
            }
            catch (TimeoutException)
            {
                Assert.Fail($"fuzz case {i} of seed {seed} ran over {limit.TotalSeconds} s");
            }
            catch (Exception e) when (e is not TimeoutException)
            {
                throw new InvalidOperationException($"fuzz case {i} of seed {seed} failed: {e.Message}", e);
            }

            slowest = stopwatch.Elapsed > slowest ? stopwatch.Elapsed : slowest;
        }

        Assert.True(slowest < limit, $"slowest case {slowest.TotalMilliseconds:N0} ms");
    }
}
