using System.Text;

namespace Threadline.Storage;

/// <summary>
/// Reads search text into a <see cref="SearchQuery"/>: first into tokens (terms and the operators <c>OR</c> and
/// <c>AND</c>), then into clauses. Nothing throws: an operator without a term on both sides is a literal word, a
/// quote that does not close is a space, an unknown field is part of the word, and a term without a letter or digit
/// is left out.
/// </summary>
internal static class SearchQueryParser
{
    public static SearchQuery Parse(string text, SearchFields fields)
    {
        var tokens = Tokens(text.Length > SearchLimits.MaxQueryLength ? text[..SearchLimits.MaxQueryLength] : text);
        var clauses = new List<List<SearchTerm>>();
        var termCount = 0;
        var previousWasTerm = false;
        var joinNext = false;
        for (var i = 0; i < tokens.Count && termCount < SearchLimits.MaxTerms; i++)
        {
            var token = tokens[i];
            var between = previousWasTerm && i + 1 < tokens.Count && tokens[i + 1].Operator is null;
            if (token.Operator is { } op)
            {
                if (between)
                {
                    // "a OR b" joins b to a's clause; "a AND b" is what "a b" means anyway.
                    joinNext = op == "OR";
                    previousWasTerm = false;
                    continue;
                }

                token = new Token(op, null, false, false, null);
            }

            previousWasTerm = true;
            var term = Resolve(token, fields);
            var join = joinNext;
            joinNext = false;
            if (term is null)
            {
                continue;
            }

            termCount++;
            if (join && clauses.Count > 0)
            {
                clauses[^1].Add(term);
            }
            else
            {
                clauses.Add([term]);
            }
        }

        return new SearchQuery(clauses.Select(c => new SearchClause(c)).ToArray());
    }

    /// <summary>The term a token stands for, or null when it has nothing to search for.</summary>
    private static SearchTerm? Resolve(Token token, SearchFields fields)
    {
        var text = token.Text;
        SearchField? field = null;
        if (token.Field is { } name)
        {
            if (fields.TryGet(name, out var known))
            {
                field = known;
            }
            else
            {
                // Not a field ("10:30" never gets here; "note:call" does): the whole thing is text.
                text = name + ":" + text;
            }
        }

        return HasLetterOrDigit(text) ? new SearchTerm(text, token.Phrase, token.Prefix, field) : null;
    }

    private static bool HasLetterOrDigit(string text)
    {
        foreach (var rune in text.EnumerateRunes())
        {
            if (Rune.IsLetterOrDigit(rune))
            {
                return true;
            }
        }

        return false;
    }

    private static List<Token> Tokens(string input)
    {
        var text = input.ToCharArray();
        var tokens = new List<Token>();
        var i = 0;
        while (i < text.Length)
        {
            if (IsSpace(text[i]))
            {
                i++;
                continue;
            }

            var start = i;
            var field = FieldName(text, i, out var valueStart);
            i = valueStart;
            if (text[i] == '"')
            {
                var close = Array.IndexOf(text, '"', i + 1);
                if (close < 0)
                {
                    // An unclosed quote quotes nothing: read on as if it were a space.
                    text[i] = ' ';
                    i = start;
                    continue;
                }

                var phrase = new string(text, i + 1, close - i - 1).Trim();
                i = close + 1;
                var prefix = false;
                while (i < text.Length && text[i] == '*')
                {
                    prefix = true;
                    i++;
                }

                tokens.Add(new Token(phrase, field, Phrase: true, prefix, null));
                continue;
            }

            var end = i;
            while (end < text.Length && !IsSpace(text[end]))
            {
                end++;
            }

            var word = new string(text, i, end - i);
            i = end;
            var trimmed = word.TrimEnd('*');
            if (field is null && word is "OR" or "AND")
            {
                tokens.Add(new Token(word, null, false, false, word));
            }
            else
            {
                tokens.Add(new Token(trimmed, field, Phrase: false, Prefix: trimmed.Length < word.Length, null));
            }
        }

        return tokens;
    }

    /// <summary>The field name of <c>name:value</c> starting at <paramref name="at"/>, if any, and where the value starts.</summary>
    private static string? FieldName(char[] text, int at, out int valueStart)
    {
        valueStart = at;
        if (!char.IsAsciiLetter(text[at]))
        {
            return null;
        }

        var end = at + 1;
        while (end < text.Length && char.IsAsciiLetterOrDigit(text[end]))
        {
            end++;
        }

        if (end + 1 >= text.Length || text[end] != ':' || IsSpace(text[end + 1]))
        {
            return null;
        }

        valueStart = end + 1;
        return new string(text, at, end - at);
    }

    private static bool IsSpace(char c) => char.IsWhiteSpace(c) || char.IsControl(c);

    /// <param name="Text">The word, or the phrase between its quotes.</param>
    /// <param name="Field">The name before <c>:</c>, not yet checked against the model.</param>
    /// <param name="Phrase">Quoted.</param>
    /// <param name="Prefix">Followed by <c>*</c>.</param>
    /// <param name="Operator"><c>OR</c> or <c>AND</c> as typed; null for a term.</param>
    private sealed record Token(string Text, string? Field, bool Phrase, bool Prefix, string? Operator);
}
