namespace Threadline.Storage;

/// <summary>
/// A parsed search: clauses that must all match one entity, each a list of alternatives. The syntax is
/// Threadline's own, the same for every engine (docs/search.md): words, <c>"exact phrases"</c>, <c>prefix*</c>,
/// <c>OR</c> between terms, <c>field:value</c>. Parsing never fails: what is not syntax is literal text.
/// </summary>
public sealed class SearchQuery
{
    internal SearchQuery(IReadOnlyList<SearchClause> clauses)
    {
        Clauses = clauses;
    }

    /// <summary>The clauses, all required, in the order typed.</summary>
    public IReadOnlyList<SearchClause> Clauses { get; }

    /// <summary>Nothing to search for (blank text, or only characters that are neither letters nor digits).</summary>
    public bool IsEmpty => Clauses.Count == 0;

    /// <summary>Every term of every clause.</summary>
    public IEnumerable<SearchTerm> Terms => Clauses.SelectMany(c => c.Terms);

    /// <summary>
    /// Parses search text. Only the first <see cref="SearchLimits.MaxQueryLength"/> characters and
    /// <see cref="SearchLimits.MaxTerms"/> terms are used; malformed input (an unclosed quote, a dangling
    /// <c>OR</c>, an unknown field) degrades to literal words instead of failing.
    /// </summary>
    /// <param name="text">What the user typed.</param>
    /// <param name="fields">The field names the workspace's model knows (<see cref="SearchFields.For"/>).</param>
    public static SearchQuery Parse(string text, SearchFields fields)
    {
        ArgumentNullException.ThrowIfNull(text);
        ArgumentNullException.ThrowIfNull(fields);
        return SearchQueryParser.Parse(text, fields);
    }

    /// <summary>This query restricted to entities of one schema (as if <c>schema:NAME</c> were typed after it).</summary>
    public SearchQuery Within(string schema)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(schema);
        return IsEmpty ? this : new SearchQuery([.. Clauses, new SearchClause([new SearchTerm(schema, Field: new SearchField(SearchFields.Schema, SearchFieldKind.Schema))])]);
    }

    /// <summary>The query as the syntax writes it: parsing this text again gives the same query.</summary>
    public override string ToString() => string.Join(' ', Clauses);
}
