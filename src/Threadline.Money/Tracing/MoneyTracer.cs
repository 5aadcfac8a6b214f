using Threadline.Money.Graph;

namespace Threadline.Money.Tracing;

/// <summary>
/// Follows money with amount conservation (Kosyfaki, Mamoulis, Pitoura and Tsaparas, "Flow computation in
/// temporal interaction networks", ICDE 2021): every account has a buffer; transactions are replayed
/// in time order; a transaction moves its amount out of the payer's buffer (a shortfall is money from
/// outside the data, e.g. an opening balance) and the traced part moves in proportion to the traced
/// share of the buffer. Traced money is never created or lost, so at the end the traced money held by
/// all accounts equals what was injected.
/// <para>Forward: all money of the seed accounts (what they receive, and what they pay beyond it) is traced and followed to where it rests.
/// Backward: the transactions are replayed in reverse with payer and payee swapped, and the money the
/// seeds received is traced back to the accounts that funded it.</para>
/// </summary>
public static class MoneyTracer
{
    /// <summary>Where the money of <paramref name="seeds"/> went.</summary>
    public static TraceResult Forward(TransactionTable table, IEnumerable<string> seeds, TraceOptions? options = null) =>
        Run(table, seeds, options ?? TraceOptions.Default, TraceDirection.Forward);

    /// <summary>Who funded <paramref name="seeds"/>: the sources of the money they received.</summary>
    public static TraceResult Backward(TransactionTable table, IEnumerable<string> seeds, TraceOptions? options = null) =>
        Run(table, seeds, options ?? TraceOptions.Default, TraceDirection.Backward);

    private static TraceResult Run(TransactionTable table, IEnumerable<string> seedKeys, TraceOptions options, TraceDirection direction)
    {
        ArgumentNullException.ThrowIfNull(table);
        ArgumentNullException.ThrowIfNull(seedKeys);
        var seedList = seedKeys.Distinct(StringComparer.Ordinal).Order(StringComparer.Ordinal).ToList();
        var n = table.Accounts.Count;
        var isSeed = new bool[n];
        foreach (var key in seedList)
        {
            var id = table.Accounts.Find(key);
            if (id >= 0)
            {
                isSeed[id] = true;
            }
        }

        var buffer = new long[n];
        var traced = new long[n];
        var flows = new Dictionary<(int, int), (long Amount, int Count)>();
        long injected = 0;
        var from = options.From?.ToUnixTimeSeconds() ?? long.MinValue;
        var to = options.To?.ToUnixTimeSeconds() ?? long.MaxValue;
        var forward = direction == TraceDirection.Forward;
        for (var k = 0; k < table.Count; k++)
        {
            var t = forward ? k : table.Count - 1 - k;
            if (table.Time[t] < from || table.Time[t] > to)
            {
                continue;
            }

            var payer = forward ? table.Source[t] : table.Target[t];
            var payee = forward ? table.Target[t] : table.Source[t];
            var amount = table.Amount[t];
            if (amount <= 0 || payer == payee)
            {
                continue;
            }

            // Backward: everything a seed received is traced, injected as the seed "pays it back".
            if (!forward && isSeed[payer])
            {
                buffer[payer] += amount;
                traced[payer] += amount;
                injected += amount;
            }

            // Shortfall: money from outside the data (an opening balance) enters the payer's buffer,
            // untraced, except at a forward seed, whose money is all traced.
            if (buffer[payer] < amount)
            {
                if (forward && isSeed[payer])
                {
                    traced[payer] += amount - buffer[payer];
                    injected += amount - buffer[payer];
                }

                buffer[payer] = amount;
            }

            var movedTraced = traced[payer] == 0 ? 0 : (long)((Int128)traced[payer] * amount / buffer[payer]);
            buffer[payer] -= amount;
            traced[payer] -= movedTraced;
            // Backward: money a seed paid out later is not part of its funding; only traced money that
            // comes back round (a cycle) is kept, so the seed's buffer holds traced money only.
            buffer[payee] += !forward && isSeed[payee] ? movedTraced : amount;
            traced[payee] += movedTraced;

            // Forward: what a seed receives from outside the traced money becomes traced.
            if (forward && isSeed[payee])
            {
                var fresh = amount - movedTraced;
                traced[payee] += fresh;
                injected += fresh;
            }

            if (movedTraced > 0)
            {
                var key = (forward ? payer : payee, forward ? payee : payer);
                var (sum, count) = flows.GetValueOrDefault(key);
                flows[key] = (sum + movedTraced, count + 1);
            }
        }

        var home = seedList.Select(Iban.Country).Where(c => c is not null).GroupBy(c => c!, StringComparer.Ordinal)
            .OrderByDescending(g => g.Count()).ThenBy(g => g.Key, StringComparer.Ordinal).Select(g => g.Key).FirstOrDefault();
        long held = 0;
        var byCountry = new SortedDictionary<string, long>(StringComparer.Ordinal);
        var holders = new List<int>();
        for (var a = 0; a < n; a++)
        {
            if (traced[a] <= 0)
            {
                continue;
            }

            held += traced[a];
            holders.Add(a);
            var country = a == table.Accounts.Cash ? "cash" : table.Accounts.Country(a) ?? "?";
            byCountry[country] = byCountry.GetValueOrDefault(country) + traced[a];
        }

        var destinations = holders.OrderByDescending(a => traced[a]).ThenBy(a => table.Accounts[a], StringComparer.Ordinal).Take(options.MaxDestinations)
            .Select(a =>
            {
                var country = table.Accounts.Country(a);
                return new TraceDestination(table.Accounts[a], country, traced[a], injected == 0 ? 0 : (double)traced[a] / injected, home is not null && country is not null && !string.Equals(country, home, StringComparison.Ordinal), isSeed[a]);
            }).ToList();
        var flowList = flows.OrderByDescending(kv => kv.Value.Amount).ThenBy(kv => kv.Key.Item1).ThenBy(kv => kv.Key.Item2).Take(options.MaxFlows)
            .Select(kv => new TraceFlow(table.Accounts[kv.Key.Item1], table.Accounts[kv.Key.Item2], kv.Value.Amount, kv.Value.Count)).ToList();
        return new TraceResult(direction, seedList, injected, destinations, byCountry, flowList, held);
    }
}
