using System.Globalization;
using Threadline.Linking;
using Threadline.Storage;

namespace Threadline.Application.Queries.Graph;

/// <summary>Builds a network's link chart from its link and money records; collapses it by community when large.</summary>
public static class LinkCharts
{
    /// <summary>Charts with more nodes than this open collapsed by community.</summary>
    public const int MaxNodes = 500;

    /// <summary>Most ads whose e-mails and handles are read to tie them to personas.</summary>
    public const int MaxAdsRead = 20_000;

    /// <summary>The chart, collapsed when large; with <paramref name="community"/>, that community's nodes and the communities around it.</summary>
    public static LinkChart? Of(Investigation investigation, string networkId, int? community = null)
    {
        ArgumentNullException.ThrowIfNull(investigation);
        if (string.IsNullOrEmpty(networkId) || networkId.Length > 200)
        {
            return null;
        }

        // Built once per link run and kept: a chart reads every persona, ad and payment of the lead.
        return investigation.Remember("chart", networkId + "|" + (community?.ToString(CultureInfo.InvariantCulture) ?? "-"), () =>
        {
            if (LinkResults.Network(investigation.Store, networkId) is not { } network)
            {
                return null;
            }

            var (nodes, edges) = Build(investigation, network);
            return Shape(network.Id, nodes, edges, community);
        });
    }

    /// <summary>
    /// The chart as sent: whole up to <see cref="MaxNodes"/> nodes; larger, one node per community with the ties between
    /// communities summed, or one community opened with its neighbours still collapsed.
    /// </summary>
    internal static LinkChart Shape(string networkId, List<GraphNode> nodes, List<GraphEdge> edges, int? community)
    {
        if (nodes.Count <= MaxNodes)
        {
            return new LinkChart(networkId, nodes, edges, Collapsed: false, nodes.Count, null);
        }

        return community is { } c && c >= 0 ? Expanded(networkId, nodes, edges, c) : Collapsed(networkId, nodes, edges);
    }

    private static (List<GraphNode> Nodes, List<GraphEdge> Edges) Build(Investigation investigation, Network network)
    {
        var store = investigation.Store;
        var personas = LinkResults.PersonasOf(store, network.Id);
        var chart = new ChartBuilder();
        var root = chart.Node("network", network.Id, string.Create(CultureInfo.InvariantCulture, $"Lead #{network.Rank} ({network.Risk.Total:0})"), network.AdCount, detail: network.Risk.Summary);
        var personaOfAd = new Dictionary<string, string>(StringComparer.Ordinal);
        foreach (var p in personas)
        {
            var id = chart.Node("persona", p.Id, p.Names.Count > 0 ? p.Names[0] : p.Id, p.AdIds.Count, detail: string.Join(", ", p.Movement.Cities.Take(6)));
            foreach (var ad in p.AdIds)
            {
                personaOfAd.TryAdd(ad, id);
            }

            foreach (var e in p.Evidence)
            {
                if (KindOf(e.Kind) is { } kind && kind != "booking")
                {
                    var hub = investigation.HubsOf(e.Value).FirstOrDefault();
                    var node = chart.Node(kind, e.Value, e.Value, e.AdCount, cut: hub?.Action == HubAction.Cut, detail: hub?.Reason);
                    chart.Edge(id, node, kind, e.Weight, e.Reason, cut: hub?.Action == HubAction.Cut);
                }
            }

            foreach (var phone in p.Phones)
            {
                var hub = investigation.HubsOf(phone).FirstOrDefault();
                var cut = hub?.Action == HubAction.Cut;
                var node = chart.Node("phone", phone, phone, 0, cut, hub?.Reason);
                chart.Edge(id, node, "phone", cut ? 0 : 0.8, cut ? "cut as a hub: " + hub!.Reason : "her ads carry this phone", cut);
            }
        }

        AddContacts(store, chart, personaOfAd);
        AddTemplates(investigation, chart, network, personaOfAd);
        foreach (var e in network.Evidence.Where(e => e.Kind == EvidenceKind.Photo))
        {
            // A photo cluster shared across personas that no persona's own evidence names: tie it to the lead itself.
            var node = chart.Node("photo", e.Value, e.Value, e.AdCount);
            chart.Edge(node, root, "photo", e.Weight, e.Reason);
        }

        foreach (var b in network.Bookings.Take(300))
        {
            var booker = chart.Node("booker", b.BookerName ?? b.BookingRef, b.BookerName ?? b.BookingRef, 0, detail: b.Platform);
            var target = b.PersonaId is { } pid ? ChartBuilder.Id("persona", pid) : root;
            chart.Edge(booker, target, "booking", b.Basis == BookingBasis.Presence ? 0.3 : 0.8, string.Create(CultureInfo.InvariantCulture, $"booking {b.BookingRef} in {b.City} {b.CheckIn:yyyy-MM-dd}: {b.Reason}"));
        }

        AddMoney(store, chart, network, root);
        foreach (var n in chart.Nodes.Where(n => n.Kind != "network").ToList())
        {
            if (!chart.Edges.Any(e => e.Source == n.Id || e.Target == n.Id))
            {
                chart.Edge(n.Id, root, n.Kind, 0.1, "part of this lead");
            }
        }

        return chart.Build();
    }

