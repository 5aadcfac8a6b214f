using System.Globalization;
using System.Security.Cryptography;
using System.Text;
using System.Text.Json;
using System.Text.RegularExpressions;

namespace Threadline.Cli.Tests.Export;

/// <summary>
/// FollowTheMoney's real model (defaultModel.json), read at test time, and the checks an FtM loader makes: known,
/// concrete schemata; properties of the schema or its ancestors; required properties; references to entities of the
/// property's range that are in the same file; values in their type's form and length; statement ids as FtM makes them.
/// </summary>
internal sealed partial class FtmModel
{
    private readonly Dictionary<string, JsonElement> _schemata = new(StringComparer.Ordinal);
    private readonly Dictionary<string, JsonElement> _types = new(StringComparer.Ordinal);
    private readonly JsonDocument _doc;

    public FtmModel(string path)
    {
        _doc = JsonDocument.Parse(File.ReadAllBytes(path));
        foreach (var s in _doc.RootElement.GetProperty("schemata").EnumerateObject())
        {
            _schemata[s.Name] = s.Value;
        }

        foreach (var t in _doc.RootElement.GetProperty("types").EnumerateObject())
        {
            _types[t.Name] = t.Value;
        }
    }

    public static FtmModel Load() => new(SharedFtm.ModelPath ?? throw new InvalidOperationException("no FtM model"));

    public bool HasSchema(string name) => _schemata.ContainsKey(name);

    public bool IsAbstract(string schema) => _schemata[schema].TryGetProperty("abstract", out var a) && a.GetBoolean();

    /// <summary>The schema and its ancestors.</summary>
    public List<string> Ancestors(string schema)
    {
        var result = new List<string> { schema };
        if (_schemata[schema].TryGetProperty("extends", out var parents))
        {
            foreach (var p in parents.EnumerateArray())
            {
                foreach (var a in Ancestors(p.GetString()!).Where(a => !result.Contains(a)))
                {
                    result.Add(a);
                }
            }
        }

        return result;
    }

    /// <summary>A property of the schema or an ancestor, or null.</summary>
    public JsonElement? Property(string schema, string property)
    {
        foreach (var a in Ancestors(schema))
        {
            if (_schemata[a].TryGetProperty("properties", out var props) && props.TryGetProperty(property, out var p))
            {
                return p;
            }
        }

        return null;
    }

    public IEnumerable<string> Required(string schema) =>
        Ancestors(schema).SelectMany(a => _schemata[a].TryGetProperty("required", out var r) ? r.EnumerateArray().Select(v => v.GetString()!) : []).Distinct(StringComparer.Ordinal);

    /// <summary>Whether a value is one the type's closed list holds (countries, languages, topics, genders).</summary>
    public bool InList(string type, string value) =>
        !_types[type].TryGetProperty("values", out var values) || values.TryGetProperty(value, out _);

    public int MaxLength(JsonElement property, string type) =>
        property.TryGetProperty("maxLength", out var m) ? m.GetInt32() : _types[type].TryGetProperty("maxLength", out var t) ? t.GetInt32() : int.MaxValue;

    /// <summary>Everything wrong with a set of entities, as FtM would load them.</summary>
    public List<string> CheckEntities(IReadOnlyList<FtmLine> entities)
    {
        var errors = new List<string>();
        var byId = new Dictionary<string, string>(StringComparer.Ordinal);
        foreach (var e in entities)
        {
            if (!byId.TryAdd(e.Id, e.Schema))
            {
                errors.Add($"{e.Id}: id written twice");
            }
        }

        foreach (var e in entities)
        {
            if (!IdRegex().IsMatch(e.Id))
            {
                errors.Add($"{e.Id}: not an FtM id");
            }

            if (!HasSchema(e.Schema) || IsAbstract(e.Schema))
            {
                errors.Add($"{e.Id}: schema {e.Schema} unknown or abstract");
                continue;
            }

            foreach (var r in Required(e.Schema).Where(r => !e.Properties.TryGetValue(r, out var v) || v.Count == 0))
            {
                errors.Add($"{e.Schema} {e.Id}: required {r} missing");
            }

            foreach (var (name, values) in e.Properties)
            {
                errors.AddRange(values.SelectMany(v => CheckValue(e.Schema, name, v, byId)).Select(m => $"{e.Schema} {e.Id}: {m}"));
            }
        }

        return errors;
    }

