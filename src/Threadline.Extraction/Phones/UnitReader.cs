using Threadline.Extraction.Data;
using Threadline.Extraction.Text;

namespace Threadline.Extraction.Phones;

/// <summary>
/// Reads a field into runs of digit units: ASCII, full-width and keycap digits, every other Unicode digit form
/// (<see cref="DigitForms"/>: other scripts, mathematical, circled and enclosed, superscript), look-alike letters (TR39 skeleton),
/// Chinese numerals, number words and homophones (glued or not), letter O and l/I, joined by separators
/// (DOMAIN.md, "How ads hide phone numbers"). Linear in the text length; letter runs longer than
/// <see cref="MaxLetterRun"/> are never read as digits.
/// </summary>
internal sealed partial class UnitReader
{
    private const int MaxLetterRun = 80;
    private const int MaxSeparatorChars = 6;
    private const int MaxSeparatorPunct = 3;
    private readonly ExtractionData _data;
    private readonly WordTrie _trie;
    private readonly WordTrie _reverse;

    [ThreadStatic]
    private static (int Length, NumberWord Word)[]? t_found;

    public UnitReader(ExtractionData data)
    {
        _data = data;
        _trie = new WordTrie(data.NumberWords);
        _reverse = new WordTrie(data.NumberWords.Select(kv => new KeyValuePair<string, NumberWord>(new string(kv.Key.Reverse().ToArray()), kv.Value)));
    }

    public void Read(string s, List<Unit> units, List<Run> runs)
    {
        var n = s.Length;
        var open = false;
        var runFirst = 0;
        var sepLen = 0;
        var sepPunct = 0;
        var sepSpaces = 0;
        var sepChar = '\0';
        var invisible = false;
        var i = 0;
        while (i < n)
        {
            var before = units.Count;
            var next = ReadUnits(s, i, units);
            if (units.Count > before)
            {
                if (!open)
                {
                    open = true;
                    runFirst = before;
                    var u = units[before];
                    u.Sep = SepKind.Glued;
                    units[before] = u;
                }
                else
                {
                    var u = units[before];
                    u.Sep = sepLen == 0 ? SepKind.Glued
                        : sepPunct == 0 || (sepLen == 1 && sepChar is '.' or '-' or '/') ? SepKind.Normal
                        : SepKind.Odd;
                    if (invisible)
                    {
                        u.Flags |= UnitFlags.InvisibleBefore;
                    }

                    units[before] = u;
                }

                sepLen = sepPunct = sepSpaces = 0;
                sepChar = '\0';
                invisible = false;
                i = next;
                continue;
            }

            var c = s[i];
            if (open && IsIgnorable(c))
            {
                invisible = true;
                i++;
                continue;
            }

            if (open && IsSeparator(c, out var isPunct))
            {
                sepLen++;
                if (isPunct)
                {
                    sepPunct++;
                    sepChar = c;
                }
                else
                {
                    sepSpaces++;
                }

                if (sepLen > MaxSeparatorChars || sepPunct > MaxSeparatorPunct)
                {
                    Close(units, runs, runFirst, ref open);
                    sepLen = sepPunct = sepSpaces = 0;
                    invisible = false;
                }

                i++;
                continue;
            }

            if (open)
            {
                Close(units, runs, runFirst, ref open);
                sepLen = sepPunct = sepSpaces = 0;
                invisible = false;
            }

            i = Math.Max(next, i + 1);
        }

        if (open)
        {
            Close(units, runs, runFirst, ref open);
        }
    }

    private static void Close(List<Unit> units, List<Run> runs, int first, ref bool open)
    {
        runs.Add(new Run { First = first, Count = units.Count - first });
        open = false;
    }

