namespace Threadline.Application.Export.Graph;

/// <summary>A relationship between two entities: an FtM relationship entity (a payment, a membership) or a reference (an event's booker).</summary>
/// <param name="Id">The relationship entity's id, or the referring entity's id with the property and target.</param>
/// <param name="Source">The id of the entity it goes from.</param>
/// <param name="Target">The id of the entity it goes to.</param>
/// <param name="Kind">The FtM schema of the relationship, or the name of the referring property.</param>
/// <param name="Label">What it says (a role, an amount, a property's name).</param>
/// <param name="Weight">Its weight: a payment's amount, else 1.</param>
/// <param name="Start">The first day it held (yyyy-MM-dd), or null.</param>
/// <param name="End">The last day it held, or null.</param>
/// <param name="Amount">A payment's amount, or null.</param>
/// <param name="Currency">A payment's currency, or null.</param>
/// <param name="Evidence">Why it holds: the relationship's summary, description and role, or null.</param>
public sealed record GraphEdge(string Id, string Source, string Target, string Kind, string Label, double Weight, string? Start, string? End, string? Amount, string? Currency, string? Evidence);
