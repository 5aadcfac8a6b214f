using System.Globalization;
using Threadline.Money.Graph;

namespace Threadline.Money.Detectors;

/// <summary>
/// Temporal cycles: A→B→…→A where every transaction is strictly later than the one before, the whole
/// cycle fits in a window and has at most <see cref="CycleOptions.MaxHops"/> hops (2SCENT, PVLDB 2018).
/// Each start transaction is tried in time order with a depth-first search over later outgoing
/// transactions (binary search into the time-ordered adjacency); a cycle is reported once, from its
/// earliest transaction. Pseudo-accounts (cash, unknown) never take part.
/// </summary>
public sealed class TemporalCycleDetector : ITransactionDetector
{
    /// <summary>Creates the detector.</summary>
    public TemporalCycleDetector(CycleOptions? options = null) => Options = options ?? CycleOptions.Default;

    /// <summary>The parameters.</summary>
    public CycleOptions Options { get; }

    /// <inheritdoc/>
    public string Name => "cycle";

    /// <summary>True when the last run stopped at <see cref="CycleOptions.MaxCycles"/> or a search budget.</summary>
    public bool Truncated { get; private set; }

    /// <inheritdoc/>
    public IReadOnlyList<Finding> Detect(TransactionTable table)
    {
        var cycles = FindCycles(table);
        return cycles.Select(c => ToFinding(table, c)).ToList();
    }

    /// <summary>The cycles as lists of transaction indices (in time order).</summary>
    public IReadOnlyList<int[]> FindCycles(TransactionTable table)
    {
        ArgumentNullException.ThrowIfNull(table);
        Truncated = false;
        var outgoing = table.Outgoing;
        var incoming = table.Incoming;
        var time = table.Time;
        var window = (long)Options.Window.TotalSeconds;
        var result = new List<int[]>();
        var onPath = new bool[table.Accounts.Count];
        var path = new int[Options.MaxHops];
        for (var e0 = 0; e0 < table.Count && result.Count < Options.MaxCycles; e0++)
        {
            var s = table.Source[e0];
            var v = table.Target[e0];
            if (s == v || table.Accounts.IsPseudo(s) || table.Accounts.IsPseudo(v))
            {
                continue;
            }

            var deadline = time[e0] + window;
            // Prune: the start account must receive something after e0 and before the deadline.
            var back = incoming.Of(s);
            var firstBack = FirstAfter(back, time, time[e0]);
            if (firstBack >= back.Length || time[back[firstBack]] > deadline)
            {
                continue;
            }

            path[0] = e0;
            onPath[s] = true;
            onPath[v] = true;
            var budget = Options.MaxStepsPerStart;
            Search(table, outgoing, s, v, 1, deadline, path, onPath, result, ref budget);
            onPath[s] = false;
            onPath[v] = false;
            if (budget <= 0)
            {
                Truncated = true;
            }
        }

        if (result.Count >= Options.MaxCycles)
        {
            Truncated = true;
        }

        return result;
    }

    private void Search(TransactionTable table, Adjacency outgoing, int start, int node, int depth, long deadline, int[] path, bool[] onPath, List<int[]> result, ref int budget)
    {
        var time = table.Time;
        var last = path[depth - 1];
        var edges = outgoing.Of(node);
        for (var i = FirstAfter(edges, time, time[last]); i < edges.Length; i++)
        {
            var e = edges[i];
            if (time[e] > deadline || --budget <= 0 || result.Count >= Options.MaxCycles)
            {
                return;
            }

            if (Options.AmountTolerance is { } tolerance && !Close(table.Amount[last], table.Amount[e], tolerance))
            {
                continue;
            }

            var next = table.Target[e];
            if (next == start)
            {
                if (depth + 1 >= Options.MinHops)
                {
                    path[depth] = e;
                    result.Add(path[..(depth + 1)]);
                }

                continue;
            }

            if (depth + 1 >= Options.MaxHops || onPath[next] || table.Accounts.IsPseudo(next))
            {
                continue;
            }

            path[depth] = e;
            onPath[next] = true;
            Search(table, outgoing, start, next, depth + 1, deadline, path, onPath, result, ref budget);
            onPath[next] = false;
        }
    }

    private static bool Close(long previous, long current, double tolerance) =>
        current >= previous * (1 - tolerance) && current <= previous * (1 + tolerance);

    // First position in a time-ordered edge list whose time is strictly after t.
    internal static int FirstAfter(ReadOnlySpan<int> edges, long[] time, long t)
    {
        int lo = 0, hi = edges.Length;
        while (lo < hi)
        {
            var mid = (lo + hi) >>> 1;
            if (time[edges[mid]] <= t)
            {
                lo = mid + 1;
            }
            else
            {
                hi = mid;
            }
        }

        return lo;
    }

    private Finding ToFinding(TransactionTable table, int[] cycle)
    {
        var accounts = cycle.Select(e => table.Accounts[table.Source[e]]).ToList();
        var from = table.When(cycle[0]);
        var to = table.When(cycle[^1]);
        var total = cycle.Sum(e => table.Amount[e]);
        return new Finding(
            Name,
            accounts[0],
            accounts,
            cycle.Length,
            from,
            to,
            total,
            Evidence.Of(table, cycle, cycle.Length),
            string.Create(CultureInfo.InvariantCulture, $"money went round {string.Join(" → ", accounts)} → {accounts[0]} in {cycle.Length} hops ({Evidence.Span(from, to)}), {Evidence.Money(table.Amount[cycle[0]])} out and {Evidence.Money(table.Amount[cycle[^1]])} back"));
    }
}
