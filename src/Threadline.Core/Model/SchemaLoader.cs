using System.Collections.Immutable;
using System.Text.Json;

namespace Threadline.Core.Model;

/// <summary>Parses and validates schema files into a <see cref="SchemaModel"/>.</summary>
public static class SchemaLoader
{
    private static readonly JsonDocumentOptions Options = new()
    {
        AllowTrailingCommas = false,
        CommentHandling = JsonCommentHandling.Skip,
        MaxDepth = 16,
    };

    private static readonly HashSet<string> SchemaKeys = new(StringComparer.Ordinal)
    {
        "name", "label", "description", "abstract", "extends", "properties", "edge",
    };

    private static readonly HashSet<string> PropertyKeys = new(StringComparer.Ordinal)
    {
        "type", "label", "range", "reverse", "fulltext", "description",
    };

    /// <summary>Loads a set of files; any problem throws a <see cref="SchemaException"/> naming the file.</summary>
    public static SchemaModel Load(IReadOnlyList<SchemaFile> files)
    {
        ArgumentNullException.ThrowIfNull(files);
        var specs = new Dictionary<string, SchemaSpec>(StringComparer.Ordinal);
        foreach (var file in files)
        {
            var spec = Parse(file);
            if (specs.TryGetValue(spec.Name, out var existing))
            {
                throw new SchemaException(file.FileName, $"schema '{spec.Name}' is already declared in '{existing.File}'");
            }

            specs[spec.Name] = spec;
        }

        foreach (var spec in specs.Values)
        {
            Resolve(spec, specs, []);
        }

        foreach (var spec in specs.Values)
        {
            Validate(spec, specs);
        }

        return new SchemaModel(specs.ToImmutableSortedDictionary(StringComparer.Ordinal));
    }

    private static SchemaSpec Parse(SchemaFile file)
    {
        JsonDocument doc;
        try
        {
            doc = JsonDocument.Parse(file.Json, Options);
        }
        catch (JsonException ex)
        {
            throw new SchemaException(file.FileName, $"invalid JSON at line {(ex.LineNumber ?? 0) + 1}: {ex.Message}");
        }

        using (doc)
        {
            var root = doc.RootElement;
            if (root.ValueKind != JsonValueKind.Object)
            {
                throw new SchemaException(file.FileName, "the file must hold one JSON object");
            }

            foreach (var key in root.EnumerateObject())
            {
                if (!SchemaKeys.Contains(key.Name))
                {
                    throw new SchemaException(file.FileName, $"unknown key '{key.Name}' (allowed: {string.Join(", ", SchemaKeys.Order(StringComparer.Ordinal))})");
                }
            }

            var name = RequiredString(root, "name", file.FileName);
            var expectedName = Path.GetFileNameWithoutExtension(file.FileName);
            if (!string.Equals(name, expectedName, StringComparison.Ordinal))
            {
                throw new SchemaException(file.FileName, $"schema name '{name}' does not match the file name '{expectedName}'");
            }

            var label = OptionalString(root, "label", file.FileName) ?? name;
            var description = OptionalString(root, "description", file.FileName) ?? string.Empty;
            var isAbstract = root.TryGetProperty("abstract", out var abs) && ReadBool(abs, "abstract", file.FileName);
            var extends = ImmutableArray<string>.Empty;
            if (root.TryGetProperty("extends", out var ext))
            {
                if (ext.ValueKind != JsonValueKind.Array)
                {
                    throw new SchemaException(file.FileName, "'extends' must be an array of schema names");
                }

                extends = ext.EnumerateArray().Select(e => e.ValueKind == JsonValueKind.String
                    ? e.GetString()!
                    : throw new SchemaException(file.FileName, "'extends' must hold strings")).ToImmutableArray();
            }

            var props = ImmutableSortedDictionary.CreateBuilder<string, PropertySpec>(StringComparer.Ordinal);
            if (root.TryGetProperty("properties", out var propsEl))
            {
                if (propsEl.ValueKind != JsonValueKind.Object)
                {
                    throw new SchemaException(file.FileName, "'properties' must be an object");
                }

                foreach (var p in propsEl.EnumerateObject())
                {
                    props[p.Name] = ParseProperty(p, name, file.FileName);
                }
            }

            EdgeSpec? edge = null;
            if (root.TryGetProperty("edge", out var edgeEl) && edgeEl.ValueKind != JsonValueKind.Null)
            {
                if (edgeEl.ValueKind != JsonValueKind.Object)
                {
                    throw new SchemaException(file.FileName, "'edge' must be an object with 'source' and 'target'");
                }

                edge = new EdgeSpec(
                    RequiredString(edgeEl, "source", file.FileName),
                    RequiredString(edgeEl, "target", file.FileName),
                    OptionalString(edgeEl, "label", file.FileName) ?? name,
                    !edgeEl.TryGetProperty("directed", out var d) || ReadBool(d, "edge.directed", file.FileName));
            }

            return new SchemaSpec(name, label, description, isAbstract, extends, props.ToImmutable(), edge, file.FileName);
        }
    }

