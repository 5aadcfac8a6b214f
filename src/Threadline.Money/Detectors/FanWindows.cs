using Threadline.Money.Graph;

namespace Threadline.Money.Detectors;

/// <summary>
/// Sliding-window count of distinct counterparties over one account's transactions in time order
/// (two pointers, one pass). Shared by fan-in, fan-out, gather-scatter and scatter-gather.
/// </summary>
internal sealed class FanWindows
{
    private readonly Dictionary<int, int> counts = [];
    private int qualified;
    private int repeats = 1;

    /// <summary>Best window and the union of counterparties over all qualifying windows.</summary>
    public record struct Result(int Best, int BestStart, int BestEnd, List<int> Members, List<int> QualifyingEnds);

    /// <summary>
    /// Scans <paramref name="txs"/> (indices into the table, in time order) with the counterparty of
    /// each given by <paramref name="other"/>. Returns null when no window reaches <paramref name="min"/>.
    /// </summary>
    public Result? Scan(TransactionTable table, ReadOnlySpan<int> txs, int[] other, long windowSeconds, int min, long minAmount, int repeats = 1, bool allMembers = true)
    {
        counts.Clear();
        qualified = 0;
        this.repeats = repeats;
        var time = table.Time;
        var amount = table.Amount;
        int best = 0, bestStart = 0, bestEnd = -1, covered = -1, start = 0;
        List<int>? members = null;
        List<int>? ends = null;
        HashSet<int>? seen = null;
        for (var i = 0; i < txs.Length; i++)
        {
            var t = txs[i];
            if (amount[t] < minAmount)
            {
                continue;
            }

            Add(other[t], 1);
            while (time[txs[start]] < time[t] - windowSeconds || amount[txs[start]] < minAmount)
            {
                if (amount[txs[start]] >= minAmount)
                {
                    Add(other[txs[start]], -1);
                }

                start++;
            }

            if (qualified >= min)
            {
                if (qualified > best)
                {
                    best = qualified;
                    bestStart = start;
                    bestEnd = i;
                }

                members ??= [];
                seen ??= [];
                (ends ??= []).Add(i);
                for (var k = Math.Max(start, covered + 1); k <= i; k++)
                {
                    if (amount[txs[k]] >= minAmount && (repeats <= 1 || allMembers || counts.GetValueOrDefault(other[txs[k]]) >= repeats) && seen.Add(other[txs[k]]))
                    {
                        members.Add(other[txs[k]]);
                    }
                }

                covered = i;
            }
        }

        return best == 0 ? null : new Result(best, bestStart, bestEnd, members!, ends!);
    }

    private void Add(int key, int delta)
    {
        ref var slot = ref System.Runtime.InteropServices.CollectionsMarshal.GetValueRefOrAddDefault(counts, key, out _);
        slot += delta;
        if (delta > 0 && slot == repeats)
        {
            qualified++;
        }
        else if (delta < 0 && slot == repeats - 1)
        {
            qualified--;
        }

        if (slot == 0)
        {
            counts.Remove(key);
        }
    }
}
