using Threadline.Extraction.Data;

namespace Threadline.Extraction.Phones;

/// <summary>A small trie over folded ASCII letters, for reading number words glued together ("twotwoeight").</summary>
internal sealed class WordTrie
{
    private readonly List<int[]> _next = [new int[26]];
    private readonly List<NumberWord?> _word = [null];

    public WordTrie(IEnumerable<KeyValuePair<string, NumberWord>> words)
    {
        foreach (var (key, w) in words)
        {
            if (key.Any(c => c is < 'a' or > 'z'))
            {
                continue;
            }

            var node = 0;
            foreach (var c in key)
            {
                var child = _next[node][c - 'a'];
                if (child == 0)
                {
                    child = _next.Count;
                    _next.Add(new int[26]);
                    _word.Add(null);
                    _next[node][c - 'a'] = child;
                }

                node = child;
            }

            _word[node] = w;
        }
    }

    /// <summary>Calls back for every word of the trie that is a prefix of <paramref name="s"/>: (length, word).</summary>
    public int Prefixes(ReadOnlySpan<char> s, Span<(int Length, NumberWord Word)> found)
    {
        var count = 0;
        var node = 0;
        for (var i = 0; i < s.Length && count < found.Length; i++)
        {
            var c = s[i];
            if (c is < 'a' or > 'z')
            {
                break;
            }

            node = _next[node][c - 'a'];
            if (node == 0)
            {
                break;
            }

            if (_word[node] is { } w)
            {
                found[count++] = (i + 1, w);
            }
        }

        return count;
    }
}
