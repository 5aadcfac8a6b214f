using System.Globalization;
using Threadline.Money.Graph;

namespace Threadline.Money.Detectors;

/// <summary>
/// Fan-in (many distinct senders to one account within a window) or fan-out (one account to many
/// distinct receivers within a window), the AMLSim fan-in/fan-out typologies. One finding per account:
/// its score is the largest number of distinct counterparties in one window; the evidence is that
/// window's transactions; the members are the account and every counterparty of any qualifying window.
/// </summary>
public sealed class FanDetector : ITransactionDetector
{
    private readonly bool incoming;

    private FanDetector(bool incoming, FanOptions options)
    {
        this.incoming = incoming;
        Options = options ?? throw new ArgumentNullException(nameof(options));
    }

    /// <summary>The parameters.</summary>
    public FanOptions Options { get; }

    /// <inheritdoc/>
    public string Name => incoming ? "fan-in" : "fan-out";

    /// <summary>A fan-in detector.</summary>
    public static FanDetector FanIn(FanOptions? options = null) => new(true, options ?? FanOptions.Default);

    /// <summary>A fan-out detector.</summary>
    public static FanDetector FanOut(FanOptions? options = null) => new(false, options ?? FanOptions.Default);

    /// <inheritdoc/>
    public IReadOnlyList<Finding> Detect(TransactionTable table)
    {
        ArgumentNullException.ThrowIfNull(table);
        var adjacency = incoming ? table.Incoming : table.Outgoing;
        var other = incoming ? table.Source : table.Target;
        var windows = new FanWindows();
        var window = (long)Options.Window.TotalSeconds;
        var findings = new List<Finding>();
        for (var account = 0; account < table.Accounts.Count; account++)
        {
            if (table.Accounts.IsPseudo(account))
            {
                continue;
            }

            var txs = adjacency.Of(account);
            if (txs.Length < Options.MinCounterparties)
            {
                continue;
            }

            if (windows.Scan(table, txs, other, window, Options.MinCounterparties, Options.MinAmountMinor, Options.MinTransfersPerCounterparty, Options.AllCounterpartiesAreMembers) is not { } result)
            {
                continue;
            }

            var evidence = new List<int>();
            for (var k = result.BestStart; k <= result.BestEnd; k++)
            {
                if (table.Amount[txs[k]] >= Options.MinAmountMinor)
                {
                    evidence.Add(txs[k]);
                }
            }

            var members = new List<string> { table.Accounts[account] };
            members.AddRange(result.Members.Where(m => !table.Accounts.IsPseudo(m)).Select(m => table.Accounts[m]));
            var from = table.When(evidence[0]);
            var to = table.When(evidence[^1]);
            var total = evidence.Sum(t => table.Amount[t]);
            findings.Add(new Finding(
                Name,
                table.Accounts[account],
                members,
                result.Best,
                from,
                to,
                total,
                Evidence.Of(table, evidence, Options.MaxEvidence),
                string.Create(CultureInfo.InvariantCulture, $"{table.Accounts[account]} {(incoming ? "received from" : "paid")} {result.Best} distinct accounts within {Options.Window.TotalHours:0.#} h ({Evidence.Span(from, to)}), {Evidence.Money(total)} in {evidence.Count} transactions")));
        }

        return findings;
    }
}
