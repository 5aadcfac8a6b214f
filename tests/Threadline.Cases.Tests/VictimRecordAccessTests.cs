using Threadline.Cases.Model;
using Threadline.Cases.Victims;

namespace Threadline.Cases.Tests;

public sealed class VictimRecordAccessTests
{
    private static readonly InvestigationCase Case = Fixtures.Case("lead.anna")
        .AddMember(new CaseMember("vs.bea", CaseRole.VictimSupport))
        .AddMember(new CaseMember("an.carl", CaseRole.Analyst))
        .AddMember(new CaseMember("mag.dora", CaseRole.Magistrate));

    private static readonly VictimRecord Record = new(Fixtures.Pseudonym(), "FP-2023-0001", name: "Synthetic Name");

    [Theory]
    [InlineData("lead.anna", true)]
    [InlineData("vs.bea", true)]
    [InlineData("an.carl", false)]
    [InlineData("mag.dora", false)]
    [InlineData("stranger", false)]
    [InlineData("", false)]
    public void Only_victim_support_and_the_case_lead_may_open_a_victim_record(string user, bool allowed) =>
        Assert.Equal(allowed, VictimRecordAccess.Decide(Record, Case, user).Allowed);

    [Fact]
    public void A_record_of_another_case_is_refused_even_to_its_lead()
    {
        var other = new VictimRecord(Fixtures.Pseudonym(9), "FP-2023-0002");
        Assert.False(VictimRecordAccess.Decide(other, Case, "lead.anna").Allowed);
    }

    [Fact]
    public void Refused_users_do_not_see_the_record_listed_at_all()
    {
        Assert.Empty(VictimRecordAccess.Visible([Record], Case, "an.carl"));
        Assert.Single(VictimRecordAccess.Visible([Record], Case, "vs.bea"));
        Assert.Equal("not found", AccessDecision.PublicAnswer);
    }

    [Fact]
    public void A_victim_support_role_gained_later_opens_the_record_and_losing_it_closes_it()
    {
        var c = Case.AddMember(new CaseMember("an.carl", CaseRole.VictimSupport));
        Assert.True(VictimRecordAccess.Decide(Record, c, "an.carl").Allowed);
        Assert.False(VictimRecordAccess.Decide(Record, c.RemoveMember("an.carl"), "an.carl").Allowed);
    }
}
