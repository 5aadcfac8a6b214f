using System.Globalization;
using System.Text;
using System.Text.Json;
using Threadline.Application.Export.Ftm;

namespace Threadline.Application.Ingest.Ftm;

/// <summary>
/// Reads a FollowTheMoney file: entities as JSON Lines (<c>{"id","schema","properties"}</c>, as Aleph and
/// <c>ftm export</c> write them), statements as JSON Lines (<c>entity_id</c>, <c>schema</c>, <c>prop</c>, <c>value</c>,
/// <c>dataset</c> …) or statements as CSV with those columns (a file whose name ends in <c>.csv</c>). Each value is
/// checked against the part of the FtM model Threadline reads (<see cref="FtmVocabulary"/>) and put in its type's form;
/// what cannot be read is reported with its line and field, and the rest of the file is still read.
/// Bounded: a record of at most <see cref="MaxRecordChars"/> characters, <see cref="MaxValuesPerEntity"/> values per entity.
/// </summary>
public static class FtmFileReader
{
    public const int MaxRecordChars = 8 * 1024 * 1024;
    public const int MaxValuesPerEntity = 10_000;

    private static readonly string[] RequiredColumns = ["entity_id", "schema", "prop", "value"];

    /// <summary>The values of a file, in file order; problems go to <paramref name="problem"/>.</summary>
    public static IEnumerable<FtmInputValue> Read(TextReader text, bool csv, string defaultDataset, Action<FtmInputProblem> problem)
    {
        ArgumentNullException.ThrowIfNull(text);
        ArgumentNullException.ThrowIfNull(problem);
        var reader = new BoundedTextReader(text, MaxRecordChars);
        return csv ? Csv(reader, defaultDataset, problem) : Json(reader, defaultDataset, problem);
    }

    private static IEnumerable<FtmInputValue> Json(BoundedTextReader reader, string defaultDataset, Action<FtmInputProblem> problem)
    {
        while (reader.ReadLine(out var line, out var tooLong))
        {
            var at = reader.Line;
            if (tooLong)
            {
                problem(new FtmInputProblem(at, $"the line is longer than {MaxRecordChars:N0} characters: not read", false));
                continue;
            }

            if (string.IsNullOrWhiteSpace(line))
            {
                continue;
            }

            JsonDocument doc;
            try
            {
                doc = JsonDocument.Parse(line, new JsonDocumentOptions { MaxDepth = 16 });
            }
            catch (JsonException e)
            {
                problem(new FtmInputProblem(at, "not a JSON object: " + e.Message, false));
                continue;
            }

            using (doc)
            {
                var root = doc.RootElement;
                if (root.ValueKind != JsonValueKind.Object)
                {
                    problem(new FtmInputProblem(at, "not a JSON object", false));
                    continue;
                }

                var values = root.TryGetProperty("entity_id", out _) ? Statement(root, at, defaultDataset, problem) : Entity(root, at, defaultDataset, problem);
                foreach (var v in values)
                {
                    yield return v;
                }
            }
        }
    }

    private static List<FtmInputValue> Entity(JsonElement root, long line, string defaultDataset, Action<FtmInputProblem> problem)
    {
        var result = new List<FtmInputValue>();
        var id = Text(root, "id");
        var schemaName = Text(root, "schema");
        if (Check(id, schemaName, line, problem) is not { } schema)
        {
            return result;
        }

        var dataset = root.TryGetProperty("datasets", out var ds) && ds.ValueKind == JsonValueKind.Array && ds.GetArrayLength() > 0 && ds[0].ValueKind == JsonValueKind.String
            ? ds[0].GetString()!
            : defaultDataset;
        if (!FtmDataset.IsValid(dataset))
        {
            problem(new FtmInputProblem(line, $"field 'datasets': '{Short(dataset)}' is not a FollowTheMoney dataset name: the file's dataset is used", true));
            dataset = defaultDataset;
        }

        var first = Time(root, "first_seen", line, problem);
        var last = Time(root, "last_seen", line, problem);
        if (!root.TryGetProperty("properties", out var props) || props.ValueKind != JsonValueKind.Object)
        {
            problem(new FtmInputProblem(line, $"entity '{Short(id!)}' has no 'properties' object: not read", false));
            return result;
        }

        foreach (var p in props.EnumerateObject())
        {
            if (p.Value.ValueKind != JsonValueKind.Array)
            {
                problem(new FtmInputProblem(line, $"property '{Short(p.Name)}' of entity '{Short(id!)}' is not a list of strings: left out", true));
                continue;
            }

            foreach (var v in p.Value.EnumerateArray())
            {
                if (v.ValueKind != JsonValueKind.String)
                {
                    problem(new FtmInputProblem(line, $"a value of property '{Short(p.Name)}' of entity '{Short(id!)}' is not a string: left out", true));
                    continue;
                }

                if (result.Count >= MaxValuesPerEntity)
                {
                    problem(new FtmInputProblem(line, $"entity '{Short(id!)}' has more than {MaxValuesPerEntity:N0} values: the rest are left out", true));
                    return result;
                }

                if (Value(schema, id!, p.Name, v.GetString()!, line, problem) is { } value)
                {
                    result.Add(new FtmInputValue(line, id!, schema.Name, p.Name, value, dataset, null, null, null, first, last));
                }
            }
        }

        return result;
    }

