namespace Threadline.Web.Cases;

/// <summary>An entity to add to a case chart by hand (JSON body or form fields). An existing id writes a new version.</summary>
public sealed record ChartEntityInput(string? Id, string? Type, string? Label, string? Source, string? Marking, string? Conditions, string? PersonId, string? Date, string? Note);

/// <summary>A link to draw on a case chart by hand. An existing id writes a new version.</summary>
public sealed record ChartLinkInput(string? Id, string? From, string? To, string? Type, string? Source, string? Marking, string? Conditions, string? Date, string? Note, bool? Directed);

/// <summary>One pin: a node and where it goes.</summary>
public sealed record ChartPinInput(string? Node, double? X, double? Y);

/// <summary>
/// A change of the chart's view: <c>pin</c> (with <see cref="Pins"/>, at most <see cref="ChartWrites.MaxPins"/>),
/// <c>unpin</c>, <c>hide</c>, <c>show</c>, <c>annotate</c> (node and text; empty text removes it), <c>base</c> (network).
/// </summary>
public sealed record ChartViewInput(string? Action, string? Node, string? Text, string? Network, IReadOnlyList<ChartPinInput>? Pins);
