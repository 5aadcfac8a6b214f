using System.Text.Json;
using Threadline.Application.Export.Csv;

namespace Threadline.Cli.Tests.Export;

/// <summary>FtM statements as rows of field → value, from JSON Lines or CSV.</summary>
internal static class StatementRows
{
    public static List<IReadOnlyDictionary<string, string?>> Json(string path)
    {
        var rows = new List<IReadOnlyDictionary<string, string?>>();
        foreach (var line in File.ReadLines(path).Where(l => l.Length > 0))
        {
            using var doc = JsonDocument.Parse(line);
            var row = new Dictionary<string, string?>(StringComparer.Ordinal);
            foreach (var p in doc.RootElement.EnumerateObject())
            {
                row[p.Name] = p.Value.ValueKind switch
                {
                    JsonValueKind.Null => null,
                    JsonValueKind.String => p.Value.GetString(),
                    _ => p.Value.GetRawText(),
                };
            }

            rows.Add(row);
        }

        return rows;
    }

    public static List<IReadOnlyDictionary<string, string?>> Csv(string path)
    {
        var records = CsvTablesReader.Records(File.ReadAllText(path)).ToList();
        var header = records[0];
        return records.Skip(1).Select(r =>
        {
            var row = new Dictionary<string, string?>(StringComparer.Ordinal);
            for (var i = 0; i < header.Count; i++)
            {
                row[header[i]] = r[i].Length == 0 ? null : r[i];
            }

            return (IReadOnlyDictionary<string, string?>)row;
        }).ToList();
    }

    /// <summary>A row in one comparable string (the fields both forms share; CSV writes <c>external</c> as f/t, JSON as a boolean).</summary>
    public static string Canonical(IReadOnlyDictionary<string, string?> row) =>
        string.Join("|", new[] { "id", "entity_id", "canonical_id", "schema", "prop", "prop_type", "value", "dataset", "lang", "original_value", "first_seen", "last_seen", "origin" }.Select(f => f + "=" + row.GetValueOrDefault(f)));
}