    /// <summary>Reads the unit(s) at <paramref name="i"/>; returns the index after what was consumed (units may be none: then a breaker).</summary>
    private int ReadUnits(string s, int i, List<Unit> units)
    {
        var c = s[i];
        if (c is >= '0' and <= '9')
        {
            var end = i + 1;
            var flags = UnitFlags.None;
            var k = end;
            while (k < s.Length && s[k] is '\uFE0F' or '\uFE0E')
            {
                k++;
            }

            if (k < s.Length && s[k] == '\u20E3')
            {
                end = k + 1;
                flags = UnitFlags.Keycap;
            }

            units.Add(new Unit { Start = i, End = end, Digit = c, Flags = flags });
            return end;
        }

        if (c is '+' or '\uFF0B')
        {
            units.Add(new Unit { Start = i, End = i + 1, Digit = '+', Flags = UnitFlags.Plus });
            return i + 1;
        }

        if (c is >= '\uFF10' and <= '\uFF19')
        {
            units.Add(new Unit { Start = i, End = i + 1, Digit = (char)('0' + (c - '\uFF10')), Flags = UnitFlags.Fullwidth });
            return i + 1;
        }

        if (c < 0x80)
        {
            return char.IsAsciiLetter(c) ? ReadLetters(s, i, units) : i + 1;
        }

        if (char.IsHighSurrogate(c))
        {
            if (i + 1 >= s.Length || !char.IsLowSurrogate(s[i + 1]))
            {
                return i + 1;
            }

            if (AddDigitForm(s, i, units) is var astral and > 0)
            {
                return astral;
            }

            if (_data.Confusables.TryGetValue(char.ConvertToUtf32(c, s[i + 1]), out var sk))
            {
                AddSkeleton(units, i, i + 2, sk);
            }

            return i + 2;
        }

        if (_data.ChineseNumerals.TryGetValue(c, out var zh))
        {
            units.Add(new Unit { Start = i, End = i + 1, Digit = (char)('0' + zh), Flags = UnitFlags.Chinese, Languages = ["zh"] });
            return i + 1;
        }

        if (AddDigitForm(s, i, units) is var next and > 0)
        {
            return next;
        }

        if (_data.Confusables.TryGetValue(c, out var skel) && char.IsAsciiDigit(skel))
        {
            // "Зоя", "Зарина": a Cyrillic letter that looks like a digit is a letter inside a word of its own script.
            if (!InScriptWord(s, i))
            {
                units.Add(new Unit { Start = i, End = i + 1, Digit = skel, Flags = UnitFlags.Lookalike });
            }

            return i + 1;
        }

        return IsLetterLike(c) ? ReadLetters(s, i, units) : i + 1;
    }

    /// <summary>
    /// Units for a non-ASCII digit form at <paramref name="i"/> (<see cref="DigitForms"/>): one unit per digit, each spanning
    /// the character ("⑫" gives 1 and 2). Returns the index after it, 0 when it is none. A superscript right after a letter
    /// and not followed by another (after at most one space) is an exponent ("m²", "cm³"), read as nothing.
    /// </summary>
    private static int AddDigitForm(string s, int i, List<Unit> units)
    {
        Span<char> digits = stackalloc char[2];
        var count = DigitForms.Read(s, i, digits, out var length, out var family);
        if (count == 0)
        {
            return 0;
        }

        var end = i + length;
        if (family == DigitForms.Family.Superscript && i > 0 && char.IsLetter(s[i - 1]) && !SuperscriptAt(s, end) && !(end < s.Length && s[end] == ' ' && SuperscriptAt(s, end + 1)))
        {
            return end;
        }

        var flags = family switch
        {
            DigitForms.Family.Enclosed => UnitFlags.Enclosed,
            DigitForms.Family.Superscript => UnitFlags.Superscript,
            DigitForms.Family.Keycap => UnitFlags.Keycap,
            _ => UnitFlags.Lookalike,
        };
        for (var k = 0; k < count; k++)
        {
            units.Add(new Unit { Start = i, End = end, Digit = digits[k], Flags = flags });
        }

        return end;
    }

    private static bool SuperscriptAt(string s, int i) => i < s.Length && DigitForms.IsSuperscript(s[i]);

