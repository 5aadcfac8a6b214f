using System.IO.Compression;
using Threadline.Application.Export.Csv;
using Threadline.Application.Export.Ftm;
using Threadline.Application.Export.Graph;

namespace Threadline.Application.Export.I2;

/// <summary>
/// Writes FtM entities as the two tables i2 Analyst's Notebook's importer reads (a ZIP of <c>entities.csv</c> and
/// <c>links.csv</c>): one row per entity with its identity, type, label, date and the identifiers an analyst matches on;
/// one row per link with both ends' ids and types, the link's type, label, dates, amount and direction. A link whose
/// end is not in the export is left out.
/// </summary>
public static class I2Writer
{
    public static readonly IReadOnlyList<string> EntityColumns =
        ["Entity ID", "Entity Type", "Label", "Date", "End Date", "Country", "Phone", "Email", "Account", "Address", "Description", "Source URL"];

    public static readonly IReadOnlyList<string> LinkColumns =
        ["Link ID", "From ID", "From Type", "To ID", "To Type", "Link Type", "Label", "Date", "End Date", "Amount", "Currency", "Direction", "Description"];

    public static (long Entities, long Links) Write(IEnumerable<FtmEntity> entities, Stream output)
    {
        ArgumentNullException.ThrowIfNull(entities);
        var types = new Dictionary<string, string>(StringComparer.Ordinal);
        long links = 0;
        using var spill = new SpillFile<GraphEdge>();
        using (var zip = new ZipArchive(output, ZipArchiveMode.Create, leaveOpen: true))
        {
            using (var table = CsvText.Entry(zip, "entities.csv"))
            {
                table.Write(CsvText.Line(EntityColumns));
                foreach (var entity in entities)
                {
                    foreach (var e in FtmGraph.Edges(entity))
                    {
                        spill.Add(e);
                    }

                    if (FtmGraph.IsEdge(entity))
                    {
                        continue;
                    }

                    var node = FtmGraph.Node(entity);
                    types[node.Id] = node.Schema;
                    table.Write(CsvText.Line(
                    [
                        node.Id, node.Schema, node.Label, node.Start, node.End,
                        Values(entity, "country", "nationality", "jurisdiction"),
                        Values(entity, "phone", "phoneMentioned", "number"),
                        Values(entity, "email", "emailMentioned"),
                        Values(entity, "iban", "accountNumber", "username"),
                        Values(entity, "full", "address", "location"),
                        Values(entity, "summary", "description"),
                        Values(entity, "sourceUrl", "website"),
                    ]));
                }
            }

            using var linkTable = CsvText.Entry(zip, "links.csv");
            linkTable.Write(CsvText.Line(LinkColumns));
            var ids = new HashSet<string>(StringComparer.Ordinal);
            foreach (var e in spill.Read())
            {
                if (!types.TryGetValue(e.Source, out var from) || !types.TryGetValue(e.Target, out var to) || !ids.Add(e.Id))
                {
                    continue;
                }

                links++;
                linkTable.Write(CsvText.Line([e.Id, e.Source, from, e.Target, to, e.Kind, e.Label, e.Start, e.End, e.Amount, e.Currency, "Directed", e.Evidence]));
            }
        }

        return (types.Count, links);
    }

    private static string Values(FtmEntity entity, params string[] properties) => CsvText.Join(properties.SelectMany(entity.Get).Distinct(StringComparer.Ordinal));
}