    private static List<FtmInputValue> Statement(JsonElement root, long line, string defaultDataset, Action<FtmInputProblem> problem)
    {
        var fields = new Dictionary<string, string?>(StringComparer.Ordinal);
        foreach (var p in root.EnumerateObject())
        {
            fields[p.Name] = p.Value.ValueKind switch
            {
                JsonValueKind.String => p.Value.GetString(),
                JsonValueKind.Null => null,
                _ => p.Value.GetRawText(),
            };
        }

        return FromFields(fields, line, defaultDataset, problem);
    }

    private static IEnumerable<FtmInputValue> Csv(BoundedTextReader reader, string defaultDataset, Action<FtmInputProblem> problem)
    {
        List<string>? header = null;
        while (reader.ReadCsv(out var record, out var tooLong))
        {
            var at = reader.Line;
            if (tooLong)
            {
                problem(new FtmInputProblem(at, $"the record is longer than {MaxRecordChars:N0} characters: not read", false));
                if (header is null)
                {
                    yield break;
                }

                continue;
            }

            if (record!.Count == 1 && record[0].Length == 0)
            {
                continue;
            }

            if (header is null)
            {
                header = record;
                var missing = RequiredColumns.Where(c => !header.Contains(c)).ToList();
                if (missing.Count > 0)
                {
                    problem(new FtmInputProblem(at, "the header lacks the column(s) " + string.Join(", ", missing) + " of FollowTheMoney statements: the file is not read", false));
                    yield break;
                }

                continue;
            }

            if (record.Count != header.Count)
            {
                problem(new FtmInputProblem(at, $"the record has {record.Count} fields, the header {header.Count}: not read", false));
                continue;
            }

            var fields = new Dictionary<string, string?>(StringComparer.Ordinal);
            for (var i = 0; i < header.Count; i++)
            {
                fields[header[i]] = record[i].Length == 0 ? null : record[i];
            }

            foreach (var v in FromFields(fields, at, defaultDataset, problem))
            {
                yield return v;
            }
        }

        if (header is null)
        {
            problem(new FtmInputProblem(1, "the file is empty: no header of FollowTheMoney statements", false));
        }
    }

