using System.Collections.Immutable;

namespace Threadline.Cases.Chart;

/// <summary>
/// What a case's link chart holds as stored now: the entities and links added by hand and the view (base network, pins,
/// hidden nodes, annotations). The generated graph it starts from is read from the workspace by the application layer.
/// </summary>
public sealed record CaseChart(string Reference, ImmutableArray<ChartEntity> Entities, ImmutableArray<ChartLink> Links, ChartView View)
{
    /// <summary>The most entities, and the most links, a chart holds.</summary>
    public const int MaxItems = 10_000;

    public ChartEntity? Entity(string id) => Entities.FirstOrDefault(e => string.Equals(e.Id, id, StringComparison.Ordinal));

    public ChartLink? Link(string id) => Links.FirstOrDefault(l => string.Equals(l.Id, id, StringComparison.Ordinal));
}
