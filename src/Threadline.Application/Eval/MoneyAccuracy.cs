using System.Globalization;
using Threadline.Money;
using Threadline.Money.Analysis;
using Threadline.Money.Graph;
using Threadline.Money.Tracing;
using Threadline.Simulation.Truth;

namespace Threadline.Application.Eval;

/// <summary>Flagged accounts against the simulator's account roles, and network ties against the accounts' true networks.</summary>
public static class MoneyAccuracy
{
    public static EvalSection Measure(TruthSet truth, StoredMoney? money, IReadOnlyList<BankTransaction>? transactions = null)
    {
        var section = new EvalSection("Money: accounts");
        if (money is null)
        {
            section.Notes.Add("No money results in the workspace: run `threadline ingest transactions` and `threadline money` first.");
            return section;
        }

        var roles = new[] { ("collector", AccountRole.Collector), ("pass_through", AccountRole.PassThrough), ("remitter", AccountRole.Remitter) };
        var rows = new List<IReadOnlyList<string>>();
        foreach (var (name, role) in roles)
        {
            var truthSet = truth.Accounts.Where(a => a.Role == name).Select(a => a.Iban).ToHashSet(StringComparer.Ordinal);
            var flagged = money.Report.Accounts.Where(a => (a.Roles & role) != 0).Select(a => a.Account).ToHashSet(StringComparer.Ordinal);
            var tp = flagged.Count(truthSet.Contains);
            var precision = flagged.Count == 0 ? 1 : (double)tp / flagged.Count;
            var recall = truthSet.Count == 0 ? 1 : (double)tp / truthSet.Count;
            if (role == AccountRole.Collector)
            {
                section.Add("collector precision", precision, "≥ 0.90", precision >= 0.9);
                section.Add("collector recall", recall, "≥ 0.90", recall >= 0.9);
            }

            rows.Add([name, truthSet.Count.ToString(CultureInfo.InvariantCulture), flagged.Count.ToString(CultureInfo.InvariantCulture), precision.ToString("F3", CultureInfo.InvariantCulture), recall.ToString("F3", CultureInfo.InvariantCulture)]);
        }

        section.Tables.Add(new EvalTable("Account roles", ["role", "true", "flagged", "precision", "recall"], rows));

        // Ties: an account tied to a network lead should belong to a true network (any); report the share.
        var trueNetworkOf = truth.Accounts.Where(a => a.Network is not null).ToDictionary(a => a.Iban, a => a.Network!, StringComparer.Ordinal);
        var ties = money.Networks.SelectMany(n => n.Accounts).ToList();
        var correct = ties.Count(t => trueNetworkOf.ContainsKey(t.Account));
        section.Add("accounts tied to network leads", ties.Count, format: "N0");
        section.Add("tied accounts that belong to a true network", ties.Count == 0 ? 0 : (double)correct / ties.Count);
        var networkAccounts = truth.Accounts.Count(a => a.Network is not null && a.Role is "collector" or "pass_through" or "remitter");
        var tiedSet = ties.Select(t => t.Account).ToHashSet(StringComparer.Ordinal);
        section.Add("networks' money accounts tied to some lead", networkAccounts == 0 ? 0 : (double)truth.Accounts.Count(a => a.Network is not null && a.Role is "collector" or "pass_through" or "remitter" && tiedSet.Contains(a.Iban)) / networkAccounts);
        if (transactions is { Count: > 0 })
        {
            TracedToDestination(truth, transactions, section);
        }

        return section;
    }

    /// <summary>
    /// For each true network: money traced forward (amounts conserved) from its collector accounts,
    /// and the share that ends where the network really sends it: the accounts its remitters pay.
    /// </summary>
    private static void TracedToDestination(TruthSet truth, IReadOnlyList<BankTransaction> transactions, EvalSection section)
    {
        var table = TransactionGraph.Build(transactions);
        var rows = new List<IReadOnlyList<string>>();
        double traced = 0, reached = 0;
        foreach (var network in truth.Networks.Where(n => n.Kind == "trafficking").OrderBy(n => n.Id, StringComparer.Ordinal))
        {
            var collectors = truth.Accounts.Where(a => a.Network == network.Id && a.Role == "collector").Select(a => a.Iban).ToList();
            var remitters = truth.Accounts.Where(a => a.Network == network.Id && a.Role == "remitter").Select(a => a.Iban).ToHashSet(StringComparer.Ordinal);
            if (collectors.Count == 0 || remitters.Count == 0)
            {
                continue;
            }

            var destinations = transactions.Where(t => t.Debtor.AccountKey is { } d && remitters.Contains(d) && t.Creditor.AccountKey is not null)
                .Select(t => t.Creditor.AccountKey!).ToHashSet(StringComparer.Ordinal);
            var trace = MoneyTracer.Forward(table, collectors, new TraceOptions(MaxDestinations: 100_000));
            var atDestination = trace.Destinations.Where(d => destinations.Contains(d.Account)).Sum(d => d.AmountMinor);
            traced += trace.TracedMinor;
            reached += atDestination;
            var share = trace.TracedMinor == 0 ? 0 : (double)atDestination / trace.TracedMinor;
            rows.Add([network.Id, network.Profile, (trace.TracedMinor / 100m).ToString("N0", CultureInfo.InvariantCulture), share.ToString("P1", CultureInfo.InvariantCulture)]);
        }

        section.Add("share of networks' money traced to its true destination", traced == 0 ? 0 : reached / traced);
        section.Tables.Add(new EvalTable("Money traced from each trafficking network's collectors", ["network", "profile", "traced", "share at true destination"], rows));
    }
}
