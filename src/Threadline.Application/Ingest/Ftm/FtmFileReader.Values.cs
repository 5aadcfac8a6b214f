using System.Globalization;
using System.Text;
using System.Text.Json;

namespace Threadline.Application.Ingest.Ftm;

/// <summary>The fields of an entity or a statement, checked against the FtM vocabulary and the file's other entities.</summary>
internal sealed partial class FtmFileReader
{
    private static readonly string[] StatementTextFields = ["entity_id", "schema", "prop", "value"];
    private static readonly string[] StatementOptionalFields = ["dataset", "lang", "original_value", "origin", "first_seen", "last_seen"];

    /// <summary>The values of an entity line, or null when it is not read.</summary>
    private List<FtmInputValue>? Entity(JsonElement root)
    {
        var id = Field(root, "id", required: true);
        var schemaName = Field(root, "schema", required: true);
        if (_problems.Count > 0 || Check(id, schemaName) is not { } schema)
        {
            return null;
        }

        var dataset = _defaultDataset;
        if (root.TryGetProperty("datasets", out var ds) && ds.ValueKind == JsonValueKind.Array && ds.GetArrayLength() > 0 && ds[0].ValueKind == JsonValueKind.String)
        {
            dataset = ds[0].GetString()!;
            if (!FtmDataset.IsValid(dataset))
            {
                LeftOut($"field 'datasets': '{Short(dataset)}' is not a FollowTheMoney dataset name: the file's dataset is used", dataset);
                dataset = _defaultDataset;
            }
        }

        var first = Time(Field(root, "first_seen", required: false), "first_seen");
        var last = Time(Field(root, "last_seen", required: false), "last_seen");
        if (!root.TryGetProperty("properties", out var props) || props.ValueKind != JsonValueKind.Object)
        {
            NotRead($"entity '{id}' has no 'properties' object: not read");
            return null;
        }

        var result = new List<FtmInputValue>();
        foreach (var p in props.EnumerateObject())
        {
            if (p.Value.ValueKind != JsonValueKind.Array)
            {
                LeftOut($"property '{Short(p.Name)}' of entity '{id}' is not a list of strings: left out");
                continue;
            }

            foreach (var v in p.Value.EnumerateArray())
            {
                if (v.ValueKind != JsonValueKind.String)
                {
                    LeftOut($"a value of property '{Short(p.Name)}' of entity '{id}' is not a string (a JSON {Kind(v)}): left out", v.ValueKind is JsonValueKind.Number or JsonValueKind.True or JsonValueKind.False ? v.GetRawText() : null);
                    continue;
                }

                if (result.Count >= MaxValuesPerEntity)
                {
                    LeftOut($"entity '{id}' has more than {MaxValuesPerEntity:N0} values: the rest are left out");
                    return result;
                }

                if (Value(schema, id!, p.Name, v.GetString()!) is { } value)
                {
                    result.Add(new FtmInputValue(_line, id!, schema.Name, p.Name, value, dataset, null, null, null, first, last));
                }
            }
        }

        return result;
    }

    /// <summary>The value of a statement line, or null when it is not read.</summary>
    private List<FtmInputValue>? Statement(JsonElement root)
    {
        var fields = new Dictionary<string, string?>(StringComparer.Ordinal);
        foreach (var name in StatementTextFields)
        {
            fields[name] = Field(root, name, required: true);
        }

        foreach (var name in StatementOptionalFields)
        {
            fields[name] = Field(root, name, required: false);
        }

        return _problems.Any(p => !p.Kept) ? null : FromFields(fields);
    }

    /// <summary>A string field of a JSON record: null when absent or null; said so when of another JSON type (the record is not read if it is <paramref name="required"/>).</summary>
    private string? Field(JsonElement root, string name, bool required)
    {
        if (!root.TryGetProperty(name, out var v) || v.ValueKind == JsonValueKind.Null)
        {
            return null;
        }

        if (v.ValueKind == JsonValueKind.String)
        {
            return v.GetString();
        }

        if (required)
        {
            NotRead($"field '{name}' is not a string (a JSON {Kind(v)}): not read");
        }
        else
        {
            LeftOut($"field '{name}' is not a string (a JSON {Kind(v)}): left out");
        }

        return null;
    }

    private List<FtmInputValue>? FromFields(Dictionary<string, string?> fields)
    {
        var id = fields.GetValueOrDefault("entity_id");
        var prop = fields.GetValueOrDefault("prop");
        var raw = fields.GetValueOrDefault("value");
        if (Check(id, fields.GetValueOrDefault("schema")) is not { } schema)
        {
            return null;
        }

        if (string.IsNullOrEmpty(prop) || raw is null)
        {
            NotRead("field 'prop' or 'value' is missing: not read");
            return null;
        }

        if (prop == FtmStatementRow.IdProp)
        {
            // The statement of an entity's schema: every value of the entity carries the schema too.
            return [];
        }

        var dataset = fields.GetValueOrDefault("dataset") ?? _defaultDataset;
        if (!FtmDataset.IsValid(dataset))
        {
            LeftOut($"field 'dataset': '{Short(dataset)}' is not a FollowTheMoney dataset name: the file's dataset is used", dataset);
            dataset = _defaultDataset;
        }

        if (Value(schema, id!, prop, raw) is not { } value)
        {
            return [];
        }

        var lang = fields.GetValueOrDefault("lang");
        if (lang is not null)
        {
            var given = lang;
            lang = FtmValues.Clean("language", given).Value;
            if (lang is null)
            {
                LeftOut($"field 'lang': '{Short(given)}' is not a language FollowTheMoney knows: left out", given);
            }
        }

        var original = Bounded(fields.GetValueOrDefault("original_value"), "original_value");
        var origin = Bounded(fields.GetValueOrDefault("origin"), "origin");
        var first = Time(fields.GetValueOrDefault("first_seen"), "first_seen");
        var last = Time(fields.GetValueOrDefault("last_seen"), "last_seen");
        return [new FtmInputValue(_line, id!, schema.Name, prop, value, dataset, lang, original, origin, first, last)];
    }

