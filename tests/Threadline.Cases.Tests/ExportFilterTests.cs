using Threadline.Cases.Grading;

namespace Threadline.Cases.Tests;

public sealed class ExportFilterTests
{
    private sealed record Item(string Id, Marking Marking) : IMarked;

    [Theory]
    [InlineData(HandlingCode.H0, ExportPurpose.CaseTeam, true)]
    [InlineData(HandlingCode.H0, ExportPurpose.JudicialFile, true)]
    [InlineData(HandlingCode.H0, ExportPurpose.OnwardDissemination, true)]
    [InlineData(HandlingCode.H0, ExportPurpose.NonLawEnforcement, false)]
    [InlineData(HandlingCode.H1, ExportPurpose.CaseTeam, true)]
    [InlineData(HandlingCode.H1, ExportPurpose.JudicialFile, false)]
    [InlineData(HandlingCode.H1, ExportPurpose.OnwardDissemination, true)]
    [InlineData(HandlingCode.H1, ExportPurpose.NonLawEnforcement, false)]
    [InlineData(HandlingCode.H2, ExportPurpose.CaseTeam, true)]
    [InlineData(HandlingCode.H2, ExportPurpose.JudicialFile, false)]
    [InlineData(HandlingCode.H2, ExportPurpose.OnwardDissemination, false)]
    [InlineData(HandlingCode.H2, ExportPurpose.NonLawEnforcement, false)]
    [InlineData(HandlingCode.H3, ExportPurpose.CaseTeam, true)]
    [InlineData(HandlingCode.H3, ExportPurpose.JudicialFile, false)]
    [InlineData(HandlingCode.H3, ExportPurpose.OnwardDissemination, false)]
    [InlineData(HandlingCode.H3, ExportPurpose.NonLawEnforcement, false)]
    public void Handling_codes_decide_what_each_export_may_carry(HandlingCode code, ExportPurpose purpose, bool included)
    {
        var marking = new Marking(Grade.Parse("B2"), code, code == HandlingCode.H3 ? "ask the Antwerp unit first" : null);
        Assert.Equal(included, ExportFilter.Decide(marking, purpose).Included);
    }

    [Fact]
    public void The_providers_permission_lifts_the_restriction_for_that_purpose_only()
    {
        var m = new Marking(Grade.Parse("A2"), HandlingCode.H1).Permit(ExportPurpose.JudicialFile);
        var d = ExportFilter.Decide(m, ExportPurpose.JudicialFile);
        Assert.True(d.Included);
        Assert.Contains("permitted", d.Reason, StringComparison.Ordinal);
        Assert.False(ExportFilter.Decide(m, ExportPurpose.NonLawEnforcement).Included);
    }

    [Fact]
    public void Apply_keeps_order_and_gives_the_reason_for_each_withheld_item()
    {
        var items = new[]
        {
            new Item("n1", Marking.Parse("B2 H0")),
            new Item("n2", Marking.Parse("B2 H2")),
            new Item("n3", Marking.Parse("C3 H1")),
        };
        var s = ExportFilter.Apply(items, ExportPurpose.OnwardDissemination);
        Assert.Equal(["n1", "n3"], s.Included.Select(i => i.Id));
        var (item, reason) = Assert.Single(s.Withheld);
        Assert.Equal("n2", item.Id);
        Assert.Equal("H2: no onward dissemination without the provider's permission", reason);
    }
}
