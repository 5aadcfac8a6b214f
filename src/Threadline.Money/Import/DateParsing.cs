using System.Globalization;

namespace Threadline.Money.Import;

/// <summary>
/// Dates as docs/formats.md accepts them: ISO 8601 (date, date-time with or without offset; no offset
/// means UTC; more than 7 fractional digits are cut), <c>dd/MM/yyyy[ HH:mm[:ss]]</c>,
/// <c>yyyy-MM-dd HH:mm[:ss]</c> and Unix epoch seconds.
/// </summary>
internal static class DateParsing
{
    private static readonly string[] LocalFormats =
    [
        "yyyy-MM-dd", "yyyy-MM-ddTHH:mm", "yyyy-MM-ddTHH:mm:ss", "yyyy-MM-ddTHH:mm:ss.FFFFFFF",
        "yyyy-MM-dd HH:mm", "yyyy-MM-dd HH:mm:ss", "dd/MM/yyyy", "dd/MM/yyyy HH:mm", "dd/MM/yyyy HH:mm:ss",
    ];

    private static readonly long MaxEpochSeconds = DateTimeOffset.MaxValue.ToUnixTimeSeconds();

    public static bool TryParse(ReadOnlySpan<char> text, out DateTimeOffset value)
    {
        text = text.Trim();
        value = default;
        if (text.IsEmpty || text.Length > 64)
        {
            return false;
        }

        if (TryFast(text, out value))
        {
            return true;
        }

        if (IsAllDigits(text))
        {
            // Epoch seconds: at most 12 digits, and no later than 9999-12-31 (DateTimeOffset's range).
            var seconds = text.Length > 12 ? long.MaxValue : long.Parse(text, NumberStyles.None, CultureInfo.InvariantCulture);
            if (seconds > MaxEpochSeconds)
            {
                return false;
            }

            value = DateTimeOffset.FromUnixTimeSeconds(seconds);
            return true;
        }

        Span<char> buffer = stackalloc char[text.Length];
        var cleaned = CutFraction(text, buffer);
        if (HasOffset(cleaned)
            && DateTimeOffset.TryParse(cleaned, CultureInfo.InvariantCulture, DateTimeStyles.None, out var withOffset))
        {
            value = withOffset.ToUniversalTime();
            return true;
        }

        if (DateTime.TryParseExact(cleaned, LocalFormats, CultureInfo.InvariantCulture, DateTimeStyles.AssumeUniversal | DateTimeStyles.AdjustToUniversal, out var utc))
        {
            value = new DateTimeOffset(DateTime.SpecifyKind(utc, DateTimeKind.Utc));
            return true;
        }

        return false;
    }

    // Fast path for the shapes exports use most: yyyy-MM-dd, yyyy-MM-ddTHH:mm:ss and the same with Z.
    private static bool TryFast(ReadOnlySpan<char> t, out DateTimeOffset value)
    {
        value = default;
        if (!(t.Length == 10 || t.Length == 19 || (t.Length == 20 && t[19] == 'Z')) || t[4] != '-' || t[7] != '-')
        {
            return false;
        }

        var year = (Digit(t, 0) * 1000) + (Digit(t, 1) * 100) + (Digit(t, 2) * 10) + Digit(t, 3);
        var month = (Digit(t, 5) * 10) + Digit(t, 6);
        var day = (Digit(t, 8) * 10) + Digit(t, 9);
        int hour = 0, minute = 0, second = 0;
        if (t.Length > 10)
        {
            if ((t[10] != 'T' && t[10] != ' ') || t[13] != ':' || t[16] != ':')
            {
                return false;
            }

            hour = (Digit(t, 11) * 10) + Digit(t, 12);
            minute = (Digit(t, 14) * 10) + Digit(t, 15);
            second = (Digit(t, 17) * 10) + Digit(t, 18);
        }

        if (year < 1 || month is < 1 or > 12 || day < 1 || day > DateTime.DaysInMonth(year, month) || hour is < 0 or > 23 || minute is < 0 or > 59 || second is < 0 or > 59)
        {
            return false;
        }

        value = new DateTimeOffset(year, month, day, hour, minute, second, TimeSpan.Zero);
        return true;
    }

    private static int Digit(ReadOnlySpan<char> t, int i) => char.IsAsciiDigit(t[i]) ? t[i] - '0' : -1000;

    private static bool IsAllDigits(ReadOnlySpan<char> text)
    {
        foreach (var c in text)
        {
            if (!char.IsAsciiDigit(c))
            {
                return false;
            }
        }

        return true;
    }

    private static bool HasOffset(ReadOnlySpan<char> text)
    {
        if (text.Length < 11 || text[10] != 'T')
        {
            return false;
        }

        var time = text[11..];
        return time.EndsWith("Z", StringComparison.Ordinal) || time.Contains('+') || time.Contains('-');
    }

    // .NET parses at most 7 fractional digits; camt files carry up to 9 (nanoseconds).
    private static ReadOnlySpan<char> CutFraction(ReadOnlySpan<char> text, Span<char> buffer)
    {
        var dot = text.IndexOf('.');
        if (dot < 0 || dot < 11)
        {
            return text;
        }

        var end = dot + 1;
        while (end < text.Length && char.IsAsciiDigit(text[end]))
        {
            end++;
        }

        if (end - dot - 1 <= 7)
        {
            return text;
        }

        text[..(dot + 8)].CopyTo(buffer);
        text[end..].CopyTo(buffer[(dot + 8)..]);
        return buffer[..(dot + 8 + text.Length - end)];
    }
}