    private static void AddSkeleton(List<Unit> units, int start, int end, char sk)
    {
        if (char.IsAsciiDigit(sk))
        {
            units.Add(new Unit { Start = start, End = end, Digit = sk, Flags = UnitFlags.Lookalike });
        }
        else if (sk is 'O' or 'o')
        {
            units.Add(new Unit { Start = start, End = end, Digit = '0', Flags = UnitFlags.Lookalike | UnitFlags.Weak | UnitFlags.FromLetters });
        }
        else if (sk is 'l' or 'I')
        {
            units.Add(new Unit { Start = start, End = end, Digit = '1', Flags = UnitFlags.Lookalike | UnitFlags.Weak | UnitFlags.FromLetters });
        }
    }

    private bool IsLetterLike(char c) =>
        char.IsLetter(c) && !IsHan(c) && !(_data.Confusables.TryGetValue(c, out var sk) && char.IsAsciiDigit(sk));

    private static bool IsHan(char c) => c is >= '\u3400' and <= '\u9FFF' or >= '\uF900' and <= '\uFAFF' or '\u3007';

    /// <summary>Reads a run of letters; emits units only when the whole run is number words / letter digits.</summary>
    private int ReadLetters(string s, int i, List<Unit> units)
    {
        var j = i;
        while (j < s.Length && (char.IsAsciiLetter(s[j]) || (s[j] >= 0x80 && IsLetterLike(s[j]))))
        {
            j++;
        }

        var len = j - i;
        if (len > MaxLetterRun || len == 0)
        {
            return Math.Max(j, i + 1);
        }

        Span<char> mapped = stackalloc char[len];
        Span<bool> look = stackalloc bool[len];
        for (var k = 0; k < len; k++)
        {
            var ch = s[i + k];
            if (ch < 0x80)
            {
                mapped[k] = TextFold.Fold(ch);
            }
            else if (_data.Confusables.TryGetValue(ch, out var sk) && char.IsAsciiLetter(sk))
            {
                mapped[k] = char.ToLowerInvariant(sk);
                look[k] = true;
            }
            else
            {
                mapped[k] = TextFold.Fold(ch);
            }
        }

        if (Segment(s, i, mapped, look, 0, len, units, requireWordAtEdge: false))
        {
            return j;
        }

        // Glued: "weekendzero4...", "smsseis Uno...", "...nine2kisses": the number words at the edge of a longer word.
        var digitAfter = NearDigit(s, j, +1);
        if (digitAfter || (j < s.Length && NextIsLetter(s, j)))
        {
            var p = SuffixChain(s, i, mapped, look, digitAfter);
            if (p > 0 && Segment(s, i, mapped, look, p, len, units, requireWordAtEdge: false))
            {
                return j;
            }
        }

        if (NearDigit(s, i - 1, -1) || (i > 0 && IsDigitUnitEnd(s, i - 1)) || (units.Count > 0 && i - units[^1].End is >= 0 and <= 2))
        {
            var e = PrefixChain(mapped);

            // No word: only a single letter O or l glued right after digits ("750ЗӀkisses").
            if (e == 0 && i > 0 && (StartsDigitLike(s, i - 1) || s[i - 1] == '\u20E3' || IsDigitUnitEnd(s, i - 1)) && IsLetterDigit(s[i], mapped[0], look[0]))
            {
                e = 1;
            }

            if (e > 0 && e < len && Segment(s, i, mapped, look, 0, e, units, requireWordAtEdge: false))
            {
                return j;
            }
        }

        return j;
    }


