using System.Globalization;
using Threadline.Money.Graph;

namespace Threadline.Money.Detectors;

/// <summary>
/// Collector accounts: money from many sources gathers in one account (cash deposits in several cities,
/// or transfers from many payers within a window: the funnel-account red flag) and leaves again in a
/// few large transfers to few accounts (bulk forwards, each several times the typical inflow, together carrying much of
/// what came in, standing orders such as rent excluded). A business that also receives from many payers
/// but pays out in amounts like its receipts, or an account paying out far more than it gathers, is not
/// flagged. Evidence: the gathering window's inflows and the bulk forwards.
/// </summary>
public sealed class CollectorDetector : ITransactionDetector
{
    /// <summary>Creates the detector.</summary>
    public CollectorDetector(CollectorOptions? options = null) => Options = options ?? CollectorOptions.Default;

    /// <summary>The parameters.</summary>
    public CollectorOptions Options { get; }

    /// <inheritdoc/>
    public string Name => "collector";

    /// <inheritdoc/>
    public IReadOnlyList<Finding> Detect(TransactionTable table)
    {
        ArgumentNullException.ThrowIfNull(table);
        var window = (long)Options.Window.TotalSeconds;
        var scanner = new FanWindows();
        var findings = new List<Finding>();
        var amounts = new List<long>();
        var places = new Dictionary<int, int>();
        for (var account = 0; account < table.Accounts.Count; account++)
        {
            var ins = table.Incoming.Of(account);
            var outs = table.Outgoing.Of(account);
            if (table.Accounts.IsPseudo(account) || ins.Length < Math.Min(Options.MinSenders, Options.MinCashCities) || outs.Length == 0)
            {
                continue;
            }

            // Gathering: a window with cash in enough cities, or with enough distinct senders.
            var gather = CashWindow(table, ins, window, places) ?? SenderWindow(table, scanner, ins, window);
            if (gather is not { } g)
            {
                continue;
            }

            amounts.Clear();
            long inflow = 0;
            foreach (var t in ins)
            {
                amounts.Add(table.Amount[t]);
                inflow += table.Amount[t];
            }

            amounts.Sort();
            var median = amounts[amounts.Count / 2];
            var bulk = new List<int>();
            long forwarded = 0;
            foreach (var t in outs)
            {
                if (table.Amount[t] >= Options.BulkFactor * median && !table.Accounts.IsPseudo(table.Target[t]) && !IsRecurring(table, outs, t))
                {
                    bulk.Add(t);
                    forwarded += table.Amount[t];
                }
            }

            // Keep the forwards to the few receivers that took most of it.
            var groups = bulk.GroupBy(t => table.Target[t]).OrderByDescending(g => g.Sum(t => table.Amount[t])).ThenBy(g => g.Key).Take(Options.MaxBulkReceivers).ToList();
            if (groups.Count == 0 || groups[0].Count() < Options.MinForwardsToTop)
            {
                continue;
            }

            var top = groups.SelectMany(g => g).ToHashSet();
            bulk.RemoveAll(t => !top.Contains(t));
            forwarded = bulk.Sum(t => table.Amount[t]);
            if (bulk.Count == 0 || forwarded < Options.MinForwardShare * inflow || forwarded > Options.MaxForwardShare * inflow)
            {
                continue;
            }

            var gathered = ins[g.Start..(g.End + 1)].ToArray();
            var evidence = gathered.Take(Options.MaxEvidence - Math.Min(bulk.Count, Options.MaxEvidence / 2)).Concat(bulk.Take(Options.MaxEvidence / 2)).Order().ToList();
            var receivers = bulk.Select(t => table.Target[t]).Distinct().Select(a => table.Accounts[a]).Order(StringComparer.Ordinal).ToList();
            var senders = gathered.Select(t => table.Source[t]).Where(a => !table.Accounts.IsPseudo(a)).Distinct().Select(a => table.Accounts[a]).Order(StringComparer.Ordinal);
            var from = table.When(gathered[0]);
            var to = table.When(bulk[^1]);
            findings.Add(new Finding(
                Name,
                table.Accounts[account],
                [table.Accounts[account], .. receivers, .. senders],
                (double)forwarded / inflow,
                from,
                to,
                inflow,
                Evidence.Of(table, evidence, Options.MaxEvidence),
                string.Create(CultureInfo.InvariantCulture, $"{table.Accounts[account]} gathered {g.What} ({Evidence.Span(table.When(gathered[0]), table.When(gathered[^1]))}) and forwarded {Evidence.Money(forwarded)} of {Evidence.Money(inflow)} received in {bulk.Count} bulk transfers to {string.Join(", ", receivers.Take(3))}{(receivers.Count > 3 ? ", …" : string.Empty)}")));
        }

        return findings;
    }

    private (int Start, int End, string What)? CashWindow(TransactionTable table, ReadOnlySpan<int> ins, long window, Dictionary<int, int> places)
    {
        places.Clear();
        var start = 0;
        for (var i = 0; i < ins.Length; i++)
        {
            if (IsCash(table, ins[i]))
            {
                places[table.Place[ins[i]]] = places.GetValueOrDefault(table.Place[ins[i]]) + 1;
            }

            while (table.Time[ins[start]] < table.Time[ins[i]] - window)
            {
                if (IsCash(table, ins[start]))
                {
                    var p = table.Place[ins[start]];
                    if (--places[p] == 0)
                    {
                        places.Remove(p);
                    }
                }

                start++;
            }

            if (places.Count >= Options.MinCashCities)
            {
                var cities = places.Keys.Select(p => table.Places[p]).Order(StringComparer.Ordinal);
                return (start, i, string.Create(CultureInfo.InvariantCulture, $"cash deposits in {places.Count} cities ({string.Join(", ", cities)})"));
            }
        }

        return null;
    }

    private (int Start, int End, string What)? SenderWindow(TransactionTable table, FanWindows scanner, ReadOnlySpan<int> ins, long window) =>
        scanner.Scan(table, ins, table.Source, window, Options.MinSenders, 0) is { } r
            ? (r.BestStart, r.BestEnd, string.Create(CultureInfo.InvariantCulture, $"transfers from {r.Best} distinct senders"))
            : null;

    private bool IsRecurring(TransactionTable table, ReadOnlySpan<int> outs, int tx)
    {
        var same = 0;
        foreach (var o in outs)
        {
            if (table.Target[o] == table.Target[tx] && Math.Abs(table.Amount[o] - table.Amount[tx]) * 100 <= table.Amount[tx] && ++same >= Options.RecurringCount)
            {
                return true;
            }
        }

        return false;
    }

    private static bool IsCash(TransactionTable table, int t) =>
        table.Place[t] >= 0 && (table.Method[t] == (byte)PaymentMethod.CashDeposit || table.Source[t] == table.Accounts.Cash);
}
