using System.Text.Json.Serialization;
using Threadline.Cases.Grading;

namespace Threadline.Application.Cases.Chart;

/// <summary>A link of a case's chart: generated (why linking tied the two) or drawn by hand, with its marking and source.</summary>
/// <param name="Id">Unique in the chart (<c>link:L1</c> for one drawn by hand).</param>
/// <param name="From">Node id.</param>
/// <param name="To">Node id.</param>
/// <param name="Kind">What ties them.</param>
/// <param name="Hand">True when an analyst drew it.</param>
/// <param name="Source">Where the information comes from.</param>
/// <param name="AddedBy">Who drew it (for the generated graph: who attached the network).</param>
/// <param name="AddedAt">When.</param>
/// <param name="Date">The day it held, if any.</param>
/// <param name="Detail">The reason linking gave, or the analyst's note.</param>
/// <param name="Weight">Linking's weight (1 for a link drawn by hand).</param>
/// <param name="Directed">Whether it has a direction.</param>
/// <param name="Marking">The 4×4 grade and handling code.</param>
public sealed record CaseChartEdge(
    string Id,
    string From,
    string To,
    string Kind,
    bool Hand,
    string Source,
    string AddedBy,
    DateTimeOffset AddedAt,
    string? Date,
    string? Detail,
    double Weight,
    bool Directed,
    [property: JsonIgnore] Marking Marking) : IMarked
{
    /// <summary>The marking as printed beside the item ("B2 · H1").</summary>
    public string Grading => Marking.Label;

    public HandlingCode Handling => Marking.Handling;
}
