using System.Collections.Immutable;
using System.Reflection;

namespace Threadline.Core.Model;

/// <summary>
/// The immutable set of entity types. Loaded from data files (one per type) at start-up; adding a
/// type is adding a file. Validation happens once, here, so the rest of the code can trust it.
/// </summary>
public sealed class SchemaModel
{
    private static readonly Lazy<SchemaModel> DefaultModel = new(LoadEmbedded);

    internal SchemaModel(ImmutableSortedDictionary<string, SchemaSpec> schemata)
    {
        Schemata = schemata;
    }

    /// <summary>The model shipped with Threadline (embedded schema files).</summary>
    public static SchemaModel Default => DefaultModel.Value;

    public ImmutableSortedDictionary<string, SchemaSpec> Schemata { get; }

    /// <summary>The schema of that name, or an exception that lists the known ones.</summary>
    public SchemaSpec Get(string name) =>
        Schemata.TryGetValue(name, out var spec)
            ? spec
            : throw new KeyNotFoundException($"unknown schema '{name}' (known: {string.Join(", ", Schemata.Keys)})");

    public bool TryGet(string name, out SchemaSpec? spec) => Schemata.TryGetValue(name, out spec);

    /// <summary>Loads the schema files embedded in this assembly.</summary>
    public static SchemaModel LoadEmbedded()
    {
        var assembly = typeof(SchemaModel).Assembly;
        const string prefix = "Threadline.Core.schemata.";
        var files = new List<SchemaFile>();
        foreach (var name in assembly.GetManifestResourceNames().Where(n => n.StartsWith(prefix, StringComparison.Ordinal)).Order(StringComparer.Ordinal))
        {
            using var stream = assembly.GetManifestResourceStream(name)
                ?? throw new SchemaException(name, "embedded resource cannot be opened");
            using var reader = new StreamReader(stream);
            files.Add(new SchemaFile(name[prefix.Length..], reader.ReadToEnd()));
        }

        return SchemaLoader.Load(files);
    }

    /// <summary>Loads every <c>*.json</c> file of a directory (for extensions and tests).</summary>
    public static SchemaModel LoadDirectory(string directory)
    {
        var files = Directory.EnumerateFiles(directory, "*.json")
            .Order(StringComparer.Ordinal)
            .Select(f => new SchemaFile(Path.GetFileName(f), File.ReadAllText(f)))
            .ToList();
        return SchemaLoader.Load(files);
    }

    internal static Assembly Assembly => typeof(SchemaModel).Assembly;
}

/// <summary>The text of one schema file and its name, as handed to the loader.</summary>
public sealed record SchemaFile(string FileName, string Json);
