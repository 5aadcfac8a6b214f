using System.Globalization;

namespace Threadline.Application.Queries.Graph;

/// <summary>Collects a chart's nodes and edges, one node per id and one edge per pair and kind (the strongest reason kept).</summary>
internal sealed class ChartBuilder
{
    private readonly Dictionary<string, GraphNode> _nodes = new(StringComparer.Ordinal);
    private readonly Dictionary<(string, string, string), GraphEdge> _edges = [];

    public IReadOnlyCollection<GraphNode> Nodes => _nodes.Values;

    public IReadOnlyCollection<GraphEdge> Edges => _edges.Values;

    public static string Id(string kind, string value) => kind + ":" + value;

    public bool Has(string id) => _nodes.ContainsKey(id);

    public string Node(string kind, string value, string label, int ads, bool cut = false, string? detail = null)
    {
        var id = Id(kind, value);
        if (_nodes.TryGetValue(id, out var old))
        {
            _nodes[id] = old with { Ads = Math.Max(old.Ads, ads), Cut = old.Cut || cut, Detail = old.Detail ?? detail };
        }
        else
        {
            _nodes[id] = new GraphNode(id, kind, value, Short(label), ads, cut, 0, detail);
        }

        return id;
    }

    public void Edge(string source, string target, string kind, double weight, string reason, bool cut = false)
    {
        if (string.Equals(source, target, StringComparison.Ordinal) || !_nodes.ContainsKey(source) || !_nodes.ContainsKey(target))
        {
            return;
        }

        var key = string.CompareOrdinal(source, target) < 0 ? (source, target, kind) : (target, source, kind);
        var edge = new GraphEdge(source, target, kind, Math.Round(cut ? 0 : weight, 3), reason, cut);
        if (!_edges.TryGetValue(key, out var old) || old.Weight < edge.Weight)
        {
            _edges[key] = edge;
        }
    }

    /// <summary>Every node with its community set.</summary>
    public (List<GraphNode> Nodes, List<GraphEdge> Edges) Build()
    {
        var nodes = _nodes.Values.OrderBy(n => n.Id, StringComparer.Ordinal).ToList();
        var index = nodes.Select((n, i) => (n.Id, i)).ToDictionary(x => x.Id, x => x.i, StringComparer.Ordinal);
        var edges = _edges.Values.OrderBy(e => e.Source, StringComparer.Ordinal).ThenBy(e => e.Target, StringComparer.Ordinal).ThenBy(e => e.Kind, StringComparer.Ordinal).ToList();
        var community = Communities.Of(nodes.Select(n => n.Id).ToList(), edges.Where(e => !e.Cut && !e.Source.StartsWith("network:", StringComparison.Ordinal) && !e.Target.StartsWith("network:", StringComparison.Ordinal)).Select(e => (index[e.Source], index[e.Target], e.Weight)));
        return (nodes.Select((n, i) => n with { Community = community[i] }).ToList(), edges);
    }

    private static string Short(string label) =>
        label.Length <= 40 ? label : string.Concat(label.AsSpan(0, 39), "…");

    public static string Count(int n, string what) =>
        string.Create(CultureInfo.InvariantCulture, $"{n} {what}{(n == 1 ? string.Empty : "s")}");
}
