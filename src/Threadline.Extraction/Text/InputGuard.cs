namespace Threadline.Extraction.Text;

/// <summary>
/// Makes hostile field text safe to scan without changing offsets: caps the length (at a code point boundary),
/// turns control characters into spaces and lone surrogates into U+FFFD. One pass; the input is returned as is
/// when nothing needed changing.
/// </summary>
internal static class InputGuard
{
    /// <summary>At most this many UTF-16 code units of a field are read (title, body or phone field); the rest is ignored with a note.</summary>
    public const int MaxFieldChars = 20_000;

    /// <summary>
    /// Fields up to this many UTF-16 code units run the source-generated contact, age and price patterns without a time
    /// limit: those patterns have bounded quantifiers only, so their worst case is bounded by the length (see
    /// HostileInputTests: adversarial text at this length runs in milliseconds), and .NET's timeout checks cost about a
    /// third of extraction time. Longer fields run the same patterns with the time limit.
    /// </summary>
    public const int UntimedPatternChars = 4_096;

    public static string Clean(string? text, string fieldName, List<string> notes)
    {
        if (string.IsNullOrEmpty(text))
        {
            return string.Empty;
        }

        var s = text;
        if (s.Length > MaxFieldChars)
        {
            var cut = MaxFieldChars;
            if (char.IsHighSurrogate(s[cut - 1]))
            {
                cut--;
            }

            notes.Add(string.Create(System.Globalization.CultureInfo.InvariantCulture, $"{fieldName} truncated from {s.Length} to {cut} characters (cap {MaxFieldChars})"));
            s = s[..cut];
        }

        var bad = -1;
        for (var i = 0; i < s.Length; i++)
        {
            if (NeedsFix(s, i))
            {
                bad = i;
                break;
            }
        }

        if (bad < 0)
        {
            return s;
        }

        var chars = s.ToCharArray();
        var fixedCount = 0;
        for (var i = bad; i < chars.Length; i++)
        {
            var c = chars[i];
            if (char.IsHighSurrogate(c))
            {
                if (i + 1 < chars.Length && char.IsLowSurrogate(chars[i + 1]))
                {
                    i++;
                    continue;
                }

                chars[i] = '\uFFFD';
                fixedCount++;
            }
            else if (char.IsLowSurrogate(c))
            {
                chars[i] = '\uFFFD';
                fixedCount++;
            }
            else if (IsControl(c))
            {
                chars[i] = ' ';
                fixedCount++;
            }
        }

        if (fixedCount > 0)
        {
            notes.Add(string.Create(System.Globalization.CultureInfo.InvariantCulture, $"{fieldName}: {fixedCount} control or invalid characters replaced"));
        }

        return new string(chars);
    }

    private static bool NeedsFix(string s, int i)
    {
        var c = s[i];
        if (char.IsHighSurrogate(c))
        {
            return i + 1 >= s.Length || !char.IsLowSurrogate(s[i + 1]);
        }

        if (char.IsLowSurrogate(c))
        {
            return i == 0 || !char.IsHighSurrogate(s[i - 1]);
        }

        return IsControl(c);
    }

    private static bool IsControl(char c) => (c < 0x20 && c is not '\n' and not '\t' and not '\r') || c is >= '\u007F' and <= '\u009F';
}
