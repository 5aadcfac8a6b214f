namespace Threadline.Storage;

/// <summary>What a facet counts entities by.</summary>
public enum FacetKind
{
    /// <summary>Each value of the property; most frequent first, then by value.</summary>
    Value,

    /// <summary>The month (<c>YYYY-MM</c>) of each date value of the property (values that start <c>YYYY-MM</c>); in calendar order.</summary>
    Month,
}
