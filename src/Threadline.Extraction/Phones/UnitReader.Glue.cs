using Threadline.Extraction.Data;

namespace Threadline.Extraction.Phones;

/// <summary>Number words glued to other words or to digits ("weekendzero4", "nine2kisses"): the edges of a letter run.</summary>
internal sealed partial class UnitReader
{
    /// <summary>
    /// Start of the longest chain of number words ending the letter run (matched right to left, longest word first);
    /// the chain must begin with a whole word, except a lone trailing letter O/l right before digits ("helloO470"). 0 = none.
    /// </summary>
    private int SuffixChain(string s, int i, Span<char> mapped, Span<bool> look, bool digitAfter)
    {
        var len = mapped.Length;
        Span<char> reversed = stackalloc char[len];
        for (var k = 0; k < len; k++)
        {
            reversed[k] = mapped[len - 1 - k];
        }

        var found = t_found ??= new (int, NumberWord)[8];
        var p = len;
        var wordStart = -1;
        var tokens = 0;
        var lastWeak = false;
        while (p > 0)
        {
            var count = _reverse.Prefixes(reversed[(len - p)..], found);
            if (count > 0)
            {
                p -= found[count - 1].Length;
                wordStart = p;
                tokens++;
                lastWeak = found[count - 1].Word.Weak;
                continue;
            }

            if (IsLetterDigit(s[i + p - 1], mapped[p - 1], look[p - 1]))
            {
                p--;
                tokens++;
                continue;
            }

            break;
        }

        // One everyday word at the end of a longer word is the word's own ending ("Bruna", "Simone", "into").
        if (wordStart > 0 && !(tokens == 1 && lastWeak))
        {
            return wordStart;
        }

        // No word: only a single letter O or l glued right onto digits ("xoxo0157...", not "Torino 356"). "smsOO49..." stays
        // unread: "oO6..." is as often a word's last letter before a national 06 number.
        return digitAfter && i + len < s.Length && StartsDigitLike(s, i + len) && len > 1 && IsLetterDigit(s[i + len - 1], mapped[len - 1], look[len - 1]) ? len - 1 : 0;
    }

    /// <summary>End of the longest chain of number words starting the letter run (greedy, longest word first); 0 = none.</summary>
    private int PrefixChain(Span<char> mapped)
    {
        var found = t_found ??= new (int, NumberWord)[8];
        var e = 0;
        var wordEnd = 0;
        var tokens = 0;
        var weak = false;
        while (e < mapped.Length)
        {
            var count = _trie.Prefixes(mapped[e..], found);
            if (count == 0)
            {
                break;
            }

            e += found[count - 1].Length;
            wordEnd = e;
            tokens++;
            weak = found[count - 1].Word.Weak;
        }

        // One everyday word at the start of a longer word is the word's own beginning ("Tot", "tonight", "format").
        return tokens == 1 && weak ? 0 : wordEnd;
    }

    /// <summary>A digit-like character at <paramref name="k"/> or one separator further in direction <paramref name="dir"/>.</summary>
    private static bool NearDigit(string s, int k, int dir)
    {
        for (var step = 0; step < 2; step++, k += dir)
        {
            if (k < 0 || k >= s.Length)
            {
                return false;
            }

            if (StartsDigitLike(s, k) || (dir < 0 && s[k] == '\u20E3'))
            {
                return true;
            }

            if (s[k] is not ' ' and not '.' and not '-' and not '/' and not '*' and not ',' and not '_')
            {
                return false;
            }
        }

        return false;
    }

    /// <summary>Whether the character before position k+1 ends a look-alike digit (e.g. Cyrillic З) or a surrogate-pair digit.</summary>
    private bool IsDigitUnitEnd(string s, int k) =>
        (_data.Confusables.TryGetValue(s[k], out var sk) && char.IsAsciiDigit(sk)) || (char.IsLowSurrogate(s[k]) && k > 0 && char.IsHighSurrogate(s[k - 1]))
        || DigitForms.EndsAt(s, k + 1);

    private static bool NextIsLetter(string s, int j) =>
        (j < s.Length && char.IsLetter(s[j])) || (j + 1 < s.Length && s[j] is ' ' or '-' or '/' or '.' or ',' or '*' or '_' or '~' && char.IsLetter(s[j + 1]));

    private static bool StartsDigitLike(string s, int k) => char.IsAsciiDigit(s[k]) || s[k] is >= '\uFF10' and <= '\uFF19' || (s[k] >= 0x80 && DigitForms.StartsAt(s, k));
}
