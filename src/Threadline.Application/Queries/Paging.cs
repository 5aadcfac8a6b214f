namespace Threadline.Application.Queries;

/// <summary>The bounds every list a shell shows is paged within, so no input can ask for an unbounded answer.</summary>
public static class Paging
{
    /// <summary>Most items one page holds.</summary>
    public const int MaxLimit = 200;

    /// <summary>Page size when none is asked for.</summary>
    public const int DefaultLimit = 50;

    /// <summary>The furthest offset a page may start at.</summary>
    public const int MaxOffset = 100_000;

    /// <summary>Offset and limit brought within bounds (a negative offset is 0; a limit below 1 is the default).</summary>
    public static (int Offset, int Limit) Clamp(int? offset, int? limit) =>
        (Math.Clamp(offset ?? 0, 0, MaxOffset), limit is null or < 1 ? DefaultLimit : Math.Min(limit.Value, MaxLimit));

    /// <summary>A page cut from a list already in memory.</summary>
    public static PageOf<T> Of<T>(IReadOnlyList<T> all, int? offset, int? limit)
    {
        ArgumentNullException.ThrowIfNull(all);
        var (skip, take) = Clamp(offset, limit);
        return new PageOf<T>(all.Skip(skip).Take(take).ToList(), skip, take, all.Count);
    }
}
