using System.IO.Compression;
using System.Text;

namespace Threadline.Application.Export.Csv;

/// <summary>
/// CSV as RFC 4180 writes it (a field with a comma, quote or line break in quotes, quotes doubled; CRLF between
/// records) in UTF-8 with a byte order mark, which Excel and i2 need to read it as UTF-8; and the ZIP entries the
/// table exports are packed in, dated 1980-01-01 so the same data gives the same bytes.
/// </summary>
public static class CsvText
{
    /// <summary>The separator between the values of a multi-valued property in one cell.</summary>
    public const char ValueSeparator = ';';

    private static readonly DateTimeOffset EntryTime = new(1980, 1, 1, 0, 0, 0, TimeSpan.Zero);

    public static string Line(IEnumerable<string?> cells) => string.Join(',', cells.Select(Field)) + "\r\n";

    public static string Field(string? value)
    {
        value ??= string.Empty;
        return value.AsSpan().IndexOfAny(",\"\r\n") >= 0 ? "\"" + value.Replace("\"", "\"\"", StringComparison.Ordinal) + "\"" : value;
    }

    /// <summary>Several values in one cell: joined by <c>;</c>, a <c>;</c> or <c>\</c> inside a value escaped with <c>\</c>.</summary>
    public static string Join(IEnumerable<string> values) =>
        string.Join(ValueSeparator, values.Select(v => v.Replace("\\", "\\\\", StringComparison.Ordinal).Replace(";", "\\;", StringComparison.Ordinal)));

    /// <summary>The values <see cref="Join"/> put in one cell.</summary>
    public static IReadOnlyList<string> Split(string cell)
    {
        ArgumentNullException.ThrowIfNull(cell);
        var values = new List<string>();
        if (cell.Length == 0)
        {
            return values;
        }

        var current = new StringBuilder();
        for (var i = 0; i < cell.Length; i++)
        {
            var c = cell[i];
            if (c == '\\' && i + 1 < cell.Length)
            {
                current.Append(cell[++i]);
            }
            else if (c == ValueSeparator)
            {
                values.Add(current.ToString());
                current.Clear();
            }
            else
            {
                current.Append(c);
            }
        }

        values.Add(current.ToString());
        return values;
    }

    /// <summary>Opens a new ZIP entry for writing text (UTF-8 with BOM).</summary>
    public static StreamWriter Entry(ZipArchive zip, string name)
    {
        ArgumentNullException.ThrowIfNull(zip);
        var entry = zip.CreateEntry(name, CompressionLevel.Optimal);
        entry.LastWriteTime = EntryTime;
        return new StreamWriter(entry.Open(), new UTF8Encoding(true), 1 << 16) { NewLine = "\r\n" };
    }
}
