namespace Threadline.Application.Queries;

/// <summary>One page of a longer list: the items, where the page starts, its size and how many there are in all.</summary>
/// <param name="Items">The page's items.</param>
/// <param name="Offset">Items skipped before the page.</param>
/// <param name="Limit">The page size asked for (after <see cref="Paging.Clamp"/>).</param>
/// <param name="Total">Items in the whole list.</param>
public sealed record PageOf<T>(IReadOnlyList<T> Items, int Offset, int Limit, long Total)
{
    /// <summary>True when items follow this page.</summary>
    public bool HasMore => Offset + Items.Count < Total;
}
