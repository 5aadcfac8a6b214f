namespace Threadline.Storage;

/// <summary>A field a search term is limited to.</summary>
/// <param name="Name">The property name as the model spells it (<c>postedAt</c>), or <c>schema</c>.</param>
/// <param name="Kind">How values of the field match.</param>
public sealed record SearchField(string Name, SearchFieldKind Kind);
