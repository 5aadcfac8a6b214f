using System.Collections.Immutable;
using Threadline.Cases.Model;

namespace Threadline.Cases.Chart;

/// <summary>
/// How the case's chart is laid out: the attached network its generated graph starts from, the nodes pinned where an
/// analyst put them, the nodes hidden, and annotations on nodes. One per case; every change is a new version.
/// </summary>
public sealed record ChartView
{
    /// <summary>The most pinned, hidden or annotated nodes.</summary>
    public const int MaxNodes = 10_000;

    /// <summary>Coordinates beyond this are refused (a chart is a few thousand units wide).</summary>
    public const double MaxCoordinate = 1_000_000;

    public static ChartView Empty { get; } = new();

    /// <summary>The attached network lead the generated graph comes from (null: the first attached).</summary>
    public string? BaseNetwork { get; private init; }

    public ImmutableSortedDictionary<string, ChartPosition> Pins { get; private init; } = ImmutableSortedDictionary.Create<string, ChartPosition>(StringComparer.Ordinal);

    public ImmutableSortedSet<string> Hidden { get; private init; } = ImmutableSortedSet.Create<string>(StringComparer.Ordinal);

    public ImmutableSortedDictionary<string, ChartAnnotation> Annotations { get; private init; } = ImmutableSortedDictionary.Create<string, ChartAnnotation>(StringComparer.Ordinal);

    /// <summary>Starts the chart from another attached network lead.</summary>
    public ChartView From(string? networkId) => this with { BaseNetwork = networkId is null ? null : Text.Id(networkId, "network") };

    public ChartView Pin(string node, double x, double y)
    {
        var id = ChartText.Node(node, nameof(node));
        if (!double.IsFinite(x) || !double.IsFinite(y) || Math.Abs(x) > MaxCoordinate || Math.Abs(y) > MaxCoordinate)
        {
            throw new ArgumentException($"pin {id}: coordinates must be numbers within ±{MaxCoordinate:0}", nameof(x));
        }

        Bound(Pins.ContainsKey(id) ? 0 : Pins.Count, "pinned");
        return this with { Pins = Pins.SetItem(id, new ChartPosition(Math.Round(x, 2), Math.Round(y, 2))) };
    }

    public ChartView Unpin(string node) => this with { Pins = Pins.Remove(ChartText.Node(node, nameof(node))) };

    public ChartView Hide(string node)
    {
        var id = ChartText.Node(node, nameof(node));
        Bound(Hidden.Contains(id) ? 0 : Hidden.Count, "hidden");
        return this with { Hidden = Hidden.Add(id) };
    }

    public ChartView Show(string node) => this with { Hidden = Hidden.Remove(ChartText.Node(node, nameof(node))) };

    /// <summary>Sets a node's annotation, or removes it when <paramref name="text"/> is empty.</summary>
    public ChartView Annotate(string node, string? text, string by, DateTimeOffset at)
    {
        var id = ChartText.Node(node, nameof(node));
        var t = Text.Optional(text, "annotation", ChartText.MaxNote);
        if (t is null)
        {
            return this with { Annotations = Annotations.Remove(id) };
        }

        Bound(Annotations.ContainsKey(id) ? 0 : Annotations.Count, "annotated");
        return this with { Annotations = Annotations.SetItem(id, new ChartAnnotation(t, Text.Id(by, nameof(by)), at.ToUniversalTime())) };
    }

    /// <summary>Whether a node is hidden.</summary>
    public bool IsHidden(string node) => Hidden.Contains(node);

    private static void Bound(int count, string what)
    {
        if (count >= MaxNodes)
        {
            throw new InvalidOperationException($"a chart keeps at most {MaxNodes} {what} nodes");
        }
    }
}
