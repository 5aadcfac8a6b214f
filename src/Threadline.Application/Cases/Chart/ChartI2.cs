using System.IO.Compression;
using Threadline.Application.Export.Csv;

namespace Threadline.Application.Cases.Chart;

/// <summary>
/// Writes a chart disclosure as the tables i2 Analyst's Notebook's importer reads, in a ZIP: <c>entities.csv</c> (id,
/// type, label, marking, grade, handling code, source, date, who added it and when, description), <c>links.csv</c> (id,
/// both ends with their types, link type, marking, source, date, direction, …), <c>withheld.csv</c> (what was left out
/// and why) and <c>README.txt</c> (case, purpose, justification). A cell a spreadsheet would read as a formula is
/// prefixed with <c>'</c>.
/// </summary>
public static class ChartI2
{
    public static readonly IReadOnlyList<string> EntityColumns =
        ["Entity ID", "Entity Type", "Label", "Marking", "Grade", "Handling Code", "Source", "Date", "Added By", "Added At", "Description"];

    public static readonly IReadOnlyList<string> LinkColumns =
        ["Link ID", "From ID", "From Type", "To ID", "To Type", "Link Type", "Marking", "Grade", "Handling Code", "Source", "Date", "Direction", "Added By", "Added At", "Description"];

    public static readonly IReadOnlyList<string> WithheldColumns = ["Item ID", "Item", "Reason"];

    public static void Write(ChartDisclosure d, Stream output)
    {
        ArgumentNullException.ThrowIfNull(d);
        var types = d.Nodes.ToDictionary(n => n.Id, n => n.Kind, StringComparer.Ordinal);
        using var zip = new ZipArchive(output, ZipArchiveMode.Create, leaveOpen: true);
        using (var readme = CsvText.Entry(zip, "README.txt"))
        {
            foreach (var line in d.Heading())
            {
                readme.WriteLine(line);
            }

            readme.WriteLine("Files: entities.csv and links.csv (i2 Analyst's Notebook import: identity = Entity ID; link ends = From ID / To ID), withheld.csv.");
        }

        using (var table = CsvText.Entry(zip, "entities.csv"))
        {
            table.Write(CsvText.Line(EntityColumns));
            foreach (var n in d.Nodes)
            {
                table.Write(Row([n.Id, n.Kind, n.Label, n.Grading, n.Marking.Grade.ToString(), n.Handling.ToString(), n.Source, n.Date, n.AddedBy, Instant(n.AddedAt), Join(n.Detail, n.Annotation?.Text)]));
            }
        }

        using (var table = CsvText.Entry(zip, "links.csv"))
        {
            table.Write(CsvText.Line(LinkColumns));
            foreach (var e in d.Edges)
            {
                table.Write(Row([e.Id, e.From, types[e.From], e.To, types[e.To], e.Kind, e.Grading, e.Marking.Grade.ToString(), e.Handling.ToString(), e.Source, e.Date, e.Directed ? "Directed" : "None", e.AddedBy, Instant(e.AddedAt), e.Detail]));
            }
        }

        using (var table = CsvText.Entry(zip, "withheld.csv"))
        {
            table.Write(CsvText.Line(WithheldColumns));
            foreach (var w in d.Withheld)
            {
                table.Write(Row([w.Id, w.Item, w.Reason]));
            }
        }
    }

    private static string Row(IEnumerable<string?> cells) => CsvText.Line(cells.Select(Safe));

    /// <summary>Text a spreadsheet would run as a formula is prefixed with <c>'</c> (a phone number's leading + is kept).</summary>
    internal static string? Safe(string? cell) =>
        cell is { Length: > 0 } c && (c[0] is '=' or '@' or '\t' or '\r' || (c[0] is '+' or '-' && (c.Length == 1 || !char.IsAsciiDigit(c[1])))) ? "'" + c : cell;

    private static string Instant(DateTimeOffset at) => at.UtcDateTime.ToString("yyyy-MM-dd HH:mm", System.Globalization.CultureInfo.InvariantCulture);

    private static string? Join(string? a, string? b) => a is null ? b : b is null ? a : a + " | " + b;
}
