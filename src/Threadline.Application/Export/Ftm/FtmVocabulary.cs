using System.Collections.Frozen;
using System.Text.Json;

namespace Threadline.Application.Export.Ftm;

/// <summary>
/// The part of the FollowTheMoney model Threadline writes and reads (Data/ftm-vocabulary.json): written for
/// Threadline, checked against the real model by a test, so the exporter and the importer need nothing else at
/// run time. A schema or property outside it is never written, and is left out (and said so) when read.
/// </summary>
public sealed class FtmVocabulary
{
    private static readonly Lazy<FtmVocabulary> Embedded = new(Load);

    private FtmVocabulary(FrozenDictionary<string, FtmSchema> schemata) => Schemata = schemata;

    public static FtmVocabulary Default => Embedded.Value;

    public FrozenDictionary<string, FtmSchema> Schemata { get; }

    public FtmSchema Get(string name) => Schemata.TryGetValue(name, out var s) ? s : throw new KeyNotFoundException($"FtM schema '{name}' is not in Threadline's vocabulary");

    public bool TryGet(string name, out FtmSchema? schema) => Schemata.TryGetValue(name, out schema);

    private static FtmVocabulary Load()
    {
        using var stream = typeof(FtmVocabulary).Assembly.GetManifestResourceStream("Threadline.Application.Export.Ftm.ftm-vocabulary.json")
            ?? throw new InvalidOperationException("The embedded FtM vocabulary is missing.");
        using var doc = JsonDocument.Parse(stream);
        var schemata = new Dictionary<string, FtmSchema>(StringComparer.Ordinal);
        foreach (var s in doc.RootElement.GetProperty("schemata").EnumerateObject())
        {
            var props = new Dictionary<string, FtmProperty>(StringComparer.Ordinal);
            foreach (var p in s.Value.GetProperty("properties").EnumerateObject())
            {
                var type = p.Value.GetString()!;
                var colon = type.IndexOf(':', StringComparison.Ordinal);
                props[p.Name] = colon < 0 ? new FtmProperty(p.Name, type, null) : new FtmProperty(p.Name, type[..colon], type[(colon + 1)..]);
            }

            (string, string)? edge = s.Value.TryGetProperty("edge", out var e) ? (e[0].GetString()!, e[1].GetString()!) : null;
            schemata[s.Name] = new FtmSchema(
                s.Name,
                s.Value.TryGetProperty("abstract", out var a) && a.GetBoolean(),
                s.Value.TryGetProperty("extends", out var x) ? x.EnumerateArray().Select(v => v.GetString()!).ToArray() : [],
                s.Value.TryGetProperty("required", out var r) ? r.EnumerateArray().Select(v => v.GetString()!).ToArray() : [],
                props,
                edge);
        }

        foreach (var schema in schemata.Values)
        {
            Resolve(schema, schemata);
        }

        return new FtmVocabulary(schemata.ToFrozenDictionary(StringComparer.Ordinal));
    }

    private static void Resolve(FtmSchema schema, Dictionary<string, FtmSchema> all)
    {
        if (schema.Ancestors.Count > 0)
        {
            return;
        }

        var props = new Dictionary<string, FtmProperty>(schema.OwnProperties, StringComparer.Ordinal);
        var ancestors = new HashSet<string>(StringComparer.Ordinal) { schema.Name };
        var required = new List<string>(schema.OwnRequired);
        foreach (var parentName in schema.Extends)
        {
            var parent = all[parentName];
            Resolve(parent, all);
            ancestors.UnionWith(parent.Ancestors);
            foreach (var (name, prop) in parent.Properties)
            {
                props.TryAdd(name, prop);
            }

            required.AddRange(parent.Required.Where(p => !required.Contains(p)));
        }

        schema.Properties = props.ToFrozenDictionary(StringComparer.Ordinal);
        schema.Ancestors = ancestors.ToFrozenSet(StringComparer.Ordinal);
        schema.Required = required;
    }
}