    private static void AddContacts(IWorkspaceStore store, ChartBuilder chart, Dictionary<string, string> personaOfAd)
    {
        var ads = personaOfAd.Keys.Take(MaxAdsRead).ToList();
        var handleNames = new Dictionary<string, string>(StringComparer.Ordinal);
        var counts = new Dictionary<(string Persona, string Kind, string Value), int>();
        foreach (var s in store.ReadStatements(new StatementQuery { Schema = "Advertisement", Properties = ["email", "handle"], EntityIds = ads }))
        {
            var value = s.Property == "email" ? s.Value.ToLowerInvariant() : s.Value;
            var key = (personaOfAd[s.EntityId], s.Property, value);
            counts[key] = counts.GetValueOrDefault(key) + 1;
        }

        foreach (var ((persona, kind, value), n) in counts.OrderBy(kv => kv.Key.Persona, StringComparer.Ordinal).ThenBy(kv => kv.Key.Value, StringComparer.Ordinal))
        {
            var label = value;
            if (kind == "handle")
            {
                if (!handleNames.TryGetValue(value, out var name))
                {
                    handleNames[value] = name = store.GetEntity(value)?.First("name") ?? value;
                }

                label = name;
            }

            var node = chart.Node(kind, kind == "handle" ? label : value, label, n);
            chart.Edge(persona, node, kind, 0.9, ChartBuilder.Count(n, "of her ads") + " give" + (n == 1 ? "s" : string.Empty) + " this " + (kind == "email" ? "e-mail" : "handle"));
        }
    }

    private static void AddTemplates(Investigation investigation, ChartBuilder chart, Network network, Dictionary<string, string> personaOfAd)
    {
        var weight = network.Evidence.Where(e => e.Kind == EvidenceKind.Template).Select(e => e.Weight).DefaultIfEmpty(0.5).Max();

        // Which of the network's ads follow which template, from the ad → template index (a template's whole ad list
        // can hold tens of thousands of other advertisers' ads).
        var adsOf = new Dictionary<string, List<string>>(StringComparer.Ordinal);
        foreach (var ad in personaOfAd.Keys.Order(StringComparer.Ordinal))
        {
            if (investigation.TemplateOf(ad) is { } template)
            {
                if (!adsOf.TryGetValue(template, out var list))
                {
                    adsOf[template] = list = [];
                }

                list.Add(ad);
            }
        }

        foreach (var chunk in network.TemplateIds.Chunk(ResultLimits.MaxPage))
        {
            foreach (var t in LinkResults.TemplateHeads(investigation.Store, chunk))
            {
                var hub = investigation.HubsOf(t.Id).FirstOrDefault();
                var node = chart.Node("template", t.Id, t.Id, t.AdCount, hub?.Action == HubAction.Cut, detail: hub?.Reason ?? Preview(t));
                foreach (var g in adsOf.GetValueOrDefault(t.Id, []).GroupBy(a => personaOfAd[a], StringComparer.Ordinal))
                {
                    chart.Edge(g.Key, node, "template", weight, ChartBuilder.Count(g.Count(), "of her ads") + " follow this text template");
                }
            }
        }
    }

    private static void AddMoney(IWorkspaceStore store, ChartBuilder chart, Network network, string root)
    {
        if (Money.MoneyResults.OfNetwork(store, network.Id) is not { } money)
        {
            return;
        }

        var bookerOfRef = network.Bookings.GroupBy(b => b.BookingRef, StringComparer.Ordinal).ToDictionary(g => g.Key, g => g.First().BookerName ?? g.Key, StringComparer.Ordinal);
        var direct = new List<string>();
        foreach (var tie in money.Accounts)
        {
            var node = chart.Node("account", tie.Account, tie.Holder is { Length: > 0 } h ? h + " " + tie.Account : tie.Account, 0, detail: tie.Roles);
            var target = root;
            if (tie.Direct)
            {
                direct.Add(node);
                var booking = bookerOfRef.Keys.FirstOrDefault(r => tie.Reason.Contains(r, StringComparison.Ordinal));
                var contact = chart.Nodes.FirstOrDefault(n => n.Kind is "phone" or "email" && tie.Reason.Contains(n.Value, StringComparison.OrdinalIgnoreCase));
                target = booking is not null ? ChartBuilder.Id("booker", bookerOfRef[booking]) : contact?.Id ?? root;
                chart.Edge(node, target, "money", 0.8, tie.Reason);
            }
            else
            {
                foreach (var from in direct)
                {
                    chart.Edge(from, node, "money", 0.5, tie.Reason);
                }
            }
        }
    }

