using System.Globalization;
using Threadline.Money.Graph;

namespace Threadline.Money.Detectors;

/// <summary>
/// Funnel accounts (FinCEN advisory FIN-2014-A008, FINTRAC): cash paid in across several cities within a
/// window, then taken out in another city or sent abroad. Deposits are cash deposits (method or the cash
/// pseudo-account as sender) with a known city; the outflow is a cash withdrawal in a city not among the
/// deposit cities, or a transfer to an account in another country.
/// </summary>
public sealed class FunnelAccountDetector : ITransactionDetector
{
    /// <summary>Creates the detector.</summary>
    public FunnelAccountDetector(FunnelOptions? options = null) => Options = options ?? FunnelOptions.Default;

    /// <summary>The parameters.</summary>
    public FunnelOptions Options { get; }

    /// <inheritdoc/>
    public string Name => "funnel";

    /// <inheritdoc/>
    public IReadOnlyList<Finding> Detect(TransactionTable table)
    {
        ArgumentNullException.ThrowIfNull(table);
        var window = (long)Options.EffectiveWindow.TotalSeconds;
        var findings = new List<Finding>();
        var deposits = new List<int>();
        var places = new Dictionary<int, int>();
        for (var account = 0; account < table.Accounts.Count; account++)
        {
            if (table.Accounts.IsPseudo(account))
            {
                continue;
            }

            deposits.Clear();
            foreach (var t in table.Incoming.Of(account))
            {
                if (table.Place[t] >= 0 && (table.Method[t] == (byte)PaymentMethod.CashDeposit || table.Source[t] == table.Accounts.Cash))
                {
                    deposits.Add(t);
                }
            }

            if (deposits.Count < Options.MinDeposits)
            {
                continue;
            }

            places.Clear();
            var start = 0;
            for (var i = 0; i < deposits.Count; i++)
            {
                Count(places, table.Place[deposits[i]], 1);
                while (table.Time[deposits[start]] < table.Time[deposits[i]] - window)
                {
                    Count(places, table.Place[deposits[start++]], -1);
                }

                if (places.Count < Options.MinDepositPlaces || i - start + 1 < Options.MinDeposits)
                {
                    continue;
                }

                var depositPlaces = places.Keys.ToHashSet();
                var home = table.Accounts.Country(account);
                var outflows = new List<int>();
                var outs = table.Outgoing.Of(account);
                for (var k = TemporalCycleDetector.FirstAfter(outs, table.Time, table.Time[deposits[start]] - 1); k < outs.Length && table.Time[outs[k]] <= table.Time[deposits[i]] + window; k++)
                {
                    var o = outs[k];
                    var cashElsewhere = (table.Method[o] == (byte)PaymentMethod.CashWithdrawal || table.Target[o] == table.Accounts.Cash) && table.Place[o] >= 0 && !depositPlaces.Contains(table.Place[o]);
                    var country = table.Accounts.Country(table.Target[o]);
                    var abroad = home is not null && country is not null && !string.Equals(home, country, StringComparison.Ordinal);
                    if (cashElsewhere || abroad)
                    {
                        outflows.Add(o);
                    }
                }

                if (outflows.Count == 0)
                {
                    continue;
                }

                var inWindow = deposits.GetRange(start, i - start + 1);
                var evidence = inWindow.Concat(outflows).Order().ToList();
                var cities = depositPlaces.Select(p => table.Places[p]).Order(StringComparer.Ordinal).ToList();
                var from = table.When(evidence[0]);
                var to = table.When(evidence[^1]);
                var members = new List<string> { table.Accounts[account] };
                members.AddRange(outflows.Select(o => table.Target[o]).Distinct().Where(a => !table.Accounts.IsPseudo(a)).Select(a => table.Accounts[a]));
                findings.Add(new Finding(
                    Name,
                    table.Accounts[account],
                    members,
                    cities.Count,
                    from,
                    to,
                    inWindow.Sum(t => table.Amount[t]),
                    Evidence.Of(table, evidence, Options.MaxEvidence),
                    string.Create(CultureInfo.InvariantCulture, $"{table.Accounts[account]} took {inWindow.Count} cash deposits in {cities.Count} cities ({string.Join(", ", cities)}), {Evidence.Money(inWindow.Sum(t => table.Amount[t]))}, and moved {Evidence.Money(outflows.Sum(t => table.Amount[t]))} out elsewhere ({Evidence.Span(from, to)})")));
                break;
            }
        }

        return findings;
    }

    private static void Count(Dictionary<int, int> counts, int key, int delta)
    {
        counts[key] = counts.GetValueOrDefault(key) + delta;
        if (counts[key] == 0)
        {
            counts.Remove(key);
        }
    }
}
