using Threadline.Cases.Deadlines;

namespace Threadline.Cases.Tests;

public sealed class InformationRequestDeadlineTests
{
    private const string Brussels = "Europe/Brussels";

    [Fact]
    public void Urgent_directly_accessible_is_8_hours_of_elapsed_time_through_the_night()
    {
        var friday8pm = new DateTimeOffset(2023, 6, 2, 20, 0, 0, TimeSpan.FromHours(2));
        var d = InformationRequestDeadlines.Compute(new InformationRequest("r1", friday8pm, Brussels, Urgent: true, DirectlyAccessible: true));
        Assert.Equal(friday8pm.AddHours(8), d.DueAt);
        Assert.Null(d.LastDay);
        Assert.Equal("Directive (EU) 2023/977 Art. 5(1)(a)", d.LegalReference);
    }

    [Fact]
    public void Urgent_indirectly_accessible_is_3_calendar_days_weekend_included()
    {
        var friday4pm = new DateTimeOffset(2023, 6, 2, 16, 0, 0, TimeSpan.FromHours(2));
        var d = InformationRequestDeadlines.Compute(new InformationRequest("r2", friday4pm, Brussels, Urgent: true, DirectlyAccessible: false));
        Assert.Equal(new DateTimeOffset(2023, 6, 5, 16, 0, 0, TimeSpan.FromHours(2)), d.DueAt);
        Assert.Equal("Directive (EU) 2023/977 Art. 5(1)(b)", d.LegalReference);
    }

    [Fact]
    public void Other_requests_are_7_calendar_days_at_the_same_local_clock_time_across_a_clock_change()
    {
        var received = new DateTimeOffset(2023, 3, 24, 10, 0, 0, TimeSpan.FromHours(1));
        var d = InformationRequestDeadlines.Compute(new InformationRequest("r3", received, Brussels, Urgent: false, DirectlyAccessible: true));
        Assert.Equal(new DateTimeOffset(2023, 3, 31, 10, 0, 0, TimeSpan.FromHours(2)), d.DueAt);
        Assert.Equal(TimeSpan.FromHours(167), d.DueAt - received);
        Assert.Equal("Directive (EU) 2023/977 Art. 5(1)(c)", d.LegalReference);
        Assert.Null(d.Note);
    }

    [Fact]
    public void A_needed_judicial_authorisation_is_noted_with_the_duty_to_inform()
    {
        var d = InformationRequestDeadlines.Compute(new InformationRequest("r4", DateTimeOffset.UnixEpoch, Brussels, false, false, NeedsJudicialAuthorisation: true));
        Assert.Contains("Art. 5(2)", d.Note, StringComparison.Ordinal);
    }
}
