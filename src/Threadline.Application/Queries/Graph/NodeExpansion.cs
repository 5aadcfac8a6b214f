using System.Globalization;
using Threadline.Application.Queries.Accounts;
using Threadline.Application.Queries.Ads;
using Threadline.Linking;

namespace Threadline.Application.Queries.Graph;

/// <summary>
/// What lies one step beyond a node of a link chart: a persona's ads, the other personas (and their leads) whose ads carry a
/// phone, an account's largest counterparties. At most <see cref="MaxNodes"/> new nodes; the chart adds them where the
/// analyst clicked.
/// </summary>
public static class NodeExpansion
{
    /// <summary>Most nodes one expansion adds.</summary>
    public const int MaxNodes = 40;

    /// <summary>The neighbours of <paramref name="nodeId"/> (<c>kind:value</c>), or null for a kind that does not expand.</summary>
    public static LinkChart? Expand(Investigation investigation, string nodeId)
    {
        ArgumentNullException.ThrowIfNull(investigation);
        if (string.IsNullOrEmpty(nodeId) || nodeId.Length > 400 || nodeId.IndexOf(':', StringComparison.Ordinal) is var colon && colon <= 0)
        {
            return null;
        }

        var (kind, value) = (nodeId[..colon], nodeId[(colon + 1)..]);
        var chart = new ChartBuilder();
        var store = investigation.Store;
        switch (kind)
        {
            case "persona" when LinkResults.Persona(store, value) is { } persona:
                var self = chart.Node("persona", persona.Id, persona.Names.Count > 0 ? persona.Names[0] : persona.Id, persona.AdIds.Count);
                foreach (var ad in AdRows.Read(investigation, persona.AdIds.Take(MaxNodes).ToList()))
                {
                    var node = chart.Node("ad", ad.Id, ad.Title ?? ad.Id, 1, detail: string.Create(CultureInfo.InvariantCulture, $"{ad.Site}, {ad.City}, {ad.PostedAt:yyyy-MM-dd}"));
                    chart.Edge(self, node, "ad", 1, "one of her ads");
                }

                break;
            case "phone":
                var phone = chart.Node("phone", value, value, 0);
                foreach (var p in LinkResults.PersonasWithPhone(store, value).OrderByDescending(p => p.AdIds.Count).Take(MaxNodes / 2))
                {
                    var node = chart.Node("persona", p.Id, p.Names.Count > 0 ? p.Names[0] : p.Id, p.AdIds.Count, detail: string.Join(", ", p.Movement.Cities.Take(6)));
                    chart.Edge(node, phone, "phone", 0.8, "her ads carry this phone");
                    if (p.NetworkId is { } nid && LinkResults.Network(store, nid) is { } n)
                    {
                        var lead = chart.Node("network", n.Id, string.Create(CultureInfo.InvariantCulture, $"Lead #{n.Rank} ({n.Risk.Total:0})"), n.AdCount, detail: n.Risk.Summary);
                        chart.Edge(node, lead, "network", 0.5, "persona of this lead");
                    }
                }

                break;
            case "account":
                if (AccountQueries.View(investigation, value, 0, 1) is not { } account)
                {
                    return null;
                }

                var acc = chart.Node("account", value, account.Holder is { } h ? h + " " + value : value, 0);
                foreach (var c in account.Payers.Take(MaxNodes / 2))
                {
                    var node = chart.Node("account", c.Account, c.Name is { } nm ? nm + " " + c.Account : c.Account, 0, detail: c.Country);
                    chart.Edge(node, acc, "money", 0.5, string.Create(CultureInfo.InvariantCulture, $"paid {c.Amount:#,0.00} in {c.Transactions} transactions"));
                }

                foreach (var c in account.Payees.Take(MaxNodes / 2))
                {
                    var node = chart.Node("account", c.Account, c.Name is { } nm ? nm + " " + c.Account : c.Account, 0, detail: c.Country);
                    chart.Edge(acc, node, "money", 0.5, string.Create(CultureInfo.InvariantCulture, $"received {c.Amount:#,0.00} in {c.Transactions} transactions"));
                }

                break;
            default:
                return null;
        }

        var (nodes, edges) = chart.Build();
        return new LinkChart(string.Empty, nodes, edges, Collapsed: false, nodes.Count, null);
    }
}
