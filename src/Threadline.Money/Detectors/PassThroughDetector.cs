using System.Globalization;
using Threadline.Money.Graph;

namespace Threadline.Money.Detectors;

/// <summary>
/// Pass-through accounts: money goes out again soon after it came in, nearly whole (FinCEN/FINTRAC
/// red flag "rapid movement of funds"; AMLSim's intermediaries keep a ~10% margin). For each outflow,
/// the inflows of the preceding <see cref="PassThroughOptions.MaxDelay"/> are compared: a single inflow,
/// or their sum, of which the outflow is between (1 − margin) and 100% is a match; and for each inflow,
/// the outflows of the following MaxDelay together (money split and passed on) are compared the same way.
/// </summary>
public sealed class PassThroughDetector : ITransactionDetector
{
    /// <summary>Creates the detector.</summary>
    public PassThroughDetector(PassThroughOptions? options = null) => Options = options ?? PassThroughOptions.Default;

    /// <summary>The parameters.</summary>
    public PassThroughOptions Options { get; }

    /// <inheritdoc/>
    public string Name => "pass-through";

    /// <inheritdoc/>
    public IReadOnlyList<Finding> Detect(TransactionTable table)
    {
        ArgumentNullException.ThrowIfNull(table);
        var delay = (long)Options.MaxDelay.TotalSeconds;
        var findings = new List<Finding>();
        var time = table.Time;
        var amount = table.Amount;
        for (var account = 0; account < table.Accounts.Count; account++)
        {
            if (table.Accounts.IsPseudo(account))
            {
                continue;
            }

            var ins = table.Incoming.Of(account);
            var outs = table.Outgoing.Of(account);
            if (ins.Length == 0 || outs.Length < Options.MinEvents)
            {
                continue;
            }

            long totalOut = 0, matchedOut = 0, window = 0, totalIn = 0;
            int lo = 0, hi = 0, events = 0;
            var evidence = new List<int>();
            var matched = new HashSet<int>();
            var counterparties = new SortedSet<string>(StringComparer.Ordinal);
            foreach (var i in ins)
            {
                totalIn += amount[i];
            }

            // (1) An outflow passes on one recent inflow, or the inflows of the last MaxDelay together.
            foreach (var o in outs)
            {
                totalOut += amount[o];
                while (hi < ins.Length && time[ins[hi]] <= time[o])
                {
                    window += amount[ins[hi++]];
                }

                while (lo < hi && time[ins[lo]] < time[o] - delay)
                {
                    window -= amount[ins[lo++]];
                }

                if (amount[o] < Options.MinAmountMinor || lo == hi)
                {
                    continue;
                }

                var match = -1;
                for (var k = hi - 1; k >= lo && k >= hi - 256; k--)
                {
                    if (Matches(amount[o], amount[ins[k]]))
                    {
                        match = k;
                        break;
                    }
                }

                if (match < 0 && !Matches(amount[o], window))
                {
                    continue;
                }

                events++;
                matched.Add(o);
                if (evidence.Count < Options.MaxEvidence)
                {
                    evidence.Add(o);
                    for (var k = match >= 0 ? match : lo; k < (match >= 0 ? match + 1 : hi) && evidence.Count < Options.MaxEvidence; k++)
                    {
                        evidence.Add(ins[k]);
                    }
                }

                counterparties.Add(table.Accounts[table.Target[o]]);
            }

            // (2) An inflow is split and passed on: the outflows of the next MaxDelay together.
            var next = 0;
            foreach (var i in ins)
            {
                while (next < outs.Length && time[outs[next]] < time[i])
                {
                    next++;
                }

                long sum = 0;
                var end = next;
                while (end < outs.Length && time[outs[end]] <= time[i] + delay && end - next < 256)
                {
                    sum += amount[outs[end++]];
                }

                if (end - next < 2 || !Matches(sum, amount[i]))
                {
                    continue;
                }

                events++;
                counterparties.Add(table.Accounts[table.Source[i]]);
                for (var k = next; k < end; k++)
                {
                    matched.Add(outs[k]);
                    counterparties.Add(table.Accounts[table.Target[outs[k]]]);
                    if (evidence.Count < Options.MaxEvidence)
                    {
                        evidence.Add(outs[k]);
                    }
                }

                if (evidence.Count < Options.MaxEvidence)
                {
                    evidence.Add(i);
                }

                next = end;
            }

            foreach (var o in matched)
            {
                matchedOut += amount[o];
            }

            if (events < Options.MinEvents || matchedOut < Options.MinShareOfOutflow * totalOut || matchedOut < Options.MinShareOfInflow * totalIn)
            {
                continue;
            }

            evidence = evidence.Distinct().Order().ToList();
            var members = new List<string> { table.Accounts[account] };
            members.AddRange(counterparties.Where(c => c != table.Accounts[account] && table.Accounts.Find(c) is var id && !table.Accounts.IsPseudo(id)));
            var from = table.When(evidence[0]);
            var to = table.When(evidence[^1]);
            findings.Add(new Finding(
                Name,
                table.Accounts[account],
                members,
                events,
                from,
                to,
                matchedOut,
                Evidence.Of(table, evidence, Options.MaxEvidence),
                string.Create(CultureInfo.InvariantCulture, $"{table.Accounts[account]} passed on {Evidence.Money(matchedOut)} of {Evidence.Money(totalOut)} paid out ({(double)matchedOut / totalOut:P0}) within {Options.MaxDelay.TotalHours:0.#} h of receiving it, {events} times ({Evidence.Span(from, to)})")));
        }

        return findings;
    }

    private bool Matches(long outflow, long inflow) => inflow > 0 && outflow <= inflow && outflow >= inflow * (1 - Options.Margin);
}
