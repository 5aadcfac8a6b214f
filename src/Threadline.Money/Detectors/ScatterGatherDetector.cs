using System.Globalization;
using Threadline.Money.Graph;

namespace Threadline.Money.Detectors;

/// <summary>
/// Scatter-gather (AMLSim): a source pays at least <see cref="FanOptions.MinCounterparties"/> distinct
/// intermediaries within a window, and at least that many of them pass money on to one common
/// destination within a window after receiving it. Reported on the source; the destination and the
/// intermediaries are members, with both legs as evidence.
/// </summary>
public sealed class ScatterGatherDetector : ITransactionDetector
{
    /// <summary>Creates the detector.</summary>
    public ScatterGatherDetector(FanOptions? options = null) => Options = options ?? FanOptions.Default;

    /// <summary>The parameters (window and counterparties apply to both legs).</summary>
    public FanOptions Options { get; }

    /// <inheritdoc/>
    public string Name => "scatter-gather";

    /// <inheritdoc/>
    public IReadOnlyList<Finding> Detect(TransactionTable table)
    {
        ArgumentNullException.ThrowIfNull(table);
        var window = (long)Options.Window.TotalSeconds;
        var scanner = new FanWindows();
        var findings = new List<Finding>();
        for (var source = 0; source < table.Accounts.Count; source++)
        {
            if (table.Accounts.IsPseudo(source))
            {
                continue;
            }

            var outs = table.Outgoing.Of(source);
            if (outs.Length < Options.MinCounterparties
                || scanner.Scan(table, outs, table.Target, window, Options.MinCounterparties, Options.MinAmountMinor) is not { } scattered)
            {
                continue;
            }

            var found = false;
            long lastTried = long.MinValue;
            var tries = 0;
            foreach (var end in scattered.QualifyingEnds)
            {
                var e = table.Time[outs[end]];
                if (found || e == lastTried || ++tries > 16)
                {
                    continue;
                }

                lastTried = e;
                // destination → (intermediary → first forwarding transaction)
                var legs = new SortedDictionary<int, SortedDictionary<int, (int In, int Out)>>();
                foreach (var t in outs[..(end + 1)])
                {
                    var m = table.Target[t];
                    if (table.Time[t] < e - window || m == source || table.Accounts.IsPseudo(m) || table.Amount[t] < Options.MinAmountMinor)
                    {
                        continue;
                    }

                    var forward = table.Outgoing.Of(m);
                    var steps = 0;
                    for (var k = TemporalCycleDetector.FirstAfter(forward, table.Time, table.Time[t]); k < forward.Length && table.Time[forward[k]] <= table.Time[t] + window && steps < 256; k++, steps++)
                    {
                        var d = table.Target[forward[k]];
                        if (d == source || d == m || table.Accounts.IsPseudo(d))
                        {
                            continue;
                        }

                        if (!legs.TryGetValue(d, out var via))
                        {
                            legs[d] = via = [];
                        }

                        via.TryAdd(m, (t, forward[k]));
                    }
                }

                var best = legs.Where(kv => kv.Value.Count >= Options.MinCounterparties).OrderByDescending(kv => kv.Value.Count).ThenBy(kv => kv.Key).FirstOrDefault();
                if (best.Value is null)
                {
                    continue;
                }

                found = true;
                var destination = best.Key;
                var evidence = best.Value.Values.SelectMany(p => new[] { p.In, p.Out }).Distinct().Order().ToList();
                var members = new List<string> { table.Accounts[source] };
                members.AddRange(best.Value.Keys.Select(m => table.Accounts[m]));
                members.Add(table.Accounts[destination]);
                var from = table.When(evidence[0]);
                var to = table.When(evidence[^1]);
                var gatheredTotal = best.Value.Values.Sum(p => table.Amount[p.Out]);
                findings.Add(new Finding(
                    Name,
                    table.Accounts[source],
                    members,
                    best.Value.Count,
                    from,
                    to,
                    best.Value.Values.Sum(p => table.Amount[p.In]),
                    Evidence.Of(table, evidence, Options.MaxEvidence),
                    string.Create(CultureInfo.InvariantCulture, $"{table.Accounts[source]} paid {best.Value.Count} accounts that passed {Evidence.Money(gatheredTotal)} on to {table.Accounts[destination]} ({Evidence.Span(from, to)})")));
            }
        }

        return findings;
    }
}