    /// <summary>
    /// Emits units for mapped[from..to) when it is entirely number words and letter digits (fewest tokens, by dynamic
    /// programming over prefixes); false (and nothing emitted) otherwise. With <paramref name="requireWordAtEdge"/>, the
    /// token at the cut edge must be a whole word, not a single letter ("hello" must not give "lo" = 1 0).
    /// </summary>
    private bool Segment(string s, int i, Span<char> mappedAll, Span<bool> lookAll, int from, int to, List<Unit> units, bool requireWordAtEdge)
    {
        var found = t_found ??= new (int, NumberWord)[8];
        var mapped = mappedAll[from..to];
        var look = lookAll[from..to];
        var len = to - from;
        var baseIndex = i + from;
        Span<int> best = stackalloc int[len + 1];
        Span<int> step = stackalloc int[len + 1];
        best.Fill(int.MaxValue);
        best[0] = 0;
        for (var k = 0; k < len; k++)
        {
            if (best[k] == int.MaxValue)
            {
                continue;
            }

            if (IsLetterDigit(s[baseIndex + k], mapped[k], look[k]) && best[k] + 1 < best[k + 1])
            {
                best[k + 1] = best[k] + 1;
                step[k + 1] = 1;
            }

            var count = _trie.Prefixes(mapped[k..], found);
            for (var f = 0; f < count; f++)
            {
                var e = k + found[f].Length;
                if (best[k] + 1 < best[e] || (best[k] + 1 == best[e] && step[e] == 1))
                {
                    best[e] = best[k] + 1;
                    step[e] = found[f].Length;
                }
            }
        }

        if (best[len] == int.MaxValue)
        {
            return false;
        }

        // Walk back, then emit in order.
        Span<int> cuts = stackalloc int[best[len] + 1];
        var pos = len;
        var t = best[len];
        while (pos > 0)
        {
            cuts[t--] = pos;
            pos -= step[pos];
        }

        cuts[0] = 0;
        if (requireWordAtEdge && (cuts[1] - cuts[0] == 1 || cuts[^1] - cuts[^2] == 1))
        {
            return false;
        }

        var mark = units.Count;
        for (var k = 1; k < cuts.Length; k++)
        {
            var a = cuts[k - 1];
            var b = cuts[k];
            var lookalike = false;
            for (var x = a; x < b; x++)
            {
                lookalike |= look[x];
            }

            if (b - a == 1 && IsLetterDigit(s[baseIndex + a], mapped[a], look[a]))
            {
                var digit = mapped[a] == 'o' ? '0' : '1';
                var flags = UnitFlags.Weak | UnitFlags.FromLetters | (lookalike ? UnitFlags.Lookalike : digit == '0' ? UnitFlags.LetterO : UnitFlags.LetterL);
                units.Add(new Unit { Start = baseIndex + a, End = baseIndex + b, Digit = digit, Flags = flags });
                continue;
            }

            var count = _trie.Prefixes(mapped[a..b], found);
            NumberWord? w = null;
            for (var f = 0; f < count; f++)
            {
                if (found[f].Length == b - a)
                {
                    w = found[f].Word;
                }
            }

            if (w is null)
            {
                units.RemoveRange(mark, units.Count - mark);
                return false;
            }

            var wf = UnitFlags.FromLetters | (w.Homophone ? UnitFlags.Homophone : UnitFlags.NumberWord);
            if (w.Weak)
            {
                wf |= UnitFlags.Weak;
            }

            if (lookalike)
            {
                wf |= UnitFlags.Lookalike;
            }

            units.Add(new Unit { Start = baseIndex + a, End = baseIndex + b, Digit = w.Digit, Flags = wf, Languages = w.Languages });
        }

        return true;
    }

    /// <summary>Letter O for zero, l or capital I for one (or a look-alike of them).</summary>
    private static bool IsLetterDigit(char original, char mapped, bool lookalike) =>
        mapped is 'o' or 'l' || (mapped == 'i' && (original == 'I' || lookalike));

    private static bool IsIgnorable(char c) => c is '\u200B' or '\u200C' or '\u200D' or '\u2060' or '\uFEFF' or '\u00AD' or '\uFE0F' or '\uFE0E'
        or (>= '\u202A' and <= '\u202E') or (>= '\u2066' and <= '\u2069');

    private static bool IsSeparator(char c, out bool punct)
    {
        punct = false;
        switch (c)
        {
            case ' ' or '\u00A0' or '\u2007' or '\u2009' or '\u202F' or '\t':
                return true;
            case '.' or '-' or '\u2010' or '\u2011' or '\u2013' or '\u2014' or '/' or '*' or ',' or '_' or '~' or '(' or ')' or '\u00B7' or '\u2022' or '|' or '\\':
                punct = true;
                return true;
            default:
                return false;
        }
    }
}
