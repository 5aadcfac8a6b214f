using Threadline.Cases.Deadlines;

namespace Threadline.Cases.Tests;

public sealed class JointInvestigationTeamTests
{
    [Fact]
    public void Milestones_extension_decision_and_end_of_period_in_date_order()
    {
        var jit = new JointInvestigationTeam("JIT BE-ES (synthetic)", "Europe/Brussels", new DateOnly(2022, 6, 1), new DateOnly(2023, 5, 31), 30,
            [("action day", new DateOnly(2023, 2, 14)), ("operational meeting at Eurojust", new DateOnly(2022, 11, 8))]);
        var d = jit.Deadlines();
        Assert.Equal(["jit.milestone.1", "jit.milestone.2", "jit.extension", "jit.end"], d.Select(x => x.Key));
        Assert.Equal("operational meeting at Eurojust", d[0].Label);
        Assert.Equal(new DateOnly(2023, 5, 1), d[2].LastDay);
        Assert.Equal(new DateTimeOffset(2023, 5, 31, 22, 0, 0, TimeSpan.Zero), d[3].DueAt);
    }

    [Fact]
    public void A_period_ending_before_signature_is_refused()
    {
        var jit = new JointInvestigationTeam("JIT", "Europe/Brussels", new DateOnly(2023, 6, 1), new DateOnly(2023, 5, 31), 30, []);
        Assert.Throws<ArgumentException>(() => jit.Deadlines());
    }
}
