namespace Threadline.Core.Model;

/// <summary>
/// For relationship schemata (FollowTheMoney style, e.g. Payment): the entity is drawn as an edge
/// from the entity in <see cref="Source"/> to the entity in <see cref="Target"/>.
/// </summary>
public sealed record EdgeSpec(string Source, string Target, string Label, bool Directed);
