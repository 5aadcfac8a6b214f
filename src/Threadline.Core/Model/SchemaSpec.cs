using System.Collections.Immutable;

namespace Threadline.Core.Model;

/// <summary>An entity type, loaded from one schema file, with its inherited properties resolved.</summary>
public sealed class SchemaSpec
{
    internal SchemaSpec(
        string name,
        string label,
        string description,
        bool isAbstract,
        ImmutableArray<string> extends,
        ImmutableSortedDictionary<string, PropertySpec> ownProperties,
        EdgeSpec? edge,
        string file)
    {
        Name = name;
        Label = label;
        Description = description;
        IsAbstract = isAbstract;
        Extends = extends;
        OwnProperties = ownProperties;
        Edge = edge;
        File = file;
        Properties = ownProperties;
        Ancestors = ImmutableArray<string>.Empty;
    }

    public string Name { get; }

    public string Label { get; }

    public string Description { get; }

    /// <summary>Abstract schemata (Thing) only lend properties; no entity has them as its type.</summary>
    public bool IsAbstract { get; }

    /// <summary>Direct parents.</summary>
    public ImmutableArray<string> Extends { get; }

    /// <summary>All ancestors, nearest first.</summary>
    public ImmutableArray<string> Ancestors { get; internal set; }

    /// <summary>Properties declared in this schema's own file.</summary>
    public ImmutableSortedDictionary<string, PropertySpec> OwnProperties { get; }

    /// <summary>All properties, own and inherited.</summary>
    public ImmutableSortedDictionary<string, PropertySpec> Properties { get; internal set; }

    public EdgeSpec? Edge { get; }

    /// <summary>The file the schema was loaded from, for error messages.</summary>
    public string File { get; }

    /// <summary>Whether this schema is <paramref name="other"/> or descends from it.</summary>
    public bool IsA(string other) => Name == other || Ancestors.Contains(other);

    /// <summary>Raw properties (unknown source fields) are allowed on every schema under this prefix.</summary>
    public const string RawPrefix = "raw:";

    /// <summary>Looks up a property, accepting <c>raw:*</c> as free strings.</summary>
    public PropertySpec? Property(string name)
    {
        if (Properties.TryGetValue(name, out var spec))
        {
            return spec;
        }

        return name.StartsWith(RawPrefix, StringComparison.Ordinal) && name.Length > RawPrefix.Length
            ? new PropertySpec(name, "string", name, null, null, false, Name)
            : null;
    }

    public override string ToString() => Name;
}
