using NpgsqlTypes;

namespace Threadline.Storage.Postgres;

/// <summary>
/// Threadline's search terms as PostgreSQL <c>tsquery</c> trees, built as typed values (Npgsql sends them in binary), so no
/// text a user types is ever read as tsquery syntax: a term's words come from <see cref="TextTokens"/>, a phrase (or a
/// term of several words, such as <c>note:call</c>) is its words joined by <c>&lt;-&gt;</c> (next to each other, in
/// order), a prefix marks the last word <c>:*</c>, and alternatives are joined by <c>|</c>.
/// </summary>
internal static class TsQueries
{
    /// <summary>The query of one term, or null when it has no word (nothing it could match).</summary>
    public static NpgsqlTsQuery? Of(SearchTerm term)
    {
        var words = TextTokens.Words(term.Text).ToList();
        if (words.Count == 0)
        {
            return null;
        }

        NpgsqlTsQuery? query = null;
        for (var i = 0; i < words.Count; i++)
        {
            var lexeme = new NpgsqlTsQueryLexeme(words[i], NpgsqlTsQueryLexeme.Weight.None, isPrefixSearch: term.Prefix && i == words.Count - 1);
            query = query is null ? lexeme : new NpgsqlTsQueryFollowedBy(query, 1, lexeme);
        }

        return query;
    }

    /// <summary>Terms as alternatives; null when none has a word.</summary>
    public static NpgsqlTsQuery? Any(IEnumerable<SearchTerm> terms)
    {
        NpgsqlTsQuery? query = null;
        foreach (var term in terms)
        {
            if (Of(term) is { } one)
            {
                query = query is null ? one : new NpgsqlTsQueryOr(query, one);
            }
        }

        return query;
    }
}
