using System.Text;

namespace Threadline.Simulation.Phones;

/// <summary>
/// The ground truth's own rule for reading a written phone string back to E.164. It knows every trick the
/// simulator writes (number words in six languages, English homophones, letters O/l/I, keycap emoji,
/// full-width and mathematical digits, Cyrillic/Greek look-alikes, odd separators; for the writing styles enclosed,
/// circled and superscript digits and Chinese numerals) and nothing more: it is
/// a consistency check for the truth files, not a general extractor.
/// </summary>
public static class PhoneDecoder
{
    private static readonly (string Word, int Digit)[] Words = BuildWords();

    /// <summary>Chinese numerals 0–9, then 〇 for zero.</summary>
    private const string Chinese = "零一二三四五六七八九〇";

    private static readonly Dictionary<string, (string Cc, string Trunk)> Countries = new(StringComparer.OrdinalIgnoreCase)
    {
        ["BE"] = ("32", "0"),
        ["NL"] = ("31", "0"),
        ["FR"] = ("33", "0"),
        ["ES"] = ("34", ""),
        ["DE"] = ("49", "0"),
        ["IT"] = ("39", ""),
    };

    /// <summary>Decodes <paramref name="text"/> (one phone number, possibly split in parts and concatenated) to E.164, national numbers read in <paramref name="country"/>; null when it cannot.</summary>
    public static string? Decode(string text, string country)
    {
        ArgumentNullException.ThrowIfNull(text);
        var digits = new StringBuilder(16);
        var plus = false;
        var lower = text.ToLowerInvariant();
        var i = 0;
        while (i < text.Length)
        {
            var c = text[i];
            if (c == '+' && digits.Length == 0)
            {
                plus = true;
                i++;
                continue;
            }

            if (c is '\uFE0F' or '\u20E3' || IsSeparator(c))
            {
                i++;
                continue;
            }

            var matched = MatchWord(lower, i);
            if (matched.Length > 0)
            {
                digits.Append((char)('0' + matched.Digit));
                i += matched.Length;
                continue;
            }

            var rune = Rune.GetRuneAt(text, i);
            var value = Rune.GetNumericValue(rune);
            if (Rune.GetUnicodeCategory(rune) == System.Globalization.UnicodeCategory.DecimalDigitNumber && value is >= 0 and <= 9)
            {
                digits.Append((char)('0' + (int)value));
                i += rune.Utf16SequenceLength;
                continue;
            }

            // Enclosed, circled and superscript forms (No): their numeric value, one or two digits ("⑫" = 12).
            if (rune.Value == 0x1F51F || (Rune.GetUnicodeCategory(rune) == System.Globalization.UnicodeCategory.OtherNumber && value is >= 0 and < 100 && value == Math.Floor(value)))
            {
                digits.Append(rune.Value == 0x1F51F ? "10" : ((int)value).ToString(System.Globalization.CultureInfo.InvariantCulture));
                i += rune.Utf16SequenceLength;
                continue;
            }

            var han = Chinese.IndexOf(c, StringComparison.Ordinal);
            if (han >= 0)
            {
                digits.Append((char)('0' + (han % 10)));
                i++;
                continue;
            }

            var look = LookAlike(c);
            if (look < 0)
            {
                return null;
            }

            digits.Append((char)('0' + look));
            i++;
        }

        var d = digits.ToString();
        if (!plus && d.StartsWith("00", StringComparison.Ordinal))
        {
            plus = true;
            d = d[2..];
        }

        if (!plus)
        {
            if (!Countries.TryGetValue(country, out var info))
            {
                return null;
            }

            if (info.Trunk.Length > 0)
            {
                if (!d.StartsWith(info.Trunk, StringComparison.Ordinal))
                {
                    return null;
                }

                d = d[info.Trunk.Length..];
            }

            d = info.Cc + d;
        }

        return d.Length is >= 8 and <= 15 ? "+" + d : null;
    }

    internal static bool IsSeparator(char c) => char.IsWhiteSpace(c) || c is '.' or '-' or '*' or ',' or '/' or '(' or ')' or '_' or '~' or '·' or '#' or ':';

    /// <summary>Unicode TR39-style look-alikes and the letters ads use for 0 and 1.</summary>
    internal static int LookAlike(char c) => c switch
    {
        'O' or 'o' or '\u041E' or '\u043E' or '\u039F' or '\u03BF' => 0,
        'l' or 'I' or '\u04C0' or '\u0406' => 1,
        '\u0417' => 3,
        _ => -1,
    };

    private static (int Length, int Digit) MatchWord(string lower, int pos)
    {
        foreach (var (word, digit) in Words)
        {
            if (string.CompareOrdinal(lower, pos, word, 0, word.Length) == 0)
            {
                return (word.Length, digit);
            }
        }

        return (0, 0);
    }

    private static (string, int)[] BuildWords()
    {
        var lex = Core.Embedded.Lexicon();
        var list = new List<(string, int)>();
        foreach (var lang in lex.DigitWords.Keys.Order(StringComparer.Ordinal))
        {
            var words = lex.DigitWords[lang];
            for (var d = 0; d < words.Length; d++)
            {
                list.Add((words[d].ToLowerInvariant(), d));
            }
        }

        foreach (var (word, digit) in lex.Homophones.OrderBy(kv => kv.Key, StringComparer.Ordinal))
        {
            list.Add((word, digit));
        }

        // Longest first, so "tres" wins over "tre" and "four" over "for".
        return list.Distinct().OrderByDescending(w => w.Item1.Length).ThenBy(w => w.Item1, StringComparer.Ordinal).ToArray();
    }
}
