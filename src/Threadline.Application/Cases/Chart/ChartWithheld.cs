namespace Threadline.Application.Cases.Chart;

/// <summary>An item an export left out, and why (the handling code's rule, a withheld end, or hidden on the chart).</summary>
public sealed record ChartWithheld(string Id, string Item, string Reason);
