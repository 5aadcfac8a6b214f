using Threadline.Cases.Deadlines;

namespace Threadline.Cases.Tests;

public sealed class ArrestWarrantDeadlineTests
{
    private const string Madrid = "Europe/Madrid";

    private static Deadline Decision(ArrestWarrantFacts f) => ArrestWarrantDeadlines.Compute(f).Single(d => d.Key == "eaw.decision");

    [Fact]
    public void With_consent_the_decision_is_due_10_days_after_consent()
    {
        var d = Decision(new ArrestWarrantFacts(Madrid, new DateOnly(2023, 2, 14), ConsentedOn: new DateOnly(2023, 3, 1)));
        Assert.Equal(new DateOnly(2023, 3, 11), d.LastDay);
        Assert.Equal(new DateTimeOffset(2023, 3, 11, 23, 0, 0, TimeSpan.Zero), d.DueAt);
        Assert.Equal("FD 2002/584/JHA Art. 17(2)", d.LegalReference);
    }

    [Fact]
    public void Without_consent_the_decision_is_due_60_days_after_arrest_at_the_end_of_the_local_day()
    {
        var d = Decision(new ArrestWarrantFacts(Madrid, new DateOnly(2023, 2, 14)));
        Assert.Equal(new DateOnly(2023, 4, 15), d.LastDay);
        // Summer time has started in Madrid by then: the day ends at 22:00 UTC.
        Assert.Equal(new DateTimeOffset(2023, 4, 15, 22, 0, 0, TimeSpan.Zero), d.DueAt);
        Assert.Equal("FD 2002/584/JHA Art. 17(3)", d.LegalReference);
        Assert.Contains("Art. 17(4)", d.Note, StringComparison.Ordinal);
    }

    [Fact]
    public void An_extension_adds_30_days()
    {
        var d = Decision(new ArrestWarrantFacts(Madrid, new DateOnly(2023, 2, 14), DecisionExtended: true));
        Assert.Equal(new DateOnly(2023, 5, 15), d.LastDay);
        Assert.EndsWith("+ Art. 17(4)", d.LegalReference, StringComparison.Ordinal);
        Assert.Contains("Eurojust", d.Note, StringComparison.Ordinal);

        var consent = Decision(new ArrestWarrantFacts(Madrid, new DateOnly(2023, 2, 14), ConsentedOn: new DateOnly(2023, 2, 15), DecisionExtended: true));
        Assert.Equal(new DateOnly(2023, 3, 27), consent.LastDay);
    }

    [Fact]
    public void Surrender_is_due_10_days_after_the_final_decision_or_after_a_new_agreed_date()
    {
        var f = new ArrestWarrantFacts(Madrid, new DateOnly(2023, 2, 14), ConsentedOn: new DateOnly(2023, 2, 20), FinalDecisionOn: new DateOnly(2023, 3, 10));
        var s = ArrestWarrantDeadlines.Compute(f).Single(d => d.Key == "eaw.surrender");
        Assert.Equal(new DateOnly(2023, 3, 20), s.LastDay);
        Assert.Equal("FD 2002/584/JHA Art. 23(2)", s.LegalReference);
        Assert.Contains("released", s.Note, StringComparison.Ordinal);

        var agreed = ArrestWarrantDeadlines.Compute(f with { NewSurrenderDateAgreed = new DateOnly(2023, 3, 25) }).Single(d => d.Key == "eaw.surrender");
        Assert.Equal(new DateOnly(2023, 4, 4), agreed.LastDay);
        Assert.Equal("FD 2002/584/JHA Art. 23(3)", agreed.LegalReference);

        var humanitarian = ArrestWarrantDeadlines.Compute(f with { HumanitarianPostponementEndedOn = new DateOnly(2023, 5, 2) }).Single(d => d.Key == "eaw.surrender");
        Assert.Equal(new DateOnly(2023, 5, 12), humanitarian.LastDay);
        Assert.Equal("FD 2002/584/JHA Art. 23(4)", humanitarian.LegalReference);
    }

    [Fact]
    public void No_surrender_limit_before_a_final_decision()
    {
        Assert.Single(ArrestWarrantDeadlines.Compute(new ArrestWarrantFacts(Madrid, new DateOnly(2023, 2, 14))));
    }

    [Fact]
    public void Impossible_dates_are_refused_with_the_dates_in_the_message()
    {
        var e = Assert.Throws<ArgumentException>(() => ArrestWarrantDeadlines.Compute(new ArrestWarrantFacts(Madrid, new DateOnly(2023, 2, 14), ConsentedOn: new DateOnly(2023, 2, 1))));
        Assert.Contains("2023-02-01", e.Message, StringComparison.Ordinal);
        Assert.Throws<ArgumentException>(() => ArrestWarrantDeadlines.Compute(new ArrestWarrantFacts(Madrid, new DateOnly(2023, 2, 14), NewSurrenderDateAgreed: new DateOnly(2023, 3, 1))));
        Assert.Throws<ArgumentException>(() => ArrestWarrantDeadlines.Compute(new ArrestWarrantFacts("Mars/Olympus", new DateOnly(2023, 2, 14))));
    }
}
