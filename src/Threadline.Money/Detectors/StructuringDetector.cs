using System.Globalization;
using Threadline.Money.Graph;

namespace Threadline.Money.Detectors;

/// <summary>
/// Structuring (smurfing): repeated amounts just under a reporting threshold, paid in or paid out by one
/// account within a window (FinCEN/FINTRAC red flag "transactions just below thresholds"). Each account
/// is checked on its incoming and on its outgoing side; the stronger side is reported.
/// </summary>
public sealed class StructuringDetector : ITransactionDetector
{
    /// <summary>Creates the detector.</summary>
    public StructuringDetector(StructuringOptions? options = null) => Options = options ?? StructuringOptions.Default;

    /// <summary>The parameters.</summary>
    public StructuringOptions Options { get; }

    /// <inheritdoc/>
    public string Name => "structuring";

    /// <summary>True when an amount is in the band just under the threshold.</summary>
    public bool Qualifies(long amountMinor) => amountMinor < Options.ThresholdMinor && amountMinor >= Options.ThresholdMinor * (1 - Options.Band);

    /// <inheritdoc/>
    public IReadOnlyList<Finding> Detect(TransactionTable table)
    {
        ArgumentNullException.ThrowIfNull(table);
        var window = (long)Options.EffectiveWindow.TotalSeconds;
        var findings = new List<Finding>();
        var qualifying = new List<int>();
        for (var account = 0; account < table.Accounts.Count; account++)
        {
            if (table.Accounts.IsPseudo(account))
            {
                continue;
            }

            (int Start, int End, bool Incoming)? best = null;
            var bestList = new List<int>();
            foreach (var incoming in new[] { true, false })
            {
                qualifying.Clear();
                foreach (var t in (incoming ? table.Incoming : table.Outgoing).Of(account))
                {
                    if (Qualifies(table.Amount[t]))
                    {
                        qualifying.Add(t);
                    }
                }

                var start = 0;
                for (var i = 0; i < qualifying.Count; i++)
                {
                    while (table.Time[qualifying[start]] < table.Time[qualifying[i]] - window)
                    {
                        start++;
                    }

                    var n = i - start + 1;
                    if (n >= Options.MinCount && (best is null || n > best.Value.End - best.Value.Start + 1))
                    {
                        best = (start, i, incoming);
                        bestList = qualifying.GetRange(start, n);
                    }
                }
            }

            if (best is not { } b)
            {
                continue;
            }

            var others = bestList.Select(t => b.Incoming ? table.Source[t] : table.Target[t]).Distinct().Where(o => !table.Accounts.IsPseudo(o)).Select(o => table.Accounts[o]).Order(StringComparer.Ordinal);
            var from = table.When(bestList[0]);
            var to = table.When(bestList[^1]);
            var total = bestList.Sum(t => table.Amount[t]);
            findings.Add(new Finding(
                Name,
                table.Accounts[account],
                [table.Accounts[account], .. others],
                bestList.Count,
                from,
                to,
                total,
                Evidence.Of(table, bestList, Options.MaxEvidence),
                string.Create(CultureInfo.InvariantCulture, $"{table.Accounts[account]} {(b.Incoming ? "received" : "paid")} {bestList.Count} amounts just under {Evidence.Money(Options.ThresholdMinor)} ({Evidence.Span(from, to)}), {Evidence.Money(total)} in all")));
        }

        return findings;
    }
}