    private static string Preview(Link.TemplateHead t)
    {
        var text = t.Render().ReplaceLineEndings(" ");
        return text.Length <= 160 ? text : string.Concat(text.AsSpan(0, 159), "…");
    }

    private static string? KindOf(EvidenceKind kind) => kind switch
    {
        EvidenceKind.Phone => "phone",
        EvidenceKind.Email => "email",
        EvidenceKind.Handle => "handle",
        EvidenceKind.Photo => "photo",
        EvidenceKind.Template => "template",
        EvidenceKind.Booking => "booking",
        _ => null,
    };

    private static LinkChart Collapsed(string networkId, List<GraphNode> nodes, List<GraphEdge> edges)
    {
        var of = nodes.ToDictionary(n => n.Id, n => n.Community, StringComparer.Ordinal);
        var groups = nodes.GroupBy(n => n.Community).OrderBy(g => g.Key).ToList();
        var communityNodes = groups.Select(g => CommunityNode(g.Key, g.ToList())).ToList();
        return new LinkChart(networkId, communityNodes, Between(edges, of, _ => true), Collapsed: true, nodes.Count, null);
    }

    private static LinkChart Expanded(string networkId, List<GraphNode> nodes, List<GraphEdge> edges, int community)
    {
        var of = nodes.ToDictionary(n => n.Id, n => n.Community, StringComparer.Ordinal);
        var inside = nodes.Where(n => n.Community == community).Take(MaxNodes).ToList();
        var insideIds = inside.Select(n => n.Id).ToHashSet(StringComparer.Ordinal);
        var shownEdges = edges.Where(e => insideIds.Contains(e.Source) && insideIds.Contains(e.Target)).ToList();
        // Neighbouring communities stay collapsed; edges to them are summed.
        var outside = new Dictionary<(string, int), (double Weight, int Count)>();
        foreach (var e in edges)
        {
            var (a, b) = (insideIds.Contains(e.Source), insideIds.Contains(e.Target));
            if (a == b || e.Cut)
            {
                continue;
            }

            var (inner, other) = a ? (e.Source, of[e.Target]) : (e.Target, of[e.Source]);
            var (w, n) = outside.GetValueOrDefault((inner, other));
            outside[(inner, other)] = (w + e.Weight, n + 1);
        }

        var neighbourIds = outside.Keys.Select(k => k.Item2).Distinct().ToHashSet();
        var neighbours = nodes.Where(n => neighbourIds.Contains(n.Community)).GroupBy(n => n.Community).OrderBy(g => g.Key).Select(g => CommunityNode(g.Key, g.ToList()));
        shownEdges.AddRange(outside.OrderBy(kv => kv.Key.Item1, StringComparer.Ordinal).ThenBy(kv => kv.Key.Item2).Select(kv =>
            new GraphEdge(kv.Key.Item1, CommunityId(kv.Key.Item2), "community", Math.Round(kv.Value.Weight, 3), ChartBuilder.Count(kv.Value.Count, "tie") + " into that community", false)));
        return new LinkChart(networkId, [.. inside, .. neighbours], shownEdges, Collapsed: false, nodes.Count, community);
    }

    private static List<GraphEdge> Between(List<GraphEdge> edges, Dictionary<string, int> of, Func<GraphEdge, bool> keep)
    {
        var sums = new SortedDictionary<(int, int), (double Weight, int Count)>();
        foreach (var e in edges.Where(e => !e.Cut && keep(e)))
        {
            var (a, b) = (of[e.Source], of[e.Target]);
            if (a == b)
            {
                continue;
            }

            var key = a < b ? (a, b) : (b, a);
            var (w, n) = sums.GetValueOrDefault(key);
            sums[key] = (w + e.Weight, n + 1);
        }

        return sums.Select(kv => new GraphEdge(CommunityId(kv.Key.Item1), CommunityId(kv.Key.Item2), "community", Math.Round(kv.Value.Weight, 3), ChartBuilder.Count(kv.Value.Count, "tie") + " between these communities", false)).ToList();
    }

    private static GraphNode CommunityNode(int community, List<GraphNode> members)
    {
        var personas = members.Count(n => n.Kind == "persona");
        var label = string.Create(CultureInfo.InvariantCulture, $"{members.Count} nodes ({personas} personas)");
        var detail = string.Join(", ", members.GroupBy(n => n.Kind).OrderByDescending(g => g.Count()).Select(g => ChartBuilder.Count(g.Count(), g.Key)));
        return new GraphNode(CommunityId(community), "community", community.ToString(CultureInfo.InvariantCulture), label, members.Count, false, community, detail);
    }

    private static string CommunityId(int community) => "community:" + community.ToString(CultureInfo.InvariantCulture);
}
