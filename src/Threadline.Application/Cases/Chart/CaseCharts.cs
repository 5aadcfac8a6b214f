using System.Globalization;
using Threadline.Application.Queries;
using Threadline.Application.Queries.Graph;
using Threadline.Cases.Chart;
using Threadline.Cases.Model;
using Threadline.Cases.Store;

namespace Threadline.Application.Cases.Chart;

/// <summary>
/// Builds a case's link chart: the generated graph of an attached network lead (the network page's chart, each item
/// marked as the network's attachment and sourced to the link run), then the entities and links added by hand, then the
/// view (pins, hidden nodes, annotations). Personas are labelled by their id: names read from ads stay on the network page.
/// </summary>
public static class CaseCharts
{
    /// <summary>The chart of case <paramref name="reference"/>.</summary>
    /// <exception cref="KeyNotFoundException">No such case.</exception>
    public static CaseChartGraph Build(Investigation investigation, CaseFiles files, string reference)
    {
        ArgumentNullException.ThrowIfNull(investigation);
        ArgumentNullException.ThrowIfNull(files);
        var file = files.Get(reference);
        var chart = files.Chart(reference);
        var networks = file.Case.Attachments.Where(a => a.Kind == AttachmentKind.NetworkLead).ToList();
        var attached = networks.FirstOrDefault(a => string.Equals(a.Id, chart.View.BaseNetwork, StringComparison.Ordinal)) ?? networks.FirstOrDefault();
        var nodes = new List<CaseChartNode>();
        var edges = new List<CaseChartEdge>();
        var collapsed = false;
        if (attached is not null && LinkCharts.Of(investigation, attached.Id) is { } generated)
        {
            collapsed = generated.Collapsed;
            var source = string.Create(CultureInfo.InvariantCulture, $"Threadline link run: network lead {attached.Id} (a lead, not a finding), attached {attached.AttachedAt:yyyy-MM-dd}");
            foreach (var n in generated.Nodes)
            {
                var label = n.Kind == "persona" ? n.Value : n.Label;
                nodes.Add(View(chart.View, new CaseChartNode(n.Id, n.Kind, label, false, source, attached.AttachedBy, attached.AttachedAt, null, n.Kind == "persona" ? null : n.Detail, false, null, null, attached.Marking)));
            }

            edges.AddRange(generated.Edges.Select((e, i) => new CaseChartEdge(
                string.Create(CultureInfo.InvariantCulture, $"gen:{i}"), e.Source, e.Target, e.Kind, false, source, attached.AttachedBy, attached.AttachedAt, null, e.Reason, e.Weight, false, attached.Marking)));
        }

        var persons = file.Case.Persons.ToDictionary(p => p.Id, StringComparer.Ordinal);
        foreach (var e in chart.Entities.OrderBy(e => e.Id, StringComparer.Ordinal))
        {
            // A victim is drawn by her pseudonym whatever the stored label says (the store refuses another one).
            var label = e.PersonId is { } pid && persons.TryGetValue(pid, out var person) && person.Pseudonym is { } pseudonym ? pseudonym.Value : e.Label;
            nodes.Add(View(chart.View, new CaseChartNode(e.NodeId, e.Type.ToString().ToLowerInvariant(), label, true, e.Source, e.AddedBy, e.AddedAt, Day(e.Date), e.Note, false, null, null, e.Marking)));
        }

        var ids = nodes.Select(n => n.Id).ToHashSet(StringComparer.Ordinal);
        var dangling = 0;
        foreach (var l in chart.Links.OrderBy(l => l.Id, StringComparer.Ordinal))
        {
            if (!ids.Contains(l.From) || !ids.Contains(l.To))
            {
                dangling++;
                continue;
            }

            edges.Add(new CaseChartEdge("link:" + l.Id, l.From, l.To, l.Type, true, l.Source, l.AddedBy, l.AddedAt, Day(l.Date), l.Note, 1, l.Directed, l.Marking));
        }

        return new CaseChartGraph(file.Reference, attached?.Id, [.. networks.Select(a => a.Id)], nodes, edges, collapsed, dangling);
    }

    /// <summary>Whether <paramref name="node"/> is on the chart (a link drawn by hand must end on one).</summary>
    public static bool Has(CaseChartGraph chart, string node)
    {
        ArgumentNullException.ThrowIfNull(chart);
        return chart.Nodes.Any(n => string.Equals(n.Id, node, StringComparison.Ordinal));
    }

    private static CaseChartNode View(ChartView view, CaseChartNode node) => node with
    {
        Hidden = view.IsHidden(node.Id),
        Pin = view.Pins.TryGetValue(node.Id, out var p) ? p : null,
        Annotation = view.Annotations.GetValueOrDefault(node.Id),
    };

    private static string? Day(DateOnly? d) => d?.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);
}
