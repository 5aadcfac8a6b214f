using Threadline.Cases.Grading;

namespace Threadline.Application.Cases.Chart;

/// <summary>
/// What one export of a case chart carries: the nodes and edges the handling codes allow for its purpose (victim names
/// replaced by pseudonyms everywhere), the items withheld with the reason for each, and who exported it, when and why.
/// </summary>
public sealed record ChartDisclosure(
    string Reference,
    ExportPurpose Purpose,
    string Reason,
    string By,
    DateTimeOffset At,
    IReadOnlyList<CaseChartNode> Nodes,
    IReadOnlyList<CaseChartEdge> Edges,
    IReadOnlyList<ChartWithheld> Withheld)
{
    /// <summary>The purpose's name (<c>judicial-file</c>).</summary>
    public string PurposeName => ChartPurposes.Name(Purpose);

    /// <summary>The lines every export prints first: case, purpose, justification, who and when, the rule on markings.</summary>
    public IReadOnlyList<string> Heading() =>
    [
        $"Case {Reference}: link chart exported for {ChartPurposes.Words(Purpose)} ({PurposeName})",
        $"Exported by {By} at {At.UtcDateTime:yyyy-MM-dd HH:mm} UTC. Justification: {Reason}",
        "Each item carries its EU 4x4 grade and Europol handling code; respect them. Generated items are leads, not findings. Victims appear by pseudonym only.",
        Withheld.Count == 0 ? "Nothing withheld." : $"{Withheld.Count} item(s) withheld (listed with the reason).",
    ];
}
