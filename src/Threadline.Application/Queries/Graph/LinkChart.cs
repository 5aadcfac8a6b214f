namespace Threadline.Application.Queries.Graph;

/// <summary>
/// A network as a link chart: personas and what ties them (phones, e-mails, handles, templates, photo clusters,
/// bookers, accounts) as nodes, every edge with its reason and weight. A chart of more than
/// <see cref="LinkCharts.MaxNodes"/> nodes comes collapsed: one node per community, with a count, and edges between them.
/// </summary>
/// <param name="NetworkId">The network.</param>
/// <param name="Nodes">Nodes drawn.</param>
/// <param name="Edges">Edges drawn.</param>
/// <param name="Collapsed">True when the nodes are communities.</param>
/// <param name="NodeTotal">Nodes in the whole chart.</param>
/// <param name="Community">The community expanded, when one was asked for.</param>
public sealed record LinkChart(string NetworkId, IReadOnlyList<GraphNode> Nodes, IReadOnlyList<GraphEdge> Edges, bool Collapsed, int NodeTotal, int? Community);
