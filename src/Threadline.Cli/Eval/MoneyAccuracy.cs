using System.Globalization;
using Threadline.Cli.Money;
using Threadline.Money.Analysis;
using Threadline.Simulation.Truth;

namespace Threadline.Cli.Eval;

/// <summary>Flagged accounts against the simulator's account roles, and network ties against the accounts' true networks.</summary>
internal static class MoneyAccuracy
{
    public static EvalSection Measure(TruthSet truth, StoredMoney? money)
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
        return section;
    }
}
