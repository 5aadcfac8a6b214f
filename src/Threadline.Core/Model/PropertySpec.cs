namespace Threadline.Core.Model;

/// <summary>A typed property of a schema.</summary>
/// <param name="Name">Property name, unique within the schema and its ancestors.</param>
/// <param name="Type">One of <see cref="PropertyType.All"/>.</param>
/// <param name="Label">Human label.</param>
/// <param name="Range">For entity properties: the schema the value points at.</param>
/// <param name="Reverse">For entity properties: the name of the inverse relation, shown on the target.</param>
/// <param name="FullText">Whether values are indexed for full-text search.</param>
/// <param name="DeclaredBy">The schema whose file declares the property.</param>
public sealed record PropertySpec(
    string Name,
    string Type,
    string Label,
    string? Range,
    string? Reverse,
    bool FullText,
    string DeclaredBy)
{
    /// <summary>Entity-typed properties are the graph edges between entities.</summary>
    public bool IsEdge => Type == PropertyType.Entity;
}