    private static PropertySpec ParseProperty(JsonProperty p, string schema, string file)
    {
        if (string.IsNullOrWhiteSpace(p.Name) || p.Name.StartsWith(SchemaSpec.RawPrefix, StringComparison.Ordinal))
        {
            throw new SchemaException(file, $"property name '{p.Name}' is empty or uses the reserved prefix '{SchemaSpec.RawPrefix}'");
        }

        if (p.Value.ValueKind != JsonValueKind.Object)
        {
            throw new SchemaException(file, $"property '{p.Name}' must be an object with a 'type'");
        }

        foreach (var key in p.Value.EnumerateObject())
        {
            if (!PropertyKeys.Contains(key.Name))
            {
                throw new SchemaException(file, $"property '{p.Name}' has unknown key '{key.Name}'");
            }
        }

        var type = RequiredString(p.Value, "type", file);
        if (!PropertyType.All.Contains(type))
        {
            throw new SchemaException(file, $"property '{p.Name}' has unknown type '{type}' (known: {string.Join(", ", PropertyType.All.Order(StringComparer.Ordinal))})");
        }

        var range = OptionalString(p.Value, "range", file);
        if (type == PropertyType.Entity && range is null)
        {
            throw new SchemaException(file, $"entity property '{p.Name}' needs a 'range' (the schema it points at)");
        }

        if (type != PropertyType.Entity && range is not null)
        {
            throw new SchemaException(file, $"property '{p.Name}' has a 'range' but is of type '{type}', not 'entity'");
        }

        var fullText = p.Value.TryGetProperty("fulltext", out var ft) && ReadBool(ft, $"{p.Name}.fulltext", file);
        return new PropertySpec(
            p.Name,
            type,
            OptionalString(p.Value, "label", file) ?? p.Name,
            range,
            OptionalString(p.Value, "reverse", file),
            fullText,
            schema);
    }

    private static void Resolve(SchemaSpec spec, Dictionary<string, SchemaSpec> all, List<string> path)
    {
        if (!spec.Ancestors.IsDefaultOrEmpty || spec.Extends.IsEmpty)
        {
            return;
        }

        if (path.Contains(spec.Name))
        {
            throw new SchemaException(spec.File, $"'extends' forms a cycle: {string.Join(" → ", path.Append(spec.Name))}");
        }

        path.Add(spec.Name);
        var ancestors = new List<string>();
        var props = spec.OwnProperties.ToBuilder();
        foreach (var parentName in spec.Extends)
        {
            if (!all.TryGetValue(parentName, out var parent))
            {
                throw new SchemaException(spec.File, $"extends unknown schema '{parentName}'");
            }

            Resolve(parent, all, path);
            foreach (var a in parent.Ancestors.Prepend(parent.Name))
            {
                if (!ancestors.Contains(a))
                {
                    ancestors.Add(a);
                }
            }

            foreach (var (name, prop) in parent.Properties)
            {
                if (spec.OwnProperties.TryGetValue(name, out var own) && own.Type != prop.Type)
                {
                    throw new SchemaException(spec.File, $"property '{name}' redeclares '{prop.DeclaredBy}.{name}' with type '{own.Type}' instead of '{prop.Type}'");
                }

                props.TryAdd(name, prop);
            }
        }

        path.RemoveAt(path.Count - 1);
        spec.Ancestors = [.. ancestors];
        spec.Properties = props.ToImmutable();
    }

    private static void Validate(SchemaSpec spec, Dictionary<string, SchemaSpec> all)
    {
        foreach (var prop in spec.OwnProperties.Values)
        {
            if (prop.Range is not null && !all.ContainsKey(prop.Range))
            {
                throw new SchemaException(spec.File, $"property '{prop.Name}' points at unknown schema '{prop.Range}'");
            }
        }

        if (spec.Edge is { } edge)
        {
            foreach (var end in new[] { edge.Source, edge.Target })
            {
                if (!spec.Properties.TryGetValue(end, out var p) || !p.IsEdge)
                {
                    throw new SchemaException(spec.File, $"edge end '{end}' is not an entity property of '{spec.Name}'");
                }
            }
        }
    }

    private static string RequiredString(JsonElement el, string key, string file) =>
        OptionalString(el, key, file) is { Length: > 0 } s
            ? s
            : throw new SchemaException(file, $"missing required string '{key}'");

    private static string? OptionalString(JsonElement el, string key, string file)
    {
        if (!el.TryGetProperty(key, out var v) || v.ValueKind == JsonValueKind.Null)
        {
            return null;
        }

        return v.ValueKind == JsonValueKind.String
            ? v.GetString()
            : throw new SchemaException(file, $"'{key}' must be a string, found {v.ValueKind}");
    }

    private static bool ReadBool(JsonElement el, string key, string file) =>
        el.ValueKind switch
        {
            JsonValueKind.True => true,
            JsonValueKind.False => false,
            _ => throw new SchemaException(file, $"'{key}' must be true or false"),
        };
}
