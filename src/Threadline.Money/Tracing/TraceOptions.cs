namespace Threadline.Money.Tracing;

/// <summary>Parameters of a money trace.</summary>
/// <param name="From">Only transactions at or after this time (null: from the start).</param>
/// <param name="To">Only transactions at or before this time (null: to the end).</param>
/// <param name="MaxDestinations">Most destinations listed.</param>
/// <param name="MaxFlows">Most account-to-account flows listed as evidence.</param>
public sealed record TraceOptions(DateTimeOffset? From = null, DateTimeOffset? To = null, int MaxDestinations = 50, int MaxFlows = 200)
{
    /// <summary>Whole period, 50 destinations, 200 flows.</summary>
    public static TraceOptions Default { get; } = new();
}
