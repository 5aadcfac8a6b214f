using System.Globalization;
using Threadline.Money.Graph;

namespace Threadline.Money.Detectors;

/// <summary>
/// Temporal cycles: A→B→…→A where every transaction is strictly later than the one before, the whole
/// cycle fits in a window and has at most <see cref="CycleOptions.MaxHops"/> hops (2SCENT, PVLDB 2018).
/// As in 2SCENT, a backward pass from each start account first finds which accounts can still reach it
/// in time (and by when, and in how few hops); the depth-first search over later outgoing transactions
/// then only enters those. A cycle is reported once, from its earliest transaction. Pseudo-accounts
/// (cash, unknown) never take part.
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

    /// <summary>The cycles as lists of transaction indices (in time order), ordered by their first transaction.</summary>
    public IReadOnlyList<int[]> FindCycles(TransactionTable table)
    {
        ArgumentNullException.ThrowIfNull(table);
        Truncated = false;
        var search = new CycleSearch(table, Options);
        var result = new List<int[]>();
        for (var s = 0; s < table.Accounts.Count && result.Count < Options.MaxCycles; s++)
        {
            if (!table.Accounts.IsPseudo(s))
            {
                Truncated |= search.FromAccount(s, result);
            }
        }

        if (result.Count >= Options.MaxCycles)
        {
            Truncated = true;
        }

        result.Sort(static (a, b) => a.AsSpan().SequenceCompareTo(b));
        return result;
    }

    internal static bool Close(long previous, long current, double tolerance) =>
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
