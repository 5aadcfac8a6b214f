using System.Globalization;

namespace Threadline.Ingest.Ads;

/// <summary>
/// The date forms docs/formats.md accepts: ISO 8601 (a date-time without offset is UTC),
/// <c>dd/MM/yyyy[ HH:mm[:ss]]</c>, <c>yyyy-MM-dd HH:mm[:ss]</c> and Unix epoch seconds.
/// </summary>
public static class AdDates
{
    private static readonly string[] Formats =
    [
        "yyyy-MM-dd",
        "yyyy-MM-dd'T'HH:mmK",
        "yyyy-MM-dd'T'HH:mm:ssK",
        "yyyy-MM-dd'T'HH:mm:ss.FFFFFFFK",
        "yyyy-MM-dd HH:mm",
        "yyyy-MM-dd HH:mm:ss",
        "yyyy-MM-dd HH:mmK",
        "yyyy-MM-dd HH:mm:ssK",
        "dd/MM/yyyy",
        "dd/MM/yyyy HH:mm",
        "dd/MM/yyyy HH:mm:ss",
    ];

    /// <summary>Earliest accepted date: older values are taken for mistakes.</summary>
    public static readonly DateTimeOffset Earliest = new(1990, 1, 1, 0, 0, 0, TimeSpan.Zero);

    /// <summary>Latest accepted date.</summary>
    public static readonly DateTimeOffset Latest = new(2100, 1, 1, 0, 0, 0, TimeSpan.Zero);

    /// <summary>Parses text; the result is in UTC and truncated to whole seconds.</summary>
    public static bool TryParse(string? text, out DateTimeOffset value)
    {
        value = default;
        if (string.IsNullOrWhiteSpace(text) || text.Length > 40)
        {
            return false;
        }

        text = text.Trim();
        if (text.All(char.IsAsciiDigit))
        {
            return long.TryParse(text, NumberStyles.None, CultureInfo.InvariantCulture, out var seconds) && TryFromEpoch(seconds, out value);
        }

        if (!DateTimeOffset.TryParseExact(text, Formats, CultureInfo.InvariantCulture, DateTimeStyles.AssumeUniversal | DateTimeStyles.AdjustToUniversal, out var parsed))
        {
            return false;
        }

        return InRange(parsed, out value);
    }

    /// <summary>Converts Unix epoch seconds.</summary>
    public static bool TryFromEpoch(long seconds, out DateTimeOffset value)
    {
        value = default;
        if (seconds < Earliest.ToUnixTimeSeconds() || seconds > Latest.ToUnixTimeSeconds())
        {
            return false;
        }

        value = DateTimeOffset.FromUnixTimeSeconds(seconds);
        return true;
    }

    /// <summary>The value form statements use: <c>2026-03-01T21:15:00Z</c>.</summary>
    public static string Format(DateTimeOffset value) =>
        value.UtcDateTime.ToString("yyyy-MM-dd'T'HH:mm:ss'Z'", CultureInfo.InvariantCulture);

    private static bool InRange(DateTimeOffset parsed, out DateTimeOffset value)
    {
        var utc = parsed.ToUniversalTime();
        value = new DateTimeOffset(utc.Ticks - (utc.Ticks % TimeSpan.TicksPerSecond), TimeSpan.Zero);
        return value >= Earliest && value <= Latest;
    }
}
