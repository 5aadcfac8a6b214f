namespace Threadline.Application.Cases.Chart;

/// <summary>
/// A case's link chart as drawn: the generated graph of one attached network lead (collapsed by community when large)
/// with the entities and links analysts added by hand, and the view's pins, hidden nodes and annotations.
/// </summary>
/// <param name="Reference">The case.</param>
/// <param name="BaseNetwork">The attached network lead the chart starts from (null: none attached).</param>
/// <param name="Networks">The network leads attached to the case (the chart may start from any).</param>
/// <param name="Nodes">Every node, hidden ones too (flagged).</param>
/// <param name="Edges">Every edge whose two ends are on the chart.</param>
/// <param name="Collapsed">True when the generated graph came collapsed by community.</param>
/// <param name="Dangling">Links drawn by hand whose end is no longer on the chart (another base network), not drawn.</param>
public sealed record CaseChartGraph(
    string Reference,
    string? BaseNetwork,
    IReadOnlyList<string> Networks,
    IReadOnlyList<CaseChartNode> Nodes,
    IReadOnlyList<CaseChartEdge> Edges,
    bool Collapsed,
    int Dangling);
