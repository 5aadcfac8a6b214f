namespace Threadline.Storage;

/// <summary>The order of a page of results.</summary>
public enum ResultOrder
{
    /// <summary>Smallest sort key first, ties by id (in code-point order).</summary>
    Ascending,

    /// <summary>The exact reverse of <see cref="Ascending"/>: largest sort key first, ties by id from the last.</summary>
    Descending,
}
