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
        (_data.Confusables.TryGetValue(s[k], out var sk) && char.IsAsciiDigit(sk) && !InScriptWord(s, k)) || (char.IsLowSurrogate(s[k]) && k > 0 && char.IsHighSurrogate(s[k - 1]))
        || DigitForms.EndsAt(s, k + 1);

    private static bool NextIsLetter(string s, int j) =>
        (j < s.Length && char.IsLetter(s[j])) || (j + 1 < s.Length && s[j] is ' ' or '-' or '/' or '.' or ',' or '*' or '_' or '~' && char.IsLetter(s[j + 1]));

    /// <summary>
    /// Whether the non-Latin letter at <paramref name="k"/> stands in a word of its own script: its run of letters holds a
    /// letter of the same script that looks like no digit and no O, l or I ("Зоя": я). Then a look-alike (З, О, Ӏ) in it is
    /// a letter, not a digit; between digits or Latin letters ("0470 12 З4", "750ЗӀkisses") it stays a digit.
    /// </summary>
    private bool InScriptWord(string s, int k)
    {
        var script = Script(s[k]);
        if (script == 0)
        {
            return false;
        }

        var a = k;
        while (a > 0 && char.IsLetter(s[a - 1]) && k - a < MaxLetterRun)
        {
            a--;
        }

        for (var j = a; j < s.Length && j - k < MaxLetterRun && (j <= k || char.IsLetter(s[j])); j++)
        {
            if (j != k && Script(s[j]) == script && !(_data.Confusables.TryGetValue(s[j], out var sk) && (char.IsAsciiDigit(sk) || sk is 'O' or 'o' or 'l' or 'I')))
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>1 for Greek, 2 for Cyrillic, 3 for Armenian, 0 for anything else.</summary>
    private static int Script(char c) => c switch
    {
        >= '\u0370' and <= '\u03FF' => 1,
        >= '\u0400' and <= '\u052F' => 2,
        >= '\u0530' and <= '\u058F' => 3,
        _ => 0,
    };

    private static bool StartsDigitLike(string s, int k) => char.IsAsciiDigit(s[k]) || s[k] is >= '\uFF10' and <= '\uFF19' || (s[k] >= 0x80 && DigitForms.StartsAt(s, k));
}
