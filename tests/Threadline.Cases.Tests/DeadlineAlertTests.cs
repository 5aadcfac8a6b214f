using Threadline.Cases.Deadlines;

namespace Threadline.Cases.Tests;

public sealed class DeadlineAlertTests
{
    private static readonly Deadline Due = ArrestWarrantDeadlines.Compute(new ArrestWarrantFacts("Europe/Madrid", new DateOnly(2023, 2, 14)))[0];

    [Theory]
    [InlineData("2023-04-10T00:00:00Z", DeadlineState.Pending)]
    [InlineData("2023-04-12T22:00:00Z", DeadlineState.DueSoon)]
    [InlineData("2023-04-15T21:59:59Z", DeadlineState.DueSoon)]
    [InlineData("2023-04-15T22:00:00Z", DeadlineState.Overdue)]
    [InlineData("2023-05-01T00:00:00Z", DeadlineState.Overdue)]
    public void State_at_an_instant(string now, DeadlineState expected) =>
        Assert.Equal(expected, DeadlineAlert.At(Due, DateTimeOffset.Parse(now, System.Globalization.CultureInfo.InvariantCulture)).State);

    [Fact]
    public void A_met_deadline_is_met_or_met_late_whatever_the_instant()
    {
        var now = new DateTimeOffset(2023, 6, 1, 0, 0, 0, TimeSpan.Zero);
        Assert.Equal(DeadlineState.Met, DeadlineAlert.At(Due with { MetAt = Due.DueAt.AddDays(-1) }, now).State);
        Assert.Equal(DeadlineState.MetLate, DeadlineAlert.At(Due with { MetAt = Due.DueAt.AddMinutes(1) }, now).State);
    }

    [Fact]
    public void Needing_attention_lists_due_soon_and_overdue_most_urgent_first()
    {
        var request = InformationRequestDeadlines.Compute(new InformationRequest("r1", new DateTimeOffset(2023, 4, 15, 12, 0, 0, TimeSpan.Zero), "Europe/Brussels", true, true));
        var later = Due with { Key = "later", DueAt = Due.DueAt.AddDays(30) };
        var now = new DateTimeOffset(2023, 4, 15, 19, 0, 0, TimeSpan.Zero);
        var list = DeadlineAlert.NeedingAttention([later, Due, request], now);
        Assert.Equal(["info-request.r1", "eaw.decision"], list.Select(a => a.Deadline.Key));
        Assert.Equal(DeadlineState.DueSoon, list[0].State);
        Assert.Equal(TimeSpan.FromHours(1), list[0].Remaining);
    }
}
