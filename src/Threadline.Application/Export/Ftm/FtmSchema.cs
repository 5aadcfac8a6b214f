using System.Collections.Frozen;

namespace Threadline.Application.Export.Ftm;

/// <summary>
/// A FollowTheMoney schema as far as Threadline writes or reads it: its ancestors, the properties it may carry
/// (own and inherited), the properties every entity of it must have, and the ends of its edge if it is a relationship.
/// </summary>
public sealed class FtmSchema
{
    internal FtmSchema(string name, bool isAbstract, IReadOnlyList<string> extends, IReadOnlyList<string> ownRequired, IReadOnlyDictionary<string, FtmProperty> ownProperties, (string Source, string Target)? edge)
    {
        Name = name;
        IsAbstract = isAbstract;
        Extends = extends;
        OwnRequired = ownRequired;
        OwnProperties = ownProperties;
        Edge = edge;
        Properties = FrozenDictionary<string, FtmProperty>.Empty;
        Required = [];
        Ancestors = FrozenSet<string>.Empty;
    }

    public string Name { get; }

    /// <summary>Abstract schemata lend properties; no entity is written with one.</summary>
    public bool IsAbstract { get; }

    public IReadOnlyList<string> Extends { get; }

    /// <summary>Required properties this schema itself declares.</summary>
    public IReadOnlyList<string> OwnRequired { get; }

    public IReadOnlyDictionary<string, FtmProperty> OwnProperties { get; }

    /// <summary>The ends of the edge a relationship schema stands for (source, target), or null.</summary>
    public (string Source, string Target)? Edge { get; }

    /// <summary>Own and inherited properties.</summary>
    public FrozenDictionary<string, FtmProperty> Properties { get; internal set; }

    /// <summary>Required properties of this schema and of every ancestor: the stricter reading, so an entity that passes it passes any.</summary>
    public IReadOnlyList<string> Required { get; internal set; }

    /// <summary>This schema and every ancestor.</summary>
    public FrozenSet<string> Ancestors { get; internal set; }

    public bool IsA(string schema) => Ancestors.Contains(schema);

    public FtmProperty? Property(string name) => Properties.GetValueOrDefault(name);

    public override string ToString() => Name;
}
