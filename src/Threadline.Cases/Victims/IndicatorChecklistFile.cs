namespace Threadline.Cases.Victims;

/// <summary>The shape of Data/victim-indicators.json.</summary>
internal sealed record IndicatorChecklistFile(Indicator[] Indicators);
