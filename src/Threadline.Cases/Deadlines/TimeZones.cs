namespace Threadline.Cases.Deadlines;

/// <summary>IANA time zones ("Europe/Brussels") and the local-time arithmetic deadlines and H-hours need.</summary>
public static class TimeZones
{
    /// <summary>Finds an IANA zone by id.</summary>
    /// <exception cref="ArgumentException">Unknown id, with the id in the message.</exception>
    public static TimeZoneInfo Find(string ianaId)
    {
        if (string.IsNullOrWhiteSpace(ianaId) || ianaId.Length > 64 || !ianaId.All(c => char.IsAsciiLetterOrDigit(c) || c is '/' or '_' or '-' or '+'))
        {
            throw new ArgumentException($"time zone '{Shorten(ianaId)}': expected an IANA id such as Europe/Brussels", nameof(ianaId));
        }

        try
        {
            return TimeZoneInfo.FindSystemTimeZoneById(ianaId);
        }
        catch (Exception e) when (e is TimeZoneNotFoundException or InvalidTimeZoneException)
        {
            throw new ArgumentException($"time zone '{ianaId}' is not a known IANA zone", nameof(ianaId), e);
        }
    }

    /// <summary>The instant a local date and time happens in <paramref name="zone"/>; a time skipped by a clock change moves forward past the gap, an ambiguous one takes the earlier instant.</summary>
    public static DateTimeOffset ToInstant(DateOnly day, TimeOnly time, TimeZoneInfo zone)
    {
        ArgumentNullException.ThrowIfNull(zone);
        var local = day.ToDateTime(time, DateTimeKind.Unspecified);
        while (zone.IsInvalidTime(local))
        {
            local = local.AddMinutes(15);
        }

        var offset = zone.IsAmbiguousTime(local) ? zone.GetAmbiguousTimeOffsets(local).Max() : zone.GetUtcOffset(local);
        return new DateTimeOffset(local, offset).ToUniversalTime();
    }

    /// <summary>The start of the day after <paramref name="lastDay"/> in <paramref name="zone"/>: a period that ends "at the end of" that day is over at this instant.</summary>
    public static DateTimeOffset EndOfDay(DateOnly lastDay, TimeZoneInfo zone) => ToInstant(lastDay.AddDays(1), TimeOnly.MinValue, zone);

    /// <summary>The same instant seen in <paramref name="zone"/> (offset of that zone at that instant).</summary>
    public static DateTimeOffset InZone(DateTimeOffset instant, TimeZoneInfo zone) => TimeZoneInfo.ConvertTime(instant, zone);

    /// <summary>The local calendar day of <paramref name="instant"/> in <paramref name="zone"/>.</summary>
    public static DateOnly LocalDay(DateTimeOffset instant, TimeZoneInfo zone) => DateOnly.FromDateTime(InZone(instant, zone).DateTime);

    private static string Shorten(string? s) => s is null ? string.Empty : s.Length > 40 ? s[..40] + "…" : s;
}