    /// <summary>Everything wrong with FtM statements: fields, ids, schemata, properties, types and values.</summary>
    public List<string> CheckStatements(IReadOnlyList<IReadOnlyDictionary<string, string?>> rows)
    {
        var errors = new List<string>();
        var schemata = new Dictionary<string, string>(StringComparer.Ordinal);
        foreach (var r in rows)
        {
            if (r.GetValueOrDefault("entity_id") is { } id && r.GetValueOrDefault("schema") is { } schema)
            {
                schemata.TryAdd(id, schema);
            }
        }

        var withIdRow = new HashSet<string>(StringComparer.Ordinal);
        foreach (var r in rows)
        {
            foreach (var field in new[] { "id", "entity_id", "canonical_id", "schema", "prop", "value", "dataset" })
            {
                if (string.IsNullOrEmpty(r.GetValueOrDefault(field)))
                {
                    errors.Add($"statement lacks {field}: {string.Join(",", r.Select(kv => kv.Key + "=" + kv.Value))}");
                }
            }

            foreach (var field in new[] { "lang", "original_value", "origin", "first_seen", "last_seen" })
            {
                if (!r.ContainsKey(field))
                {
                    errors.Add($"statement {r.GetValueOrDefault("id")} has no field {field}");
                }
            }

            if (errors.Count > 0)
            {
                return errors;
            }

            var (entity, schema, prop, value, dataset) = (r["entity_id"]!, r["schema"]!, r["prop"]!, r["value"]!, r["dataset"]!);
            var expected = Convert.ToHexStringLower(SHA1.HashData(Encoding.UTF8.GetBytes($"{dataset}.{entity}.{prop}.{value}")));
            if (r["id"] != expected)
            {
                errors.Add($"statement {r["id"]}: id is not FtM's ({expected})");
            }

            if (!DatasetRegex().IsMatch(dataset))
            {
                errors.Add($"statement {r["id"]}: dataset {dataset}");
            }

            if (r["lang"] is { Length: > 0 } lang && !InList("language", lang))
            {
                errors.Add($"statement {r["id"]}: lang {lang}");
            }

            foreach (var field in new[] { "first_seen", "last_seen" })
            {
                if (r[field] is { Length: > 0 } seen && !DateTime.TryParseExact(seen, "yyyy-MM-dd'T'HH:mm:ss", CultureInfo.InvariantCulture, DateTimeStyles.None, out _))
                {
                    errors.Add($"statement {r["id"]}: {field} {seen}");
                }
            }

            if (!HasSchema(schema) || IsAbstract(schema))
            {
                errors.Add($"statement {r["id"]}: schema {schema}");
                continue;
            }

            if (prop == "id")
            {
                withIdRow.Add(entity);
                if (value != entity)
                {
                    errors.Add($"statement {r["id"]}: id statement's value is not the entity id");
                }

                continue;
            }

            if (r.GetValueOrDefault("prop_type") is { } propType && Property(schema, prop) is { } spec && spec.GetProperty("type").GetString() != propType)
            {
                errors.Add($"statement {r["id"]}: prop_type {propType} of {schema}.{prop}");
            }

            errors.AddRange(CheckValue(schema, prop, value, schemata).Select(m => $"statement {r["id"]} of {schema} {entity}: {m}"));
        }

        errors.AddRange(schemata.Keys.Where(id => !withIdRow.Contains(id)).Select(id => $"entity {id} has no id statement"));
        return errors;
    }

    private IEnumerable<string> CheckValue(string schema, string name, string value, IReadOnlyDictionary<string, string> schemata)
    {
        if (Property(schema, name) is not { } spec)
        {
            yield return $"property {name} is not FtM {schema}'s";
            yield break;
        }

        var type = spec.GetProperty("type").GetString()!;
        if (value.Length == 0 || value.Length > MaxLength(spec, type))
        {
            yield return $"{name} has {value.Length} characters";
        }

        var ok = type switch
        {
            "entity" => schemata.TryGetValue(value, out var target) && Ancestors(target).Contains(spec.GetProperty("range").GetString()!),
            "country" or "language" or "topic" or "gender" => InList(type, value),
            "date" => DateRegex().IsMatch(value),
            "phone" => PhoneRegex().IsMatch(value),
            "email" => value.Contains('@', StringComparison.Ordinal),
            "iban" => IbanRegex().IsMatch(value),
            "url" => Uri.TryCreate(value, UriKind.Absolute, out _),
            "number" => double.TryParse(value, NumberStyles.Float, CultureInfo.InvariantCulture, out _),
            "checksum" => Sha1Regex().IsMatch(value),
            _ => true,
        };
        if (!ok)
        {
            yield return $"{name} '{value}' is not a valid {type}" + (type == "entity" ? $" (range {spec.GetProperty("range").GetString()}, target {schemata.GetValueOrDefault(value) ?? "absent"})" : string.Empty);
        }
    }

    [GeneratedRegex(@"^[0-9a-zA-Z]([0-9a-zA-Z.\-]*[0-9a-zA-Z])?$")]
    private static partial Regex IdRegex();

    [GeneratedRegex(@"^[0-9]{4}(-[0-9]{2}(-[0-9]{2}(T[0-9]{2}(:[0-9]{2}(:[0-9]{2})?)?)?)?)?$")]
    private static partial Regex DateRegex();

    [GeneratedRegex(@"^\+[1-9][0-9]{6,14}$")]
    private static partial Regex PhoneRegex();

    [GeneratedRegex(@"^[A-Z]{2}[0-9]{2}[A-Z0-9]{11,30}$")]
    private static partial Regex IbanRegex();

    [GeneratedRegex(@"^[0-9a-f]{40}$")]
    private static partial Regex Sha1Regex();

    [GeneratedRegex("^[a-z][a-z0-9_]{0,99}$")]
    private static partial Regex DatasetRegex();
}
