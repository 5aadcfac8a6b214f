using Threadline.Money.Detectors;
using Threadline.Money.Graph;

namespace Threadline.Money.Tests;

public sealed class CycleSearchTests
{
    [Theory]
    [InlineData(1, 3, 24)]
    [InlineData(2, 4, 48)]
    [InlineData(3, 6, 72)]
    [InlineData(4, 6, 500)]
    [InlineData(5, 6, 168, 40, 500)]
    [InlineData(6, 5, 168, 15, 400)]
    public void Pruned_search_finds_exactly_the_cycles_a_brute_force_enumeration_finds(int seed, int maxHops, int windowHours, int accounts = 25, int transactions = 400)
    {
        var random = new Random(seed);
        var graph = new GraphBuilder();
        for (var i = 0; i < transactions; i++)
        {
            // Busier low-numbered accounts, as in the benchmark generator.
            graph.Tx("a" + (int)(accounts * Math.Pow(random.NextDouble(), 2)), "a" + random.Next(accounts), 10, random.Next(0, 24 * 20));
        }

        var table = graph.Build();
        var options = new CycleOptions(TimeSpan.FromHours(windowHours), maxHops, MaxStepsPerStart: int.MaxValue, MaxCycles: int.MaxValue);
        var found = new TemporalCycleDetector(options).FindCycles(table).Select(c => string.Join(',', c)).ToHashSet();
        var expected = BruteForce(table, maxHops, windowHours * 3600L);
        Assert.Equal(expected.Count, found.Count);
        Assert.True(expected.SetEquals(found));
    }

    private static HashSet<string> BruteForce(TransactionTable table, int maxHops, long window)
    {
        var cycles = new HashSet<string>();
        var path = new List<int>();
        for (var e0 = 0; e0 < table.Count; e0++)
        {
            if (table.Source[e0] == table.Target[e0])
            {
                continue;
            }

            path.Clear();
            path.Add(e0);
            Extend(table, path, maxHops, table.Time[e0] + window, cycles);
        }

        return cycles;
    }

    private static void Extend(TransactionTable table, List<int> path, int maxHops, long deadline, HashSet<string> cycles)
    {
        var start = table.Source[path[0]];
        var last = path[^1];
        var node = table.Target[last];
        for (var e = 0; e < table.Count; e++)
        {
            if (table.Source[e] != node || table.Time[e] <= table.Time[last] || table.Time[e] > deadline)
            {
                continue;
            }

            var next = table.Target[e];
            if (next == start)
            {
                cycles.Add(string.Join(',', path.Append(e)));
                continue;
            }

            if (path.Count + 1 >= maxHops || path.Exists(p => table.Source[p] == next) || next == node)
            {
                continue;
            }

            path.Add(e);
            Extend(table, path, maxHops, deadline, cycles);
            path.RemoveAt(path.Count - 1);
        }
    }
}
