using Threadline.Money.Graph;

namespace Threadline.Money.Detectors;

/// <summary>
/// The search behind <see cref="TemporalCycleDetector"/>. For a start account s, its outgoing
/// transactions are taken in chunks spanning one window. Per chunk a backward pass of a few hops over
/// incoming transactions computes for every account u that can reach s in those hops: the latest time
/// u can still pay on toward s (<c>latest[u]</c>) and the fewest hops from u to s. The forward depth-first search
/// enters u only when it arrives before <c>latest[u]</c> and the hop budget allows (2SCENT's candidate
/// pruning, Kumar and Calders, PVLDB 2018). Arrays are reused across accounts with a stamp instead of clearing.
/// </summary>
internal sealed class CycleSearch
{
    /// <summary>Hops explored backward from the start account: deep enough to prune the last, most numerous levels of the search, shallow enough to stay cheap.</summary>
    internal const int BackwardLevels = 2;

    private readonly TransactionTable table;
    private readonly CycleOptions options;
    private readonly long window;
    private readonly long[] latest;
    private readonly int[] hops;
    private readonly int[] stamp;
    private readonly bool[] onPath;
    private readonly int[] path;
    private List<int> frontier = [];
    private List<int> next = [];
    private readonly int levels;
    private int current;

    public CycleSearch(TransactionTable table, CycleOptions options)
    {
        this.table = table;
        this.options = options;
        window = (long)options.Window.TotalSeconds;
        var n = table.Accounts.Count;
        latest = new long[n];
        hops = new int[n];
        stamp = new int[n];
        onPath = new bool[n];
        path = new int[Math.Max(2, options.MaxHops)];
        levels = Math.Clamp(options.MaxHops - 1, 1, BackwardLevels);
    }

    /// <summary>Adds the cycles starting at account <paramref name="s"/>; returns true when a search budget was hit.</summary>
    public bool FromAccount(int s, List<int[]> result)
    {
        var outs = table.Outgoing.Of(s);
        var ins = table.Incoming.Of(s);
        if (outs.Length == 0 || ins.Length == 0)
        {
            return false;
        }

        var time = table.Time;
        var truncated = false;
        var i = 0;
        while (i < outs.Length && result.Count < options.MaxCycles)
        {
            var chunkStart = time[outs[i]];
            var j = i;
            while (j < outs.Length && time[outs[j]] <= chunkStart + window)
            {
                j++;
            }

            var deadline = time[outs[j - 1]] + window;
            if (Backward(s, chunkStart, deadline))
            {
                for (var k = i; k < j && result.Count < options.MaxCycles; k++)
                {
                    var e0 = outs[k];
                    var v = table.Target[e0];
                    if (v == s || !Reaches(v, time[e0], 1))
                    {
                        continue;
                    }

                    path[0] = e0;
                    onPath[s] = true;
                    onPath[v] = true;
                    var budget = options.MaxStepsPerStart;
                    Forward(s, v, 1, time[e0] + window, result, ref budget);
                    onPath[s] = false;
                    onPath[v] = false;
                    truncated |= budget <= 0;
                }
            }

            i = j;
        }

        return truncated;
    }

    // With more hops left than the backward pass explored, nothing can be ruled out; otherwise the
    // backward pass saw every way back to s and the test is exact.
    private bool Reaches(int u, long arrival, int depth)
    {
        var remaining = options.MaxHops - depth;
        return remaining > levels || (stamp[u] == current && arrival < latest[u] && hops[u] <= remaining);
    }

    // Backward pass: which accounts reach s by the deadline, by when they must pay on, and in how few hops.
    private bool Backward(int s, long from, long deadline)
    {
        current++;
        stamp[s] = current;
        latest[s] = deadline + 1;
        hops[s] = 0;
        frontier.Clear();
        frontier.Add(s);
        var any = false;
        for (var level = 1; level <= levels && frontier.Count > 0; level++)
        {
            next.Clear();
            foreach (var v in frontier)
            {
                var ins = table.Incoming.Of(v);
                var limit = v == s ? deadline + 1 : latest[v];
                for (var k = TemporalCycleDetector.FirstAfter(ins, table.Time, from); k < ins.Length && table.Time[ins[k]] < limit; k++)
                {
                    var u = table.Source[ins[k]];
                    if (u == s || u == v || table.Accounts.IsPseudo(u))
                    {
                        continue;
                    }

                    var t = table.Time[ins[k]];
                    if (stamp[u] != current)
                    {
                        stamp[u] = current;
                        latest[u] = t;
                        hops[u] = level;
                        next.Add(u);
                        any = true;
                    }
                    else if (t > latest[u])
                    {
                        latest[u] = t;
                        next.Add(u);
                    }
                }
            }

            (frontier, next) = (next, frontier);
            if (frontier.Count > 1)
            {
                frontier.Sort();
                var w = 1;
                for (var r = 1; r < frontier.Count; r++)
                {
                    if (frontier[r] != frontier[w - 1])
                    {
                        frontier[w++] = frontier[r];
                    }
                }

                frontier.RemoveRange(w, frontier.Count - w);
            }
        }

        return any;
    }

    private void Forward(int start, int node, int depth, long deadline, List<int[]> result, ref int budget)
    {
        var time = table.Time;
        var last = path[depth - 1];
        var edges = table.Outgoing.Of(node);
        for (var i = TemporalCycleDetector.FirstAfter(edges, time, time[last]); i < edges.Length; i++)
        {
            var e = edges[i];
            if (time[e] > deadline || --budget <= 0 || result.Count >= options.MaxCycles)
            {
                return;
            }

            if (options.AmountTolerance is { } tolerance && !TemporalCycleDetector.Close(table.Amount[last], table.Amount[e], tolerance))
            {
                continue;
            }

            var target = table.Target[e];
            if (target == start)
            {
                if (depth + 1 >= options.MinHops)
                {
                    path[depth] = e;
                    result.Add(path[..(depth + 1)]);
                }

                continue;
            }

            if (depth + 1 >= options.MaxHops || onPath[target] || !Reaches(target, time[e], depth + 1))
            {
                continue;
            }

            path[depth] = e;
            onPath[target] = true;
            Forward(start, target, depth + 1, deadline, result, ref budget);
            onPath[target] = false;
        }
    }
}
