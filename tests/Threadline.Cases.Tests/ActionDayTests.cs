using Threadline.Cases.ActionDays;
using Threadline.Cases.Victims;

namespace Threadline.Cases.Tests;

public sealed class ActionDayTests
{
    private static Target Address(string id, string country) =>
        new(id, country, TargetKind.Address, $"flat {id} (synthetic)", [new Evidence("booking-" + id, "booked 14 nights by the network's phone")]);

    private static Team TeamIn(string id, string zone, params string[] targets) =>
        new(id, "Team " + id, zone, new TeamRoster("lead." + id, ["m1." + id], "interp." + id, "vs." + id, "fin." + id), targets, "Enter at H-hour", ["ram", "camera"]);

    private static ActionDay Plan(DateOnly day)
    {
        var plan = new ActionDay("ad-1", "FP-2023-0001")
            .AddTarget(Address("t-antwerp", "BE"))
            .AddTarget(Address("t-alicante", "ES"))
            .AddTarget(Address("t-lisbon", "PT"))
            .AddTarget(Address("t-london", "GB"))
            .AddTarget(new Target("t-acct", "BE", TargetKind.Account, "account to freeze (synthetic)", [new Evidence("acct-9", "receives the funnel deposits")]));
        plan = plan.AddTeam(TeamIn("be1", "Europe/Brussels", "t-antwerp", "t-acct"))
            .AddTeam(TeamIn("es1", "Europe/Madrid", "t-alicante"))
            .AddTeam(TeamIn("pt1", "Europe/Lisbon", "t-lisbon"))
            .AddTeam(TeamIn("uk1", "Europe/London", "t-london"));
        return plan.SetHHour(day, new TimeOnly(6, 0), "Europe/Brussels");
    }

    [Theory]
    [InlineData(2023, 2, 14)]
    [InlineData(2023, 6, 6)]
    public void H_hour_06_00_Brussels_is_06_00_in_Madrid_and_05_00_in_Lisbon_and_London(int y, int m, int d)
    {
        var plan = Plan(new DateOnly(y, m, d));
        Assert.Equal(new TimeOnly(6, 0), TimeOnly.FromDateTime(plan.LocalHHour("be1").DateTime));
        Assert.Equal(new TimeOnly(6, 0), TimeOnly.FromDateTime(plan.LocalHHour("es1").DateTime));
        Assert.Equal(new TimeOnly(5, 0), TimeOnly.FromDateTime(plan.LocalHHour("pt1").DateTime));
        Assert.Equal(new TimeOnly(5, 0), TimeOnly.FromDateTime(plan.LocalHHour("uk1").DateTime));
        Assert.All(plan.Teams, t => Assert.Equal(plan.HHour, plan.LocalHHour(t.Id)));
    }

    [Fact]
    public void The_H_hour_is_one_instant_set_once()
    {
        var plan = Plan(new DateOnly(2023, 2, 14));
        Assert.Equal(new DateTimeOffset(2023, 2, 14, 5, 0, 0, TimeSpan.Zero), plan.HHour);
        Assert.Throws<InvalidOperationException>(() => plan.SetHHour(DateTimeOffset.UnixEpoch));
    }

    [Fact]
    public void A_team_moves_forward_only_and_may_abort_before_finishing()
    {
        var plan = Plan(new DateOnly(2023, 2, 14));
        var t0 = plan.HHour!.Value;
        plan = plan.Report("be1", new TeamReport(t0.AddMinutes(-40), TeamStatus.EnRoute))
            .Report("be1", new TeamReport(t0, TeamStatus.Entered));
        Assert.Throws<InvalidOperationException>(() => plan.Report("be1", new TeamReport(t0.AddMinutes(5), TeamStatus.EnRoute)));
        Assert.Throws<InvalidOperationException>(() => plan.Report("be1", new TeamReport(t0.AddMinutes(-50), TeamStatus.Secured)));
        plan = plan.Report("es1", new TeamReport(t0, TeamStatus.Aborted));
        Assert.Throws<InvalidOperationException>(() => plan.Report("es1", new TeamReport(t0.AddMinutes(1), TeamStatus.Entered)));
        Assert.True(Team.CanMove(TeamStatus.Briefed, TeamStatus.Secured));
        Assert.False(Team.CanMove(TeamStatus.Finished, TeamStatus.Aborted));
        Assert.Throws<KeyNotFoundException>(() => plan.Report("nope", new TeamReport(t0, TeamStatus.EnRoute)));
    }

