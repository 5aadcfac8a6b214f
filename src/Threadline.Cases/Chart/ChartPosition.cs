namespace Threadline.Cases.Chart;

/// <summary>Where an analyst pinned a node (chart coordinates).</summary>
public readonly record struct ChartPosition(double X, double Y);
