using Threadline.Security.Access;
using Threadline.Security.Accounts;

namespace Threadline.Security.Tests;

public sealed class NeedToKnowTests
{
    private static readonly DateTimeOffset Now = new(2026, 3, 1, 9, 0, 0, TimeSpan.Zero);

    private static UserAccount User(string name, params Role[] roles) => new()
    {
        Name = name,
        Roles = roles.ToHashSet(),
        PasswordHash = "x",
    };

    private static bool Allowed(UserAccount user, AccessKind kind, string caseRef, string reason = "", params CaseMembership[] memberships) =>
        NeedToKnow.Decide(user, memberships, new AccessRequest(kind, caseRef, reason), Now).Allowed;

    [Fact]
    public void A_member_sees_their_case_and_no_other()
    {
        var ana = User("ana", Role.Analyst);
        var member = new CaseMembership("ana", "CASE-A", false);
        Assert.True(Allowed(ana, AccessKind.CaseData, "CASE-A", "", member));
        Assert.False(Allowed(ana, AccessKind.CaseData, "CASE-B", "", member));
        Assert.False(Allowed(ana, AccessKind.CaseData, "", "", member));
    }

    [Fact]
    public void A_membership_of_someone_else_grants_nothing()
    {
        Assert.False(Allowed(User("ana", Role.Analyst), AccessKind.CaseData, "CASE-A", "", new CaseMembership("bob", "CASE-A", true)));
    }

    [Theory]
    [InlineData(Role.Supervisor)]
    [InlineData(Role.Prosecutor)]
    [InlineData(Role.Admin)]
    [InlineData(Role.FinancialInvestigator)]
    public void No_role_sees_a_case_it_is_not_a_member_of(Role role)
    {
        Assert.False(Allowed(User("x", role), AccessKind.CaseData, "CASE-A"));
    }

    [Fact]
    public void Victim_data_is_for_victim_support_and_the_case_lead_with_a_reason()
    {
        var support = User("vs", Role.VictimSupport);
        var lead = User("lead", Role.Supervisor);
        var analyst = User("ana", Role.Analyst);
        var prosecutor = User("pro", Role.Prosecutor);
        Assert.True(Allowed(support, AccessKind.VictimData, "C", "contact for support", new CaseMembership("vs", "C", false)));
        Assert.False(Allowed(support, AccessKind.VictimData, "C", "", new CaseMembership("vs", "C", false)));
        Assert.False(Allowed(support, AccessKind.VictimData, "D", "reason", new CaseMembership("vs", "C", false)));
        Assert.True(Allowed(lead, AccessKind.VictimData, "C", "interview plan", new CaseMembership("lead", "C", true)));
        Assert.False(Allowed(analyst, AccessKind.VictimData, "C", "reason", new CaseMembership("ana", "C", false)));
        Assert.False(Allowed(prosecutor, AccessKind.VictimData, "C", "reason", new CaseMembership("pro", "C", false)));
    }

    [Fact]
    public void Disclosure_needs_membership_and_a_reason()
    {
        var ana = User("ana", Role.Analyst);
        var member = new CaseMembership("ana", "C", false);
        Assert.False(Allowed(ana, AccessKind.Disclosure, "C", "", member));
        Assert.False(Allowed(ana, AccessKind.Disclosure, "C", "   ", member));
        Assert.True(Allowed(ana, AccessKind.Disclosure, "C", "request from prosecutor", member));
        Assert.False(Allowed(ana, AccessKind.Disclosure, "D", "request", member));
    }

    [Fact]
    public void Auditors_read_the_trail_and_nothing_else_even_as_members()
    {
        var auditor = User("dpo", Role.Auditor);
        var member = new CaseMembership("dpo", "C", true);
        Assert.True(Allowed(auditor, AccessKind.AuditTrail, ""));
        Assert.False(Allowed(auditor, AccessKind.CaseData, "C", "", member));
        Assert.False(Allowed(auditor, AccessKind.VictimData, "C", "reason", member));
        Assert.False(Allowed(auditor, AccessKind.Administration, ""));
        Assert.False(Allowed(User("ana", Role.Analyst), AccessKind.AuditTrail, ""));
    }

    [Fact]
    public void Admins_manage_accounts_and_see_case_data_only_as_members()
    {
        var admin = User("root", Role.Admin);
        Assert.True(Allowed(admin, AccessKind.Administration, ""));
        Assert.False(Allowed(admin, AccessKind.CaseData, "C"));
        Assert.True(Allowed(admin, AccessKind.CaseData, "C", "", new CaseMembership("root", "C", false)));
        Assert.False(Allowed(User("ana", Role.Analyst, Role.Supervisor), AccessKind.Administration, ""));
    }

    [Fact]
    public void Disabled_and_locked_accounts_get_nothing()
    {
        var member = new CaseMembership("ana", "C", true);
        var disabled = User("ana", Role.Analyst, Role.Admin, Role.Auditor) with { Disabled = true };
        var locked = User("ana", Role.Analyst, Role.Admin, Role.Auditor) with { LockedUntil = Now.AddMinutes(1) };
        var unlocked = User("ana", Role.Analyst) with { LockedUntil = Now.AddMinutes(-1) };
        foreach (var kind in Enum.GetValues<AccessKind>())
        {
            Assert.False(Allowed(disabled, kind, "C", "reason", member));
            Assert.False(Allowed(locked, kind, "C", "reason", member));
        }

        Assert.True(Allowed(unlocked, AccessKind.CaseData, "C", "", member));
    }

    [Fact]
    public void Role_names_round_trip_and_unknown_ones_are_refused()
    {
        foreach (var role in Enum.GetValues<Role>())
        {
            Assert.True(Roles.TryParse(Roles.Name(role), out var parsed));
            Assert.Equal(role, parsed);
        }

        Assert.True(Roles.TryParse("Financial_Investigator", out var fi));
        Assert.Equal(Role.FinancialInvestigator, fi);
        Assert.False(Roles.TryParse("root", out _));
        Assert.Throws<FormatException>(() => AccountText.ParseRoles("analyst,root"));
    }
}
