namespace Threadline.Web.Pages.Shared;

/// <summary>The export links of a page: its API answer as JSON, its list as CSV, and (with a chart) the graph as PNG or SVG.</summary>
public sealed record ExportModel(string Json, string? Csv, bool Graph = false);
