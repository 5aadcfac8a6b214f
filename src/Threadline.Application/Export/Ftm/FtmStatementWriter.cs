using System.Text;
using System.Text.Json;

namespace Threadline.Application.Export.Ftm;

/// <summary>
/// Writes FtM statements as FtM's statement tools read them: JSON Lines with FtM's field names, or CSV with its columns
/// in its order (every field quoted, LF line ends, as Python's unix dialect writes).
/// </summary>
public sealed class FtmStatementWriter : IDisposable
{
    /// <summary>The CSV columns, in the order FtM's statement writer uses.</summary>
    public static readonly IReadOnlyList<string> CsvColumns =
        ["canonical_id", "entity_id", "prop", "prop_type", "schema", "value", "dataset", "lang", "original_value", "external", "first_seen", "last_seen", "origin", "id"];

    private readonly Stream _stream;
    private readonly bool _csv;
    private readonly Utf8JsonWriter? _json;
    private readonly StreamWriter? _text;

    public FtmStatementWriter(Stream stream, bool csv)
    {
        _stream = stream;
        _csv = csv;
        if (csv)
        {
            _text = new StreamWriter(stream, new UTF8Encoding(false), 1 << 16, leaveOpen: true) { NewLine = "\n" };
            _text.WriteLine(string.Join(',', CsvColumns.Select(Quote)));
        }
        else
        {
            _json = new Utf8JsonWriter(stream, Jobs.JsonOutput.Compact);
        }
    }

    public long Written { get; private set; }

    public void Write(FtmStatementRow row)
    {
        ArgumentNullException.ThrowIfNull(row);
        Written++;
        if (_csv)
        {
            string?[] cells = [row.EntityId, row.EntityId, row.Prop, row.PropType, row.Schema, row.Value, row.Dataset, row.Lang, row.OriginalValue, "f", row.FirstSeen, row.LastSeen, row.Origin, row.Id];
            _text!.WriteLine(string.Join(',', cells.Select(c => Quote(c ?? string.Empty))));
            return;
        }

        var w = _json!;
        w.WriteStartObject();
        w.WriteString("id", row.Id);
        w.WriteString("entity_id", row.EntityId);
        w.WriteString("canonical_id", row.EntityId);
        w.WriteString("prop", row.Prop);
        w.WriteString("prop_type", row.PropType);
        w.WriteString("schema", row.Schema);
        w.WriteString("value", row.Value);
        w.WriteString("dataset", row.Dataset);
        Nullable(w, "lang", row.Lang);
        Nullable(w, "original_value", row.OriginalValue);
        w.WriteBoolean("external", false);
        Nullable(w, "first_seen", row.FirstSeen);
        Nullable(w, "last_seen", row.LastSeen);
        Nullable(w, "origin", row.Origin);
        w.WriteEndObject();
        w.Flush();
        _stream.WriteByte((byte)'\n');
        w.Reset(_stream);
    }

    public void Dispose()
    {
        _json?.Dispose();
        _text?.Dispose();
        _stream.Flush();
    }

    internal static string Quote(string value) => "\"" + value.Replace("\"", "\"\"", StringComparison.Ordinal) + "\"";

    private static void Nullable(Utf8JsonWriter w, string name, string? value)
    {
        if (value is null)
        {
            w.WriteNull(name);
        }
        else
        {
            w.WriteString(name, value);
        }
    }
}