    /// <summary>The schema of a record with a valid id, or null (said why).</summary>
    private FtmSchema? Check(string? id, string? schemaName)
    {
        if (!FtmValues.IsEntityId(id))
        {
            NotRead(id is null ? "the entity id is missing: not read" : $"entity id '{Short(id)}' is not one FollowTheMoney accepts (letters, digits, '.' and '-', 200 at most): not read");
            return null;
        }

        if (schemaName is null || !FtmVocabulary.Default.TryGet(schemaName, out var schema) || schema!.IsAbstract)
        {
            NotRead($"field 'schema': '{Short(schemaName ?? string.Empty)}' of entity '{id}' is not a schema Threadline reads (known: {string.Join(", ", FtmVocabulary.Default.Schemata.Values.Where(s => !s.IsAbstract).Select(s => s.Name).Order(StringComparer.Ordinal))}): not read");
            return null;
        }

        return schema;
    }

    /// <summary>A value in its FtM type's form, or null (said why).</summary>
    private string? Value(FtmSchema schema, string id, string prop, string raw)
    {
        if (schema.Property(prop) is not { } spec)
        {
            LeftOut($"property '{Short(prop)}' of entity '{id}' is not one of FollowTheMoney {schema.Name} that Threadline reads: left out", raw);
            return null;
        }

        var seen = _index.Get(id) ?? _index.Note(id, schema, _line);
        var type = FtmMapping.ThreadlineType(schema);
        if (seen is not null && seen.Type != type)
        {
            LeftOut($"entity '{id}' is a {seen.Schema.Name} on line {seen.Line.ToString(CultureInfo.InvariantCulture)} and a {schema.Name} here, which Threadline keeps as different types ({seen.Type}, {type}): value of '{prop}' left out", raw);
            return null;
        }

        var clean = FtmValues.Clean(spec.Type, raw);
        if (clean.Value is null)
        {
            if (clean.Reason is not null)
            {
                LeftOut($"property '{prop}' of entity '{id}': '{Short(raw)}' {clean.Reason}: left out", raw);
            }

            return null;
        }

        if (clean.WasCut)
        {
            LeftOut($"property '{prop}' of entity '{id}' is longer than FollowTheMoney allows ({raw.Length:N0} characters): cut", raw);
        }

        if (spec.Range is { } range && _index.Get(clean.Value) is { } target && FtmVocabulary.Default.TryGet(range, out _) && !target.Schema.IsA(range))
        {
            LeftOut($"property '{prop}' of entity '{id}' points at '{clean.Value}', {A(target.Schema.Name)} (line {target.Line.ToString(CultureInfo.InvariantCulture)}), where FollowTheMoney's {schema.Name}.{prop} takes {A(range)}: left out", clean.Value);
            return null;
        }

        return clean.Value;
    }

    private DateTimeOffset? Time(string? text, string field)
    {
        if (text is null)
        {
            return null;
        }

        if (text.Length <= 40 && !text.Contains('\0', StringComparison.Ordinal)
            && DateTimeOffset.TryParse(text, CultureInfo.InvariantCulture, DateTimeStyles.AssumeUniversal | DateTimeStyles.AdjustToUniversal, out var at))
        {
            return at;
        }

        LeftOut($"field '{field}': '{Short(text)}' is not a time: left out", text);
        return null;
    }

    private string? Bounded(string? text, string field)
    {
        if (text is not null && text.Length > 65_000)
        {
            LeftOut($"field '{field}' is longer than 65,000 characters: left out");
            return null;
        }

        if (text is not null && text.Contains('\0', StringComparison.Ordinal))
        {
            LeftOut($"field '{field}' holds a NUL character: left out", text);
            return null;
        }

        return text;
    }

    /// <summary>A schema's name with its article: a Person, an Address.</summary>
    internal static string A(string name) => ("AEIOU".Contains(name[0], StringComparison.Ordinal) ? "an " : "a ") + name;

    private static string Kind(JsonElement v) => v.ValueKind switch
    {
        JsonValueKind.Number => "number",
        JsonValueKind.True or JsonValueKind.False => "boolean",
        JsonValueKind.Array => "list",
        JsonValueKind.Object => "object",
        _ => "null",
    };

    private static string Short(string text)
    {
        var sb = new StringBuilder();
        foreach (var c in text.Take(60))
        {
            sb.Append(char.IsControl(c) ? '?' : c);
        }

        return text.Length > 60 ? sb + "..." : sb.ToString();
    }
}
