namespace Threadline.Storage;

/// <summary>Terms joined by <c>OR</c>: an entity matches the clause when it matches any of them.</summary>
public sealed class SearchClause
{
    public SearchClause(IReadOnlyList<SearchTerm> terms)
    {
        ArgumentNullException.ThrowIfNull(terms);
        Terms = terms;
    }

    /// <summary>The alternatives, in the order typed (at least one).</summary>
    public IReadOnlyList<SearchTerm> Terms { get; }

    /// <summary>The clause as the query syntax writes it.</summary>
    public override string ToString() => string.Join(" OR ", Terms);
}