    private static List<FtmInputValue> FromFields(Dictionary<string, string?> fields, long line, string defaultDataset, Action<FtmInputProblem> problem)
    {
        var id = fields.GetValueOrDefault("entity_id");
        var prop = fields.GetValueOrDefault("prop");
        var raw = fields.GetValueOrDefault("value");
        if (Check(id, fields.GetValueOrDefault("schema"), line, problem) is not { } schema)
        {
            return [];
        }

        if (string.IsNullOrEmpty(prop) || raw is null)
        {
            problem(new FtmInputProblem(line, "field 'prop' or 'value' is missing: not read", false));
            return [];
        }

        if (prop == FtmStatementRow.IdProp)
        {
            // The statement of an entity's schema: every value of the entity carries the schema too.
            return [];
        }

        var dataset = fields.GetValueOrDefault("dataset") ?? defaultDataset;
        if (!FtmDataset.IsValid(dataset))
        {
            problem(new FtmInputProblem(line, $"field 'dataset': '{Short(dataset)}' is not a FollowTheMoney dataset name: the file's dataset is used", true));
            dataset = defaultDataset;
        }

        if (Value(schema, id!, prop, raw, line, problem) is not { } value)
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
                problem(new FtmInputProblem(line, $"field 'lang': '{Short(given)}' is not a language FollowTheMoney knows: left out", true));
            }
        }

        var original = Bounded(fields.GetValueOrDefault("original_value"), line, "original_value", problem);
        var origin = Bounded(fields.GetValueOrDefault("origin"), line, "origin", problem);
        return [new FtmInputValue(line, id!, schema.Name, prop, value, dataset, lang, original, origin, Parse(fields.GetValueOrDefault("first_seen"), line, "first_seen", problem), Parse(fields.GetValueOrDefault("last_seen"), line, "last_seen", problem))];
    }

    /// <summary>The schema of a record with a valid id, or null (said why).</summary>
    private static FtmSchema? Check(string? id, string? schemaName, long line, Action<FtmInputProblem> problem)
    {
        if (!FtmValues.IsEntityId(id))
        {
            problem(new FtmInputProblem(line, id is null ? "the entity id is missing: not read" : $"entity id '{Short(id)}' is not one FollowTheMoney accepts (letters, digits, '.' and '-', 200 at most): not read", false));
            return null;
        }

        if (schemaName is null || !FtmVocabulary.Default.TryGet(schemaName, out var schema) || schema!.IsAbstract)
        {
            problem(new FtmInputProblem(line, $"field 'schema': '{Short(schemaName ?? string.Empty)}' of entity '{id}' is not a schema Threadline reads (known: {string.Join(", ", FtmVocabulary.Default.Schemata.Values.Where(s => !s.IsAbstract).Select(s => s.Name).Order(StringComparer.Ordinal))}): not read", false));
            return null;
        }

        return schema;
    }

    /// <summary>A value in its FtM type's form, or null (said why).</summary>
    private static string? Value(FtmSchema schema, string id, string prop, string raw, long line, Action<FtmInputProblem> problem)
    {
        if (schema.Property(prop) is not { } spec)
        {
            problem(new FtmInputProblem(line, $"property '{Short(prop)}' of entity '{id}' is not one of FollowTheMoney {schema.Name} that Threadline reads: left out", true));
            return null;
        }

        var clean = FtmValues.Clean(spec.Type, raw);
        if (clean.Value is null)
        {
            if (clean.Reason is not null)
            {
                problem(new FtmInputProblem(line, $"property '{prop}' of entity '{id}': '{Short(raw)}' {clean.Reason}: left out", true));
            }

            return null;
        }

        if (clean.WasCut)
        {
            problem(new FtmInputProblem(line, $"property '{prop}' of entity '{id}' is longer than FollowTheMoney allows ({raw.Length:N0} characters): cut", true));
        }

        return clean.Value;
    }

    private static string? Text(JsonElement root, string name) =>
        root.TryGetProperty(name, out var v) && v.ValueKind == JsonValueKind.String ? v.GetString() : null;

    private static DateTimeOffset? Time(JsonElement root, string name, long line, Action<FtmInputProblem> problem) => Parse(Text(root, name), line, name, problem);

    private static DateTimeOffset? Parse(string? text, long line, string field, Action<FtmInputProblem> problem)
    {
        if (text is null)
        {
            return null;
        }

        if (text.Length <= 40 && DateTimeOffset.TryParse(text, CultureInfo.InvariantCulture, DateTimeStyles.AssumeUniversal | DateTimeStyles.AdjustToUniversal, out var at))
        {
            return at;
        }

        problem(new FtmInputProblem(line, $"field '{field}': '{Short(text)}' is not a time: left out", true));
        return null;
    }

    private static string? Bounded(string? text, long line, string field, Action<FtmInputProblem> problem)
    {
        if (text is not null && text.Length > 65_000)
        {
            problem(new FtmInputProblem(line, $"field '{field}' is longer than 65,000 characters: left out", true));
            return null;
        }

        return text;
    }

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
