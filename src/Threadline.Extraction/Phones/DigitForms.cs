using System.Globalization;

namespace Threadline.Extraction.Phones;

/// <summary>
/// Non-ASCII characters that stand for digits: every decimal digit (Unicode Nd: other scripts' digits, mathematical
/// digits, segmented digits, in the BMP or beyond it), the digit-like No forms (superscript and subscript digits;
/// circled, negative circled, double circled, parenthesised, full-stop and comma digits; the dingbat circled digits),
/// the enclosed numbers 10–50 (⑩, ⒇, ⒛, ⓫, ❿, ㉑–㊿: their numeric value, which is what NFKC gives where it maps them),
/// the circled ideographs ㊀–㊉ and the keycap ten 🔟. Full-width digits and keycap sequences are read by
/// <see cref="UnitReader"/> itself.
/// </summary>
internal static class DigitForms
{
    /// <summary>Which family of forms a character belongs to, for the technique it is reported under.</summary>
    public enum Family
    {
        None,

        /// <summary>Decimal digits of other scripts and mathematical digits: reported as <c>lookalike</c>.</summary>
        Decimal,

        /// <summary>Circled, parenthesised, full-stop, comma, dingbat and other enclosed forms: <c>enclosed_digits</c>.</summary>
        Enclosed,

        /// <summary>Superscript and subscript digits: <c>superscript_digits</c>.</summary>
        Superscript,

        /// <summary>The keycap ten emoji: <c>emoji_keycap</c>.</summary>
        Keycap,
    }

    /// <summary>
    /// Reads the character (or surrogate pair) at <paramref name="i"/>: its digits go to <paramref name="digits"/> (at
    /// most two) and their count is returned; 0 when it is no digit form. <paramref name="length"/> is the UTF-16 length read.
    /// </summary>
    public static int Read(string s, int i, Span<char> digits, out int length, out Family family)
    {
        family = Family.None;
        length = 1;
        var c = s[i];
        if (c < 0x80)
        {
            return 0;
        }

        int cp = c;
        if (char.IsHighSurrogate(c))
        {
            if (i + 1 >= s.Length || !char.IsLowSurrogate(s[i + 1]))
            {
                return 0;
            }

            cp = char.ConvertToUtf32(c, s[i + 1]);
            length = 2;
        }
        else if (char.IsLowSurrogate(c))
        {
            return 0;
        }

        if (cp == 0x1F51F)
        {
            family = Family.Keycap;
            digits[0] = '1';
            digits[1] = '0';
            return 2;
        }

        var category = CharUnicodeInfo.GetUnicodeCategory(s, i);
        if (category == UnicodeCategory.DecimalDigitNumber)
        {
            var v = CharUnicodeInfo.GetDecimalDigitValue(s, i);
            if (v is < 0 or > 9)
            {
                return 0;
            }

            family = Family.Decimal;
            digits[0] = (char)('0' + v);
            return 1;
        }

        if (category != UnicodeCategory.OtherNumber)
        {
            return 0;
        }

        var d = CharUnicodeInfo.GetDigitValue(s, i);
        if (d is >= 0 and <= 9)
        {
            family = IsSuperscript(cp) ? Family.Superscript : Family.Enclosed;
            digits[0] = (char)('0' + d);
            return 1;
        }

        if (!IsEnclosedBlock(cp))
        {
            return 0;
        }

        var n = CharUnicodeInfo.GetNumericValue(s, i);
        if (n is < 0 or > 99 || n != Math.Floor(n))
        {
            return 0;
        }

        family = Family.Enclosed;
        var value = (int)n;
        if (value < 10)
        {
            digits[0] = (char)('0' + value);
            return 1;
        }

        digits[0] = (char)('0' + (value / 10));
        digits[1] = (char)('0' + (value % 10));
        return 2;
    }

    /// <summary>True when a digit form starts at <paramref name="i"/>.</summary>
    public static bool StartsAt(string s, int i)
    {
        Span<char> digits = stackalloc char[2];
        return i >= 0 && i < s.Length && Read(s, i, digits, out _, out _) > 0;
    }

    /// <summary>True when a digit form ends right before <paramref name="end"/> (a BMP character or a surrogate pair).</summary>
    public static bool EndsAt(string s, int end)
    {
        if (end <= 0 || end > s.Length)
        {
            return false;
        }

        return StartsAt(s, end - 1) || (end >= 2 && char.IsLowSurrogate(s[end - 1]) && StartsAt(s, end - 2));
    }

    public static bool IsSuperscript(int cp) => cp is 0xB2 or 0xB3 or 0xB9 or (>= 0x2070 and <= 0x2089);

    /// <summary>Enclosed Alphanumerics, the dingbat circled digits, enclosed CJK numbers and ideographs, enclosed alphanumeric supplement.</summary>
    private static bool IsEnclosedBlock(int cp) =>
        cp is (>= 0x2460 and <= 0x24FF) or (>= 0x2776 and <= 0x2793) or (>= 0x3248 and <= 0x325F) or (>= 0x3280 and <= 0x3289)
            or (>= 0x32B1 and <= 0x32BF) or (>= 0x1F100 and <= 0x1F10C);
}
