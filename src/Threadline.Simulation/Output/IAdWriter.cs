namespace Threadline.Simulation.Output;

/// <summary>Writes ads of one site in the site's export format (docs/formats.md).</summary>
internal interface IAdWriter : IDisposable
{
    /// <summary>How the records of this site refer to a file in the site's image folder.</summary>
    string ImagePrefix { get; }

    /// <summary>Writes one ad record; returns the file it went to, relative to the output folder.</summary>
    string Write(AdDraft ad, IReadOnlyList<string> imageRefs);
}

/// <summary>Folder and file names of a simulated world (docs/simulator.md, "Output layout").</summary>
internal static class Layout
{
    public const string Ads = "ads";
    public const string Truth = "truth";
    public const string Images = "images";
    public const string Bookings = "bookings";
    public const string Bank = "bank";
    public const string Camt = "bank/camt053";
    public const int RecordsPerPart = 250_000;

    public static string Rel(params string[] parts) => string.Join('/', parts);

    /// <summary>Central European time as the sites show it: CET, CEST between the last Sundays of March and October (01:00 UTC).</summary>
    public static TimeSpan CentralEuropeOffset(DateTimeOffset utc)
    {
        var y = utc.Year;
        var start = LastSunday(y, 3).ToDateTime(new TimeOnly(1, 0));
        var end = LastSunday(y, 10).ToDateTime(new TimeOnly(1, 0));
        var t = utc.UtcDateTime;
        return t >= start && t < end ? TimeSpan.FromHours(2) : TimeSpan.FromHours(1);
    }

    private static DateOnly LastSunday(int year, int month)
    {
        var d = new DateOnly(year, month, DateTime.DaysInMonth(year, month));
        while (d.DayOfWeek != DayOfWeek.Sunday)
        {
            d = d.AddDays(-1);
        }

        return d;
    }
}
