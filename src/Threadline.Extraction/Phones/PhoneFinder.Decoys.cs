using Threadline.Extraction.Text;

namespace Threadline.Extraction.Phones;

/// <summary>Decoys (DOMAIN.md): numbers that are prices, measures, ages, times, durations, 24/7 or dates are never part of a phone.</summary>
internal sealed partial class PhoneFinder
{
    /// <summary>The longest group of digits a unit word can make a decoy of (a price of 99,999 and a five-digit measure fit).</summary>
    private const int MaxDecoyDigits = 6;

    private void MarkDecoys(FieldScan f)
    {
        var s = f.Text;
        for (var g = 0; g < f.Groups.Count; g++)
        {
            var (us, ue) = f.Groups[g];
            var first = f.Units[us];
            var last = f.Units[ue - 1];
            if (first.Has(UnitFlags.Plus))
            {
                continue;
            }

            // "for one hour", "une heure": a number word before a time unit is a duration.
            if (first.Has(UnitFlags.FromLetters))
            {
                if (ue - us == 1 && first.Has(UnitFlags.NumberWord) && DecoyAfter(s, last.End) && s[last.End] == ' ')
                {
                    f.Decoy[g] = true;
                }

                continue;
            }

            // A unit next to a long block of digits does not make it a price, measure, age or time ("28ans0470123456",
            // "55kg0612345678"): those are at most MaxDecoyDigits long.
            if (ue - us <= MaxDecoyDigits && (DecoyAfter(s, last.End) || DecoyBefore(s, first.Start)))
            {
                f.Decoy[g] = true;
            }
        }

        MarkDatesAndMeasures(f);
        MarkParenthesisedAges(f);

        // 24/7, 24/24, 7/7 and dates with a four-digit year (12/05/2024, 2024-05-12).
        for (var g = 0; g + 1 < f.Groups.Count; g++)
        {
            var a = GroupValue(f, g, out var la);
            var b = GroupValue(f, g + 1, out var lb);
            var sepB = f.Units[f.Groups[g + 1].Start];
            if (sepB.Sep == SepKind.Glued)
            {
                continue;
            }

            var sepChar = s[f.Units[f.Groups[g].End - 1].End];
            if (sepChar == '/' && ((a == 24 && la == 2 && (b is 7 or 24)) || (a == 7 && la == 1 && b == 7 && lb == 1)))
            {
                f.Decoy[g] = f.Decoy[g + 1] = true;
                continue;
            }

            if (g + 2 < f.Groups.Count && sepChar is '/' or '.' or '-' && f.Units[f.Groups[g + 2].Start].Sep != SepKind.Glued
                && s[f.Units[f.Groups[g + 1].End - 1].End] == sepChar)
            {
                var c = GroupValue(f, g + 2, out var lc);
                var dmy = la <= 2 && a is >= 1 and <= 31 && lb <= 2 && b is >= 1 and <= 12 && lc == 4 && c is >= 1900 and <= 2099;
                var ymd = la == 4 && a is >= 1900 and <= 2099 && lb <= 2 && b is >= 1 and <= 12 && lc <= 2 && c is >= 1 and <= 31;
                if (dmy || ymd)
                {
                    f.Decoy[g] = f.Decoy[g + 1] = f.Decoy[g + 2] = true;
                }
            }
        }
    }

    /// <summary>
    /// Date ranges (22.01-29.01, 03/02-17/02), a lone day and month (17/01) and body measures (90-60-90): groups of
    /// one or two digits that such forms explain entirely are not phone digits.
    /// </summary>
    private static void MarkDatesAndMeasures(FieldScan f)
    {
        var s = f.Text;
        var n = f.Groups.Count;
        for (var g = 0; g < n; g++)
        {
            var a = GroupValue(f, g, out var la);
            if (a < 0 || la > 3)
            {
                continue;
            }

            // dd/mm-dd/mm, dd.mm-dd.mm
            if (g + 3 < n && la <= 2 && a is >= 1 and <= 31 && SepAfter(f, g) is '/' or '.' && SepAfter(f, g + 2) == SepAfter(f, g) && SepAfter(f, g + 1) == '-')
            {
                var b = GroupValue(f, g + 1, out var lb);
                var c = GroupValue(f, g + 2, out var lc);
                var d = GroupValue(f, g + 3, out var ld);
                if (lb <= 2 && b is >= 1 and <= 12 && lc <= 2 && c is >= 1 and <= 31 && ld <= 2 && d is >= 1 and <= 12)
                {
                    f.Decoy[g] = f.Decoy[g + 1] = f.Decoy[g + 2] = f.Decoy[g + 3] = true;
                    g += 3;
                    continue;
                }
            }

            // 90-60-90, 85/62/88: three measures in 50..140 with one separator, nothing else joined by it.
            if (g + 2 < n && a is >= 50 and <= 140 && SepAfter(f, g) is '-' or '/' && SepAfter(f, g + 1) == SepAfter(f, g)
                && (g == 0 || SepAfter(f, g - 1) != SepAfter(f, g)) && (g + 3 >= n || SepAfter(f, g + 2) != SepAfter(f, g)))
            {
                var b = GroupValue(f, g + 1, out var lb);
                var c = GroupValue(f, g + 2, out var lc);
                if (lb <= 3 && b is >= 40 and <= 140 && lc <= 3 && c is >= 50 and <= 140)
                {
                    f.Decoy[g] = f.Decoy[g + 1] = f.Decoy[g + 2] = true;
                    g += 2;
                    continue;
                }
            }
        }

        // A run that is only "dd/mm" or "dd.mm".
        if (n == 2 && GroupValue(f, 0, out var l0) is >= 1 and <= 31 && l0 <= 2 && GroupValue(f, 1, out var l1) is >= 1 and <= 12 && l1 == 2
            && SepAfter(f, 0) is '/' or '.')
        {
            f.Decoy[0] = f.Decoy[1] = true;
        }
    }

