using System.Text.Json;
using System.Text.Json.Nodes;

namespace Threadline.Simulation.Core;

/// <summary>Loads the embedded data files, with an optional profile file merged over the defaults.</summary>
internal static class Embedded
{
    private static readonly JsonSerializerOptions Options = new()
    {
        PropertyNameCaseInsensitive = true,
        PropertyNamingPolicy = JsonNamingPolicy.CamelCase,
        ReadCommentHandling = JsonCommentHandling.Skip,
        AllowTrailingCommas = true,
    };

    public static string Text(string name)
    {
        using var s = typeof(Embedded).Assembly.GetManifestResourceStream("Threadline.Simulation.Data." + name)
            ?? throw new InvalidOperationException("missing embedded resource " + name);
        using var r = new StreamReader(s);
        return r.ReadToEnd();
    }

    public static WorldData World() => JsonSerializer.Deserialize<WorldData>(Text("world.json"), Options)!;

    public static Lexicon Lexicon() => JsonSerializer.Deserialize<Lexicon>(Text("lexicon.json"), Options)!;

    /// <summary>The writing styles and their banks (Data/styles.json).</summary>
    public static Threadline.Simulation.Styles.StyleBook StyleBook() => JsonSerializer.Deserialize<Threadline.Simulation.Styles.StyleBook>(Text("styles.json"), Options)!;

    /// <summary>The default profiles, with <paramref name="overridePath"/> merged over them: objects merge key by key, anything else replaces.</summary>
    public static ProfileSet Profiles(string? overridePath)
    {
        var node = JsonNode.Parse(Text("profiles.json"), documentOptions: new JsonDocumentOptions { CommentHandling = JsonCommentHandling.Skip })!;
        if (overridePath is not null)
        {
            var over = JsonNode.Parse(File.ReadAllText(overridePath), documentOptions: new JsonDocumentOptions { CommentHandling = JsonCommentHandling.Skip, AllowTrailingCommas = true })
                ?? throw new InvalidDataException("profile file is empty: " + overridePath);
            node = Merge(node, over);
        }

        try
        {
            return node.Deserialize<ProfileSet>(Options) ?? throw new InvalidDataException("profile is empty");
        }
        catch (JsonException e)
        {
            throw new InvalidDataException("profile does not match the expected shape: " + e.Message, e);
        }
    }

    private static JsonNode Merge(JsonNode baseNode, JsonNode over)
    {
        if (baseNode is JsonObject bo && over is JsonObject oo)
        {
            foreach (var (key, value) in oo.ToList())
            {
                oo.Remove(key);
                bo[key] = value is null ? null : bo[key] is { } existing ? Merge(existing.DeepClone(), value) : value;
            }

            return bo;
        }

        return over.DeepClone();
    }
}
