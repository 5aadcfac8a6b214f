using System.IO.Compression;
using Threadline.Application.Export.Ftm;
using Threadline.Application.Export.Graph;

namespace Threadline.Application.Export.Csv;

/// <summary>
/// Writes FtM entities as one CSV table per schema, packed in a ZIP (<c>Person.csv</c>, <c>Payment.csv</c> …): an
/// <c>id</c> column, then one column per property the schema's entities use, in ordinal order; several values of a
/// property share a cell (<see cref="CsvText.Join"/>). <see cref="CsvTablesReader"/> reads it back.
/// </summary>
public static class CsvTablesWriter
{
    public static long Write(IEnumerable<FtmEntity> entities, Stream output)
    {
        ArgumentNullException.ThrowIfNull(entities);
        var tables = new SortedDictionary<string, (SpillFile<Dictionary<string, string>> Rows, SortedSet<string> Columns)>(StringComparer.Ordinal);
        long written = 0;
        try
        {
            foreach (var entity in entities)
            {
                if (!tables.TryGetValue(entity.Schema.Name, out var table))
                {
                    table = (new SpillFile<Dictionary<string, string>>(), new SortedSet<string>(StringComparer.Ordinal));
                    tables[entity.Schema.Name] = table;
                }

                var row = new Dictionary<string, string>(StringComparer.Ordinal) { ["id"] = entity.Id };
                foreach (var (name, values) in entity.Properties)
                {
                    row[name] = CsvText.Join(values.Select(v => v.Value));
                    table.Columns.Add(name);
                }

                table.Rows.Add(row);
                written++;
            }

            using var zip = new ZipArchive(output, ZipArchiveMode.Create, leaveOpen: true);
            foreach (var (schema, (rows, columns)) in tables)
            {
                using var text = CsvText.Entry(zip, schema + ".csv");
                var header = columns.Prepend("id").ToList();
                text.Write(CsvText.Line(header));
                foreach (var row in rows.Read())
                {
                    text.Write(CsvText.Line(header.Select(c => row.GetValueOrDefault(c))));
                }
            }
        }
        finally
        {
            foreach (var (rows, _) in tables.Values)
            {
                rows.Dispose();
            }
        }

        return written;
    }
}
