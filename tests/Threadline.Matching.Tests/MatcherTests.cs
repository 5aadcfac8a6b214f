using Threadline.Matching.Blocking;
using Threadline.Matching.Evaluation;
using Threadline.Matching.Records;

namespace Threadline.Matching.Tests;

public sealed class MatcherTests
{
    private static HashSet<(string, string)> Truth(IReadOnlyList<PersonRecord> records)
    {
        var truth = new HashSet<(string, string)>();
        foreach (var g in records.GroupBy(r => SyntheticPeople.EntityOf(r.Id), StringComparer.Ordinal))
        {
            var ids = g.Select(r => r.Id).ToList();
            for (var i = 0; i < ids.Count; i++)
            {
                for (var j = i + 1; j < ids.Count; j++)
                {
                    truth.Add(PairwiseMetrics.Ordered((ids[i], ids[j])));
                }
            }
        }

        return truth;
    }

    [Fact]
    public void Finds_noisy_duplicates_of_synthetic_people_without_labels()
    {
        var records = SyntheticPeople.Make(600, seed: 3);
        var run = PersonMatcher.Dedupe(records);
        var predicted = run.Matches(0.5).Select(p => (run.Records[p.A].Source.Id, run.Records[p.B].Source.Id));
        var m = PairwiseMetrics.Compute(predicted, Truth(records));
        Assert.True(m.Precision >= 0.95, $"precision {m.Precision:0.000} (tp {m.TruePositives}, fp {m.FalsePositives})");
        Assert.True(m.Recall >= 0.85, $"recall {m.Recall:0.000} (tp {m.TruePositives}, fn {m.FalseNegatives})");
    }

    [Fact]
    public void Em_learns_that_exact_birth_dates_are_evidence_and_different_ones_count_against()
    {
        var run = PersonMatcher.Dedupe(SyntheticPeople.Make(600, seed: 5));
        Assert.True(run.Model.Weight(1, 0) > 3, $"exact birth date weight {run.Model.Weight(1, 0):0.00}");
        Assert.True(run.Model.Weight(1, 3) < 0, $"different birth date weight {run.Model.Weight(1, 3):0.00}");
    }

    [Fact]
    public void With_u_from_random_pairs_an_exact_name_weighs_more_than_among_candidates_blocked_on_names()
    {
        var records = SyntheticPeople.Make(600, seed: 5);
        var candidatesU = PersonMatcher.Dedupe(records);
        var randomU = PersonMatcher.Dedupe(records, new MatchOptions(Em: new Model.EmOptions(FixU: true)));
        Assert.True(randomU.Model.Weight(0, 0) > 5, $"exact name weight, u from random pairs: {randomU.Model.Weight(0, 0):0.00}");
        Assert.True(randomU.Model.Weight(0, 0) > candidatesU.Model.Weight(0, 0) + 2);
    }

    [Fact]
    public void The_same_seed_gives_the_same_model_and_scores()
    {
        var records = SyntheticPeople.Make(200, seed: 9);
        var a = PersonMatcher.Dedupe(records);
        var b = PersonMatcher.Dedupe(records);
        Assert.Equal(a.Pairs, b.Pairs);
    }

    [Fact]
    public void A_match_comes_with_its_evidence_per_comparison()
    {
        var records = new List<PersonRecord>(SyntheticPeople.Make(300, seed: 11))
        {
            new("w1", "Wei", "Zhang", BirthDate: "19900214", StreetNumber: "5", Street: "kerkstraat", Postcode: "2000", Phone: "+32 470 11 22 33"),
            new("w2", FullName: "Zhāng Wěi", BirthDate: "19900214", Phone: "0470 11 22 33"),
        };
        var run = PersonMatcher.Dedupe(records);
        var pair = run.Pairs.Single(p => run.Records[p.A].Source.Id == "w1" && run.Records[p.B].Source.Id == "w2");
        Assert.True(pair.Probability > 0.9, $"probability {pair.Probability:0.000}");
        var evidence = run.Explain(pair);
        Assert.Contains(evidence, e => e.Comparison == "name" && e.Level == "same names in another order or spacing" && e.Weight > 0);
        Assert.Contains(evidence, e => e.Comparison == "birth date" && e.Level == "exact");
        Assert.DoesNotContain(evidence, e => e.Comparison == "region");
    }

    [Fact]
    public void Linking_pairs_records_across_the_two_lists_only()
    {
        var all = SyntheticPeople.Make(300, seed: 13);
        var left = all.Where(r => r.Id.EndsWith("-0", StringComparison.Ordinal)).ToList();
        var right = all.Where(r => !r.Id.EndsWith("-0", StringComparison.Ordinal)).ToList();
        var run = PersonMatcher.Link(left, right);
        Assert.All(run.Pairs, p => Assert.NotEqual(run.Records[p.A].Side, run.Records[p.B].Side));
        var truth = new HashSet<(string, string)>(Truth(all).Where(t => t.Item1.EndsWith("-0", StringComparison.Ordinal) != t.Item2.EndsWith("-0", StringComparison.Ordinal)));
        var m = PairwiseMetrics.Compute(run.Matches(0.5).Select(p => (run.Records[p.A].Source.Id, run.Records[p.B].Source.Id)), truth);
        Assert.True(m.F1 >= 0.85, $"F1 {m.F1:0.000}");
    }

    [Fact]
    public void Oversized_blocks_are_skipped_and_reported()
    {
        var records = Enumerable.Range(0, 50).Select(i => new PreparedRecord(new PersonRecord($"r{i}", BirthDate: "19000101"), 0)).ToList();
        var set = Blocker.Candidates(records, [new BlockingRule("birth date", r => r.BirthDate)], link: false, maxBlockSize: 10);
        Assert.Empty(set.Pairs);
        Assert.Equal("birth date = '19000101' (50 records)", Assert.Single(set.SkippedBlocks));
        var all = Blocker.Candidates(records, [new BlockingRule("birth date", r => r.BirthDate)], link: false, maxBlockSize: 50);
        Assert.Equal(50 * 49 / 2, all.Pairs.Count);
    }

    [Fact]
    public void Pairwise_metrics_count_unordered_pairs_once()
    {
        var truth = new HashSet<(string, string)> { ("a", "b"), ("c", "d") };
        var m = PairwiseMetrics.Compute([("b", "a"), ("a", "b"), ("a", "c")], truth);
        Assert.Equal((1L, 1L, 1L), (m.TruePositives, m.FalsePositives, m.FalseNegatives));
        Assert.Equal(0.5, m.F1, 6);
    }
}
