using System.Text.Json;
using Threadline.Core.Statements;

namespace Threadline.Application.Export.Ftm;

/// <summary>
/// Where an FtM value came from, in the fields of an FtM statement: the dataset it is filed under, and its origin —
/// the workspace statements behind it (source and its file, locator, producer and version, evidence) as compact JSON.
/// A value <c>ingest ftm</c> read keeps the dataset, origin and language it had in its FtM file.
/// </summary>
public static class FtmProvenance
{
    /// <summary>The most statements an origin lists; past it, <c>{"more": N}</c> says how many were left out.</summary>
    public const int MaxOrigins = 100;

    /// <summary>The key under which <c>ingest ftm</c> keeps a value's FtM provenance in its statement's detail.</summary>
    public const string DetailKey = "ftm";

    /// <summary>The detail JSON <c>ingest ftm</c> gives a statement it writes.</summary>
    public static string ImportDetail(string dataset, string? origin, string? lang, string? originalValue, string schema, string property)
    {
        using var buffer = new MemoryStream();
        using (var w = new Utf8JsonWriter(buffer, Jobs.JsonOutput.Compact))
        {
            w.WriteStartObject();
            w.WriteStartObject(DetailKey);
            w.WriteString("dataset", dataset);
            Optional(w, "origin", origin);
            Optional(w, "lang", lang);
            Optional(w, "original_value", originalValue);
            w.WriteString("schema", schema);
            w.WriteString("prop", property);
            w.WriteEndObject();
            w.WriteEndObject();
        }

        return System.Text.Encoding.UTF8.GetString(buffer.ToArray());
    }

    /// <summary>A field of the FtM provenance <c>ingest ftm</c> kept on a statement, or null.</summary>
    public static string? Imported(Statement statement, string field)
    {
        ArgumentNullException.ThrowIfNull(statement);
        if (statement.Detail is not { Length: > 0 } detail || !detail.Contains("\"" + DetailKey + "\"", StringComparison.Ordinal))
        {
            return null;
        }

        try
        {
            using var doc = JsonDocument.Parse(detail);
            return doc.RootElement.ValueKind == JsonValueKind.Object
                && doc.RootElement.TryGetProperty(DetailKey, out var ftm)
                && ftm.ValueKind == JsonValueKind.Object
                && ftm.TryGetProperty(field, out var value)
                && value.ValueKind == JsonValueKind.String
                ? value.GetString()
                : null;
        }
        catch (JsonException)
        {
            return null;
        }
    }

    public static string? ImportedLang(Statement statement) => Imported(statement, "lang");

    /// <summary>The dataset of a value: the one it was imported under, or the export's.</summary>
    public static string Dataset(FtmValue value, string dataset) =>
        value.From.Select(s => Imported(s, "dataset")).FirstOrDefault(d => d is not null) ?? dataset;

    /// <summary>The origin of a value: the one it was imported with, or the workspace statements behind it.</summary>
    public static string? Origin(FtmValue value, IReadOnlyDictionary<string, string> sourceFiles)
    {
        ArgumentNullException.ThrowIfNull(value);
        ArgumentNullException.ThrowIfNull(sourceFiles);
        if (value.From.Count == 0)
        {
            return null;
        }

        if (value.From.Select(s => Imported(s, "origin")).FirstOrDefault(o => o is not null) is { } imported)
        {
            return imported;
        }

        using var buffer = new MemoryStream();
        using (var w = new Utf8JsonWriter(buffer, Jobs.JsonOutput.Compact))
        {
            w.WriteStartArray();
            foreach (var s in value.From.Take(MaxOrigins))
            {
                w.WriteStartObject();
                w.WriteString("source", s.Source);
                Optional(w, "file", sourceFiles.GetValueOrDefault(s.Source));
                Optional(w, "locator", s.Locator);
                w.WriteString("producer", s.Producer);
                Optional(w, "version", s.ProducerVersion);
                if (s.Detail is { Length: > 0 } detail)
                {
                    w.WritePropertyName("detail");
                    try
                    {
                        using var doc = JsonDocument.Parse(detail);
                        doc.RootElement.WriteTo(w);
                    }
                    catch (JsonException)
                    {
                        w.WriteStringValue(detail);
                    }
                }

                w.WriteEndObject();
            }

            if (value.From.Count > MaxOrigins)
            {
                w.WriteStartObject();
                w.WriteNumber("more", value.From.Count - MaxOrigins);
                w.WriteEndObject();
            }

            w.WriteEndArray();
        }

        return System.Text.Encoding.UTF8.GetString(buffer.ToArray());
    }

    /// <summary>The earliest first-seen and latest last-seen of a value's statements.</summary>
    public static (DateTimeOffset? First, DateTimeOffset? Last) Seen(FtmValue value)
    {
        ArgumentNullException.ThrowIfNull(value);
        DateTimeOffset? first = null, last = null;
        foreach (var s in value.From)
        {
            if (s.FirstSeen is { } f && (first is null || f < first))
            {
                first = f;
            }

            if (s.LastSeen is { } l && (last is null || l > last))
            {
                last = l;
            }
        }

        return (first, last);
    }

    private static void Optional(Utf8JsonWriter w, string name, string? value)
    {
        if (value is not null)
        {
            w.WriteString(name, value);
        }
    }
}
