using System.IO.Compression;
using System.Text;

namespace Threadline.Application.Export.Csv;

/// <summary>Reads back what <see cref="CsvTablesWriter"/> wrote: per table (schema), each row's id and property values.</summary>
public static class CsvTablesReader
{
    public static IReadOnlyDictionary<string, IReadOnlyList<(string Id, IReadOnlyDictionary<string, IReadOnlyList<string>> Properties)>> Read(Stream zipStream)
    {
        using var zip = new ZipArchive(zipStream, ZipArchiveMode.Read, leaveOpen: true);
        var result = new SortedDictionary<string, IReadOnlyList<(string, IReadOnlyDictionary<string, IReadOnlyList<string>>)>>(StringComparer.Ordinal);
        foreach (var entry in zip.Entries.OrderBy(e => e.FullName, StringComparer.Ordinal))
        {
            using var reader = new StreamReader(entry.Open(), Encoding.UTF8, detectEncodingFromByteOrderMarks: true);
            var records = Records(reader.ReadToEnd()).ToList();
            if (records.Count == 0)
            {
                continue;
            }

            var header = records[0];
            var rows = new List<(string, IReadOnlyDictionary<string, IReadOnlyList<string>>)>();
            foreach (var record in records.Skip(1))
            {
                var props = new SortedDictionary<string, IReadOnlyList<string>>(StringComparer.Ordinal);
                for (var i = 1; i < header.Count && i < record.Count; i++)
                {
                    if (record[i].Length > 0)
                    {
                        props[header[i]] = CsvText.Split(record[i]);
                    }
                }

                rows.Add((record[0], props));
            }

            result[Path.GetFileNameWithoutExtension(entry.FullName)] = rows;
        }

        return result;
    }

    /// <summary>RFC 4180 records of a whole text.</summary>
    internal static IEnumerable<List<string>> Records(string text)
    {
        var record = new List<string>();
        var field = new StringBuilder();
        var quoted = false;
        var any = false;
        for (var i = 0; i < text.Length; i++)
        {
            var c = text[i];
            any = true;
            if (quoted)
            {
                if (c == '"' && i + 1 < text.Length && text[i + 1] == '"')
                {
                    field.Append('"');
                    i++;
                }
                else if (c == '"')
                {
                    quoted = false;
                }
                else
                {
                    field.Append(c);
                }
            }
            else if (c == '"')
            {
                quoted = true;
            }
            else if (c == ',')
            {
                record.Add(field.ToString());
                field.Clear();
            }
            else if (c is '\r' or '\n')
            {
                if (c == '\r' && i + 1 < text.Length && text[i + 1] == '\n')
                {
                    i++;
                }

                record.Add(field.ToString());
                field.Clear();
                yield return record;
                record = [];
                any = false;
            }
            else
            {
                field.Append(c);
            }
        }

        if (any)
        {
            record.Add(field.ToString());
            yield return record;
        }
    }
}
