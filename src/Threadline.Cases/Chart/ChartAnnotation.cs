namespace Threadline.Cases.Chart;

/// <summary>An analyst's annotation on a chart node, with who wrote it and when.</summary>
public sealed record ChartAnnotation(string Text, string By, DateTimeOffset At);
