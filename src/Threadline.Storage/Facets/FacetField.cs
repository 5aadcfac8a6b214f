namespace Threadline.Storage;

/// <summary>One facet asked of <see cref="IWorkspaceStore.FacetsOf"/>: a property, counted by value or by month.</summary>
/// <param name="Property">The property counted by.</param>
/// <param name="Kind">Values or months.</param>
public sealed record FacetField(string Property, FacetKind Kind = FacetKind.Value);
