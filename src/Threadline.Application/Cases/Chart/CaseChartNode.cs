using System.Text.Json.Serialization;
using Threadline.Cases.Chart;
using Threadline.Cases.Grading;

namespace Threadline.Application.Cases.Chart;

/// <summary>
/// A node of a case's link chart: from the generated graph of the attached network (marked as the network's attachment)
/// or added by hand, with its marking, source, who added it and when, and the view's pin, hidden flag and annotation.
/// </summary>
/// <param name="Id">Unique in the chart (<c>persona:P-1</c>, <c>entity:E1</c>).</param>
/// <param name="Kind">persona, phone, … for the generated graph; the entity type (person, address, …) for one added by hand.</param>
/// <param name="Label">What is drawn (a persona by its id, a victim by her pseudonym).</param>
/// <param name="Hand">True when an analyst added it.</param>
/// <param name="Source">Where the information comes from.</param>
/// <param name="AddedBy">Who added it (for the generated graph: who attached the network).</param>
/// <param name="AddedAt">When.</param>
/// <param name="Date">The day it is dated, if any (yyyy-MM-dd).</param>
/// <param name="Detail">One line more (the generated graph's detail, an entity's note).</param>
/// <param name="Hidden">Hidden on the chart (not exported).</param>
/// <param name="Pin">Where an analyst pinned it, if anywhere.</param>
/// <param name="Annotation">An analyst's annotation, if any.</param>
/// <param name="Marking">The 4×4 grade and handling code.</param>
public sealed record CaseChartNode(
    string Id,
    string Kind,
    string Label,
    bool Hand,
    string Source,
    string AddedBy,
    DateTimeOffset AddedAt,
    string? Date,
    string? Detail,
    bool Hidden,
    ChartPosition? Pin,
    ChartAnnotation? Annotation,
    [property: JsonIgnore] Marking Marking) : IMarked
{
    /// <summary>The marking as printed beside the item ("B2 · H1").</summary>
    public string Grading => Marking.Label;

    /// <summary>The handling code alone.</summary>
    public HandlingCode Handling => Marking.Handling;
}
