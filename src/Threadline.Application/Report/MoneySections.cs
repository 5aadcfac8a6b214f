using System.Globalization;
using Threadline.Linking;

namespace Threadline.Application.Report;

/// <summary>The money view as report sections: each lead's money, and the flagged accounts with why.</summary>
public static class MoneySections
{
    public static IReadOnlyList<ReportSection> For(StoredMoney? money, LinkResult result)
    {
        if (money is null)
        {
            return [];
        }

        var rank = result.Networks.ToDictionary(n => n.Id, n => n.Rank, StringComparer.Ordinal);
        var leads = money.Networks.OrderBy(n => rank.GetValueOrDefault(n.NetworkId, int.MaxValue)).Select(n => (IReadOnlyList<string>)
        [
            rank.TryGetValue(n.NetworkId, out var r) ? "#" + r.ToString(CultureInfo.InvariantCulture) : n.NetworkId,
            string.Join("; ", n.Accounts.Select(a => $"{a.Account}{(a.Roles.Length > 0 ? " [" + a.Roles + "]" : string.Empty)}: {a.Reason}")),
            n.Inflow.ToString("N2", CultureInfo.InvariantCulture),
            n.Payers.ToString(CultureInfo.InvariantCulture),
            string.Join(", ", n.CashCities),
            string.Join(", ", n.AbroadByCountry.OrderByDescending(kv => kv.Value).Select(kv => string.Create(CultureInfo.InvariantCulture, $"{kv.Key} {kv.Value:N0}"))),
            string.Create(CultureInfo.InvariantCulture, $"+{n.Points:0.#}: {n.Explanation}"),
        ]).ToList();
        var accounts = money.Report.Accounts.OrderByDescending(a => a.Score).Take(200).Select(a => (IReadOnlyList<string>)
        [
            a.Account,
            a.Country ?? string.Empty,
            a.Roles.ToString(),
            string.Join(", ", a.Typologies),
            a.Score.ToString("0.0", CultureInfo.InvariantCulture),
            string.Join(" | ", a.Findings.Take(3).Select(f => f.Summary)),
        ]).ToList();
        return
        [
            new ReportSection("money-leads", $"Money of the network leads ({leads.Count})", "Accounts tied to each lead and why; money in; where the money traced from them ended abroad; the points this adds to the lead's score.", ["lead", "accounts and why", "inflow", "payers", "cash deposited in", "abroad by country", "score part"], leads),
            new ReportSection("money-accounts", $"Bank accounts flagged by the typology detectors ({money.Report.Accounts.Count}, top {accounts.Count})", "Leads for an analyst to check against the bank records, never findings of guilt.", ["account", "country", "roles", "typologies", "score", "why"], accounts),
        ];
    }
}
