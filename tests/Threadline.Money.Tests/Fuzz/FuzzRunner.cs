using System.Diagnostics;
using System.Globalization;

namespace Threadline.Money.Tests.Fuzz;

/// <summary>
/// Runs deterministic fuzz cases: each case gets its own seeded <see cref="Random"/>, must finish within
/// <see cref="CaseLimit"/>, and the whole run within <see cref="RunLimit"/> (a hang fails the test instead
/// of stopping it). A failure names the case, so <c>Case(n)</c> reproduces it.
/// </summary>
internal static class FuzzRunner
{
    public static readonly TimeSpan CaseLimit = TimeSpan.FromSeconds(2);
    public static readonly TimeSpan RunLimit = TimeSpan.FromSeconds(60);

    public static void Run(string name, int seed, int cases, Action<Random, int> body)
    {
        var current = -1;
        var slowest = TimeSpan.Zero;
        var run = Task.Run(() =>
        {
            var watch = new Stopwatch();
            for (var i = 0; i < cases; i++)
            {
                current = i;
                watch.Restart();
                try
                {
                    // Not HashCode.Combine: it is salted per process, so a failing case would not come back.
                    body(new Random(unchecked((seed * 1_000_003) + i)), i);
                }
                catch (Exception ex)
                {
                    throw new Xunit.Sdk.XunitException(string.Create(CultureInfo.InvariantCulture, $"{name} case {i} (seed {seed}): {ex.GetType().Name}: {ex.Message}\n{ex.StackTrace}"));
                }

                watch.Stop();
                if (watch.Elapsed > slowest)
                {
                    slowest = watch.Elapsed;
                }

                Assert.True(watch.Elapsed < CaseLimit, string.Create(CultureInfo.InvariantCulture, $"{name} case {i} (seed {seed}) took {watch.Elapsed.TotalSeconds:F2} s"));
            }
        });

        if (!run.Wait(RunLimit))
        {
            Assert.Fail(string.Create(CultureInfo.InvariantCulture, $"{name} case {current} (seed {seed}) did not finish within {RunLimit.TotalSeconds} s"));
        }

        run.GetAwaiter().GetResult();
    }
}
