using System.Text;

namespace Threadline.Storage;

/// <summary>
/// A snippet of a full-text value for a hit: a window of <see cref="Window"/> words around the most matches, each
/// match (a word, or a phrase's run of words) marked by [ and ], an ellipsis where the value was cut. Made here from
/// the same words as the index (<see cref="TextTokens"/>), so what is marked is what matched. Every engine's snippets
/// come from here.
/// </summary>
internal static class SnippetMaker
{
    public const int Window = 24;

    /// <summary>The words of each search term, folded as the index folds them, for <see cref="Make"/>; terms without a word are left out.</summary>
    public static IReadOnlyList<(string[] Words, bool Prefix)> Terms(IEnumerable<SearchTerm> terms) =>
        terms.Select(t => (TextTokens.Words(t.Text).ToArray(), t.Prefix)).Where(t => t.Item1.Length > 0).ToList();

    /// <summary>The snippet of <paramref name="value"/> for these terms.</summary>
    public static string Make(string value, IReadOnlyList<(string[] Words, bool Prefix)> terms) => Marked(value, terms).Snippet;

    /// <summary>The snippet of <paramref name="value"/> for these terms, and how many matches it marks.</summary>
    public static (string Snippet, int Marks) Marked(string value, IReadOnlyList<(string[] Words, bool Prefix)> terms)
    {
        var spans = TextTokens.Spans(value).ToList();
        var words = new string[spans.Count];
        for (var i = 0; i < spans.Count; i++)
        {
            words[i] = TextTokens.Fold(value.AsSpan(spans[i].Start, spans[i].Length));
        }

        var matches = Matches(words, terms);
        if (spans.Count == 0)
        {
            return (value.Length > 200 ? value[..200] + "…" : value, 0);
        }

        var start = BestStart(matches, spans.Count);
        var end = Math.Min(spans.Count, start + Window);
        var text = new StringBuilder();
        if (start > 0)
        {
            text.Append('…');
        }

        var at = spans[start].Start;
        var marks = 0;
        foreach (var (first, last) in matches.Where(m => m.First >= start && m.Last < end))
        {
            marks++;
            text.Append(value, at, spans[first].Start - at).Append('[');
            at = spans[last].Start + spans[last].Length;
            text.Append(value, spans[first].Start, at - spans[first].Start).Append(']');
        }

        var stop = spans[end - 1].Start + spans[end - 1].Length;
        if (stop > at)
        {
            text.Append(value, at, stop - at);
        }

        if (end < spans.Count)
        {
            text.Append('…');
        }

        return (text.ToString(), marks);
    }

    /// <summary>Every match as its first and last word, in order, not overlapping.</summary>
    private static List<(int First, int Last)> Matches(string[] words, IReadOnlyList<(string[] Words, bool Prefix)> terms)
    {
        var matches = new List<(int First, int Last)>();
        var i = 0;
        while (i < words.Length)
        {
            var longest = 0;
            foreach (var (termWords, prefix) in terms)
            {
                if (termWords.Length > longest && Matches(words, i, termWords, prefix))
                {
                    longest = termWords.Length;
                }
            }

            if (longest > 0)
            {
                matches.Add((i, i + longest - 1));
                i += longest;
            }
            else
            {
                i++;
            }
        }

        return matches;
    }

    private static bool Matches(string[] words, int at, string[] term, bool prefix)
    {
        if (at + term.Length > words.Length)
        {
            return false;
        }

        for (var j = 0; j < term.Length; j++)
        {
            var last = j == term.Length - 1;
            var ok = last && prefix
                ? words[at + j].StartsWith(term[j], StringComparison.Ordinal)
                : string.Equals(words[at + j], term[j], StringComparison.Ordinal);
            if (!ok)
            {
                return false;
            }
        }

        return true;
    }

    /// <summary>The first word of the window holding the most matches (the earliest such window), starting a few words before its first match.</summary>
    private static int BestStart(List<(int First, int Last)> matches, int count)
    {
        if (matches.Count == 0 || count <= Window)
        {
            return 0;
        }

        var best = 0;
        var bestCount = -1;
        for (var m = 0; m < matches.Count; m++)
        {
            var start = Math.Max(0, Math.Min(matches[m].First - 3, count - Window));
            var inside = 0;
            for (var n = m; n < matches.Count && matches[n].Last < start + Window; n++)
            {
                inside++;
            }

            if (inside > bestCount)
            {
                best = start;
                bestCount = inside;
            }
        }

        return best;
    }
}