    /// <summary>
    /// "Natalya (28)", "Min (21)": two digits from 18 to 59 in parentheses after a word are an age (a title convention of
    /// several sites), not the head of a phone ("+44 (20) 7946 …" keeps its area code: a number comes before it).
    /// </summary>
    private static void MarkParenthesisedAges(FieldScan f)
    {
        var s = f.Text;
        for (var g = 0; g < f.Groups.Count; g++)
        {
            var (us, ue) = f.Groups[g];
            var start = f.Units[us].Start;
            var end = f.Units[ue - 1].End;
            if (GroupValue(f, g, out var length) is < 18 or > 59 || length != 2 || start == 0 || s[start - 1] != '(' || end >= s.Length || s[end] != ')')
            {
                continue;
            }

            var k = start - 2;
            while (k >= 0 && s[k] == ' ')
            {
                k--;
            }

            if (k < 0 || !(char.IsAsciiDigit(s[k]) || s[k] == '+' || DigitForms.EndsAt(s, k + 1)))
            {
                f.Decoy[g] = true;
            }
        }
    }

    /// <summary>The separator character right after group <paramref name="g"/> when it is a single character, else '\0'.</summary>
    private static char SepAfter(FieldScan f, int g)
    {
        if (g + 1 >= f.Groups.Count)
        {
            return '\0';
        }

        var end = f.Units[f.Groups[g].End - 1].End;
        var next = f.Units[f.Groups[g + 1].Start].Start;
        return next - end == 1 ? f.Text[end] : '\0';
    }

    /// <summary>Numeric value of a group of plain digits (-1 when it holds anything else or is long).</summary>
    private static int GroupValue(FieldScan f, int g, out int length)
    {
        var (us, ue) = f.Groups[g];
        length = ue - us;
        if (length > 4)
        {
            return -1;
        }

        var v = 0;
        for (var u = us; u < ue; u++)
        {
            var d = f.Units[u].Digit;
            if (d is < '0' or > '9' || f.Units[u].Has(UnitFlags.FromLetters))
            {
                return -1;
            }

            v = (v * 10) + (d - '0');
        }

        return v;
    }

    private bool DecoyAfter(string s, int end)
    {
        var k = end;
        var spaced = false;
        if (k < s.Length && s[k] == ' ')
        {
            k++;
            spaced = true;
        }

        if (k >= s.Length)
        {
            return false;
        }

        var c = s[k];
        if (c is '€' or '£' or '$' or '%' or '°' or '¥' || (!spaced && c is '\'' or '"' or '’'))
        {
            return true;
        }

        if (!spaced && c == ':' && k + 1 < s.Length && char.IsAsciiDigit(s[k + 1]))
        {
            return true;
        }

        if (!char.IsLetter(c))
        {
            return false;
        }

        var e = k;
        while (e < s.Length && char.IsLetter(s[e]) && e - k <= 10)
        {
            e++;
        }

        return IsUnit(s.AsSpan(k, e - k), spaced, out _);
    }

    private bool DecoyBefore(string s, int start)
    {
        var k = start - 1;
        var spaced = false;
        if (k >= 0 && s[k] == ' ')
        {
            k--;
            spaced = true;
        }

        if (k < 0)
        {
            return false;
        }

        var c = s[k];
        if (c is '€' or '£' or '$' or '¥')
        {
            // "€300" is a price; in "100€ 0470 12 34 56" the sign closes the price before it.
            return !(spaced && k > 0 && (char.IsAsciiDigit(s[k - 1]) || DigitForms.EndsAt(s, k)));
        }

        if (!spaced && c == ':' && k > 0 && char.IsAsciiDigit(s[k - 1]))
        {
            return true;
        }

        if (!char.IsLetter(c))
        {
            return false;
        }

        var b = k;
        while (b > 0 && char.IsLetter(s[b - 1]) && k - b <= 10)
        {
            b--;
        }

        var word = s.AsSpan(b, k - b + 1);
        if (!IsUnit(word, spaced, out var kind))
        {
            return false;
        }

        // "CHF 150", "EUR 200": a currency before; "30 min 100", "1 heure 190": a price after a duration;
        // "1m65", "22h30": a short unit glued between digits.
        return kind is "price" or "night"
            || (word.Length >= 2 && kind is "time" or "duration" && b > 1 && s[b - 1] == ' ' && char.IsAsciiDigit(s[b - 2]))
            || (!spaced && word.Length <= 3 && b > 0 && char.IsAsciiDigit(s[b - 1]));
    }

    private bool IsUnit(ReadOnlySpan<char> word, bool spaced, out string? kind)
    {
        kind = null;
        if (word.Length == 0 || word.Length > 10)
        {
            return false;
        }

        Span<char> folded = stackalloc char[word.Length];
        for (var i = 0; i < word.Length; i++)
        {
            folded[i] = TextFold.Fold(word[i]);
        }

        if (!_data.DecoyUnits.GetAlternateLookup<ReadOnlySpan<char>>().TryGetValue(folded, out kind))
        {
            return false;
        }

        // Single letters (m, h, j, x) count only glued to the number: "1m65", "22h", not "0470 12 34 56 h".
        return folded.Length > 1 || !spaced;
    }
}
