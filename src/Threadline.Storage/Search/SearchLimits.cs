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

    /// <summary>
    /// Values one group of words is ranked among. Ranking every value that holds a common word costs time in
    /// proportion to them (a word in every ad of a 1M-ad workspace is ranked in about a second); when words match more
    /// values than this, an engine ranks the most recently stored <c>RankWindow</c> of them, and for a query of several
    /// plain clauses also the most recent values that hold all of its clauses at once. A query whose words match fewer
    /// values is ranked over all of them.
    /// </summary>
    public const int RankWindow = 5_000;
}
