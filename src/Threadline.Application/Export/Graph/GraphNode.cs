namespace Threadline.Application.Export.Graph;

/// <summary>An FtM entity seen as a node of a graph: its label, type, the days it was active and a few properties to show.</summary>
/// <param name="Id">The entity id.</param>
/// <param name="Label">Its caption (name, title, user name, file name or address).</param>
/// <param name="Schema">Its FtM schema.</param>
/// <param name="Start">The first day it was seen or dated (yyyy-MM-dd), or null.</param>
/// <param name="End">The last such day, or null.</param>
/// <param name="Attributes">Property values to show, joined by " | ", by attribute name.</param>
public sealed record GraphNode(string Id, string Label, string Schema, string? Start, string? End, IReadOnlyDictionary<string, string> Attributes);
