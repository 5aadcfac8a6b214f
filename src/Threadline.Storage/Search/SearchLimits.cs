namespace Threadline.Storage;

/// <summary>Bounds on what search text can make an engine do; every engine applies the same ones.</summary>
public static class SearchLimits
{
    /// <summary>Characters of a query read; the rest is ignored.</summary>
    public const int MaxQueryLength = 1000;

    /// <summary>Terms (words, phrases, field values) of a query used; later ones are ignored.</summary>
    public const int MaxTerms = 32;

    /// <summary>Most hits one call returns; a larger limit is cut to this.</summary>
    public const int MaxLimit = 10_000;

    /// <summary>Hits reachable by paging: a page that starts or ends past the first <c>MaxDepth</c> hits is cut there.</summary>
    public const int MaxDepth = 100_000;
}
