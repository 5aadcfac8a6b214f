namespace Threadline.Storage;

/// <summary>The shape every engine gives a facet (<see cref="IWorkspaceStore.Facet"/>).</summary>
public static class Facets
{
    /// <summary>The key entities lacking the property (or, for months, a date-shaped value) are counted under; always last.</summary>
    public const string Unknown = "(unknown)";

    /// <summary>Most keys one facet returns (besides <see cref="Unknown"/>); a larger limit is cut to this.</summary>
    public const int MaxLimit = 10_000;

    /// <summary>Most entities <see cref="IWorkspaceStore.FacetsOf"/> counts; ids past these are left out.</summary>
    public const int MaxEntities = 10_000;

    /// <summary>
    /// Puts counted keys in facet order and cuts them to <paramref name="limit"/>: by value, most entities first then
    /// the key in ordinal order; by month, in calendar order. <see cref="Unknown"/> comes last when its count is above 0.
    /// </summary>
    public static IReadOnlyList<KeyValuePair<string, long>> Order(IEnumerable<KeyValuePair<string, long>> counts, FacetKind kind, long unknown, int limit)
    {
        ArgumentNullException.ThrowIfNull(counts);
        var ordered = kind == FacetKind.Month
            ? counts.OrderBy(kv => kv.Key, StringComparer.Ordinal)
            : counts.OrderByDescending(kv => kv.Value).ThenBy(kv => kv.Key, StringComparer.Ordinal);
        var result = ordered.Take(Math.Clamp(limit, 0, MaxLimit)).ToList();
        if (unknown > 0)
        {
            result.Add(new(Unknown, unknown));
        }

        return result;
    }

    /// <summary>The month key of a date value (<c>2026-03-04T10:00Z</c> → <c>2026-03</c>), or null when it does not start <c>YYYY-MM</c>.</summary>
    public static string? Month(string value)
    {
        ArgumentNullException.ThrowIfNull(value);
        return value.Length >= 7 && char.IsAsciiDigit(value[0]) && char.IsAsciiDigit(value[1]) && char.IsAsciiDigit(value[2]) && char.IsAsciiDigit(value[3])
            && value[4] == '-' && value[5] is '0' or '1' && char.IsAsciiDigit(value[6])
            ? value[..7]
            : null;
    }
}
