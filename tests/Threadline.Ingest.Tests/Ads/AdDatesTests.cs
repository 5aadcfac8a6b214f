using System.Globalization;
using Threadline.Ingest.Ads;

namespace Threadline.Ingest.Tests.Ads;

public sealed class AdDatesTests
{
    [Theory]
    [InlineData("2026-03-01", "2026-03-01T00:00:00Z")]
    [InlineData("2026-03-01T21:15:00Z", "2026-03-01T21:15:00Z")]
    [InlineData("2026-03-01T21:15:00+01:00", "2026-03-01T20:15:00Z")]
    [InlineData("2026-03-01T21:15:00", "2026-03-01T21:15:00Z")]
    [InlineData("2026-03-01T21:15", "2026-03-01T21:15:00Z")]
    [InlineData("2026-03-01T21:15:00.750Z", "2026-03-01T21:15:00Z")]
    [InlineData("2026-03-01 21:15", "2026-03-01T21:15:00Z")]
    [InlineData("2026-03-01 21:15:09", "2026-03-01T21:15:09Z")]
    [InlineData("01/03/2026", "2026-03-01T00:00:00Z")]
    [InlineData("01/03/2026 21:15", "2026-03-01T21:15:00Z")]
    [InlineData("01/03/2026 21:15:09", "2026-03-01T21:15:09Z")]
    [InlineData("1772395200", "2026-03-01T20:00:00Z")]
    [InlineData(" 2026-03-01 ", "2026-03-01T00:00:00Z")]
    public void Reads_the_documented_date_forms_as_utc(string text, string expected)
    {
        Assert.True(AdDates.TryParse(text, out var value), text);
        Assert.Equal(expected, AdDates.Format(value));
    }

    [Theory]
    [InlineData("")]
    [InlineData("yesterday")]
    [InlineData("2026-02-30")]
    [InlineData("03/01/2026 9pm")]
    [InlineData("13/13/2026")]
    [InlineData("1 March 2026")]
    [InlineData("20260301")]
    [InlineData("1899-01-01")]
    [InlineData("2150-01-01")]
    public void Refuses_other_or_implausible_dates(string text)
    {
        Assert.False(AdDates.TryParse(text, out _), text);
    }

    [Fact]
    public void Does_not_depend_on_the_current_culture()
    {
        var saved = CultureInfo.CurrentCulture;
        try
        {
            CultureInfo.CurrentCulture = CultureInfo.InvariantCulture;
            Assert.True(AdDates.TryParse("01/03/2026 21:15", out var value));
            Assert.Equal(3, value.Month);
        }
        finally
        {
            CultureInfo.CurrentCulture = saved;
        }
    }
}