    [Fact]
    public void The_summary_adds_up_the_reports_of_every_team()
    {
        var plan = Plan(new DateOnly(2023, 2, 14));
        var t0 = plan.HHour!.Value;
        var v1 = Fixtures.Pseudonym(1);
        var v2 = Fixtures.Pseudonym(2);
        plan = plan
            .Report("be1", new TeamReport(t0, TeamStatus.Entered, personsFound: 4))
            .Report("be1", new TeamReport(t0.AddMinutes(20), TeamStatus.Secured, arrests: 2,
                victims: [new VictimOutcome(v1, new Referral("Payoke", new DateOnly(2023, 2, 14))), new VictimOutcome(v2, null)],
                seized: [new SeizedItem("phone", 6)], cash: [KeyValuePair.Create("eur", 15_000m)]))
            .Report("be1", new TeamReport(t0.AddHours(3), TeamStatus.Finished, cash: [KeyValuePair.Create("EUR", 500m)]))
            .Report("es1", new TeamReport(t0.AddMinutes(2), TeamStatus.Entered, arrests: 1, seized: [new SeizedItem("laptop", 1)]))
            .Report("pt1", new TeamReport(t0, TeamStatus.Aborted));
        var s = plan.Summary();
        Assert.Equal(2, s.Searches);
        Assert.Equal(3, s.Arrests);
        Assert.Equal(4, s.PersonsFound);
        Assert.Equal(2, s.VictimsIdentified);
        Assert.Equal(1, s.VictimsReferred);
        Assert.Equal(7, s.ItemsSeized);
        Assert.Equal(15_500m, s.Cash["EUR"]);
        Assert.Equal(1, s.SearchesByCountry["BE"]);
        Assert.Equal(1, s.SearchesByCountry["ES"]);
        Assert.Equal(2, s.ArrestsByCountry["BE"]);
        Assert.Equal(1, s.TeamsFinished);
        Assert.Equal(1, s.TeamsAborted);
    }

    [Fact]
    public void A_briefing_pack_holds_only_the_teams_own_targets()
    {
        var plan = Plan(new DateOnly(2023, 2, 14));
        Assert.Equal(["t-antwerp", "t-acct"], plan.TargetsOf("be1").Select(t => t.Id));
    }

    [Fact]
    public void Bad_plans_are_refused_with_what_is_wrong()
    {
        var plan = new ActionDay("ad-1", "FP-1").AddTarget(Address("t1", "BE"));
        Assert.Contains("unknown target t9", Assert.Throws<InvalidOperationException>(() => plan.AddTeam(TeamIn("x", "Europe/Brussels", "t9"))).Message, StringComparison.Ordinal);
        Assert.Throws<ArgumentException>(() => TeamIn("x", "CET+1", "t1"));
        Assert.Throws<ArgumentException>(() => Address("t2", "Belgium"));
        Assert.Throws<ArgumentException>(() => new Target("t3", "BE", TargetKind.Person, "no evidence", []));
        Assert.Throws<ArgumentException>(() => new TeamReport(DateTimeOffset.UnixEpoch, TeamStatus.Secured, cash: [KeyValuePair.Create("euro", 5m)]));
        Assert.Throws<InvalidOperationException>(() => plan.LocalHHour("x"));
    }

    [Fact]
    public void A_team_that_reports_secured_without_an_entered_report_counts_its_search()
    {
        var plan = Plan(new DateOnly(2023, 2, 14));
        var t0 = plan.HHour!.Value;
        plan = plan.Report("es1", new TeamReport(t0.AddMinutes(5), TeamStatus.Secured, arrests: 1))
            .Report("pt1", new TeamReport(t0.AddMinutes(1), TeamStatus.EnRoute))
            .Report("uk1", new TeamReport(t0.AddMinutes(9), TeamStatus.Finished));
        var s = plan.Summary();
        Assert.Equal(2, s.Searches);
        Assert.Equal(1, s.SearchesByCountry["ES"]);
        Assert.Equal(1, s.SearchesByCountry["GB"]);
        Assert.False(s.SearchesByCountry.ContainsKey("PT"));
    }
}
