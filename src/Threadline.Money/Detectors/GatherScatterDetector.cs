using System.Globalization;
using Threadline.Money.Graph;

namespace Threadline.Money.Detectors;

/// <summary>
/// Gather-scatter (AMLSim): an account receives from at least <see cref="FanOptions.MinCounterparties"/>
/// distinct senders within a window, then pays at least as many distinct receivers within the next
/// window. The evidence is the gathering window's inflows and the scattering window's outflows.
/// </summary>
public sealed class GatherScatterDetector : ITransactionDetector
{
    /// <summary>Creates the detector.</summary>
    public GatherScatterDetector(FanOptions? options = null) => Options = options ?? FanOptions.Default;

    /// <summary>The parameters (window and counterparties apply to both halves).</summary>
    public FanOptions Options { get; }

    /// <inheritdoc/>
    public string Name => "gather-scatter";

    /// <inheritdoc/>
    public IReadOnlyList<Finding> Detect(TransactionTable table)
    {
        ArgumentNullException.ThrowIfNull(table);
        var window = (long)Options.Window.TotalSeconds;
        var scanner = new FanWindows();
        var receivers = new HashSet<int>();
        var findings = new List<Finding>();
        for (var account = 0; account < table.Accounts.Count; account++)
        {
            if (table.Accounts.IsPseudo(account))
            {
                continue;
            }

            var ins = table.Incoming.Of(account);
            var outs = table.Outgoing.Of(account);
            if (ins.Length < Options.MinCounterparties || outs.Length < Options.MinCounterparties)
            {
                continue;
            }

            if (scanner.Scan(table, ins, table.Source, window, Options.MinCounterparties, Options.MinAmountMinor) is not { } gathered)
            {
                continue;
            }

            long lastTried = long.MinValue;
            var tries = 0;
            foreach (var end in gathered.QualifyingEnds)
            {
                var e = table.Time[ins[end]];
                if (e == lastTried || ++tries > 64)
                {
                    continue;
                }

                lastTried = e;
                receivers.Clear();
                var first = TemporalCycleDetector.FirstAfter(outs, table.Time, e);
                var last = first;
                for (; last < outs.Length && table.Time[outs[last]] <= e + window; last++)
                {
                    if (table.Amount[outs[last]] >= Options.MinAmountMinor)
                    {
                        receivers.Add(table.Target[outs[last]]);
                    }
                }

                if (receivers.Count < Options.MinCounterparties)
                {
                    continue;
                }

                var inflows = new List<int>();
                foreach (var t in ins[..(end + 1)])
                {
                    if (table.Time[t] >= e - window && table.Amount[t] >= Options.MinAmountMinor)
                    {
                        inflows.Add(t);
                    }
                }

                var outflows = outs[first..last].ToArray().Where(t => table.Amount[t] >= Options.MinAmountMinor).ToList();
                var senders = inflows.Select(t => table.Source[t]).Distinct().Count();
                var evidence = inflows.Concat(outflows).ToList();
                var members = new List<string> { table.Accounts[account] };
                members.AddRange(inflows.Select(t => table.Source[t]).Concat(outflows.Select(t => table.Target[t])).Distinct().Where(a => !table.Accounts.IsPseudo(a) && a != account).Select(a => table.Accounts[a]));
                var from = table.When(evidence[0]);
                var to = table.When(evidence[^1]);
                findings.Add(new Finding(
                    Name,
                    table.Accounts[account],
                    members,
                    Math.Min(senders, receivers.Count),
                    from,
                    to,
                    inflows.Sum(t => table.Amount[t]),
                    Evidence.Of(table, evidence, Options.MaxEvidence),
                    string.Create(CultureInfo.InvariantCulture, $"{table.Accounts[account]} gathered {Evidence.Money(inflows.Sum(t => table.Amount[t]))} from {senders} accounts, then paid {Evidence.Money(outflows.Sum(t => table.Amount[t]))} to {receivers.Count} accounts ({Evidence.Span(from, to)})")));
                break;
            }
        }

        return findings;
    }
}
