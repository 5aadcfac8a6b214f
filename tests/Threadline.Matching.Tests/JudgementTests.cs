using Threadline.Matching.Judgements;
using Threadline.Matching.Records;

namespace Threadline.Matching.Tests;

public sealed class JudgementTests
{
    private static readonly DateTimeOffset T0 = new(2023, 2, 1, 9, 0, 0, TimeSpan.Zero);

    private static MatchRun Run() => PersonMatcher.Dedupe(new List<PersonRecord>(SyntheticPeople.Make(300, seed: 21))
    {
        new("booker-7", "Wei", "Zhang", BirthDate: "19900214", Phone: "+32 470 11 22 33"),
        new("holder-3", FullName: "Zhāng Wěi", BirthDate: "19900214", Phone: "0470 11 22 33"),
    });

    [Fact]
    public void A_rejected_pair_is_not_proposed_again_and_the_latest_judgement_counts()
    {
        var run = Run();
        Assert.Contains(MatchProposals.From(run, 0.5, []), p => p.IdA == "booker-7" && p.IdB == "holder-3" && p.Status == ProposalStatus.Proposed);

        var rejected = new MatchJudgement("holder-3", "booker-7", Verdict.Different, "an.carl", T0, "different mothers' names in the bank file");
        Assert.DoesNotContain(MatchProposals.From(run, 0.5, [rejected]), p => p.IdA == "booker-7");
        Assert.Contains(MatchProposals.From(run, 0.5, [rejected], includeRejected: true), p => p.IdA == "booker-7" && p.Status == ProposalStatus.Rejected);

        var confirmed = new MatchJudgement("booker-7", "holder-3", Verdict.Same, "lead.anna", T0.AddDays(1));
        var p = Assert.Single(MatchProposals.From(run, 0.5, [confirmed, rejected]), p => p.IdA == "booker-7");
        Assert.Equal(ProposalStatus.Confirmed, p.Status);
        Assert.Equal("lead.anna", p.LatestJudgement!.By);
        Assert.NotEmpty(p.Evidence);
    }

    [Fact]
    public void A_confirmed_pair_stays_shown_even_below_the_threshold()
    {
        var run = Run();
        var confirmed = new MatchJudgement("booker-7", "holder-3", Verdict.Same, "lead.anna", T0);
        Assert.Contains(MatchProposals.From(run, 1.0, [confirmed]), p => p.IdA == "booker-7" && p.Status == ProposalStatus.Confirmed);
    }

    [Fact]
    public void Judgements_are_checked()
    {
        Assert.Throws<ArgumentException>(() => new MatchJudgement("a", "a", Verdict.Same, "x", T0));
        Assert.Throws<ArgumentException>(() => new MatchJudgement("a", "b", Verdict.Same, " ", T0));
        Assert.Equal(("a", "b"), (new MatchJudgement("b", "a", Verdict.Unsure, "x", T0).IdA, "b"));
        Assert.Throws<ArgumentOutOfRangeException>(() => MatchProposals.From(Run(), 1.5, []));
    }
}
