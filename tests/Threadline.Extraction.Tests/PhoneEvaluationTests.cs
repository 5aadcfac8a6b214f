using Threadline.Extraction.Evaluation;

namespace Threadline.Extraction.Tests;

/// <summary>Phone scoring against truth, overall and per group of ads (the simulator's writing styles).</summary>
public sealed class PhoneEvaluationTests
{
    private static PhoneHit Hit(string e164) => new(e164, "BE", [], ["national"], [], false);

    private static PhoneEvalCase Case(string id, params string[] truth) =>
        new(id, new AdText(null, null, null, "BE"), [.. truth.Select(t => new TruePhone(t, ["national"]))]);

    [Fact]
    public void Each_group_is_scored_on_its_own_ads_in_ordinal_order()
    {
        (PhoneEvalCase, IReadOnlyList<PhoneHit>, string)[] results =
        [
            (Case("a1", "+32470123456"), [Hit("+32470123456")], "site_titles"),
            (Case("a2", "+32470123457"), [], "site_titles"),
            (Case("b1", "+32470123458"), [Hit("+32470123458"), Hit("+32470999999")], "default"),
            (Case("b2"), [], "default"),
        ];

        var groups = PhoneEvaluation.ScoreByGroup(results);

        Assert.Equal(["default", "site_titles"], groups.Select(g => g.Key));
        var d = groups[0].Value;
        Assert.Equal((2L, 1L, 1L, 0L), (d.Ads, d.TruePositives, d.FalsePositives, d.FalseNegatives));
        Assert.Equal(0.5, d.Precision);
        var s = groups[1].Value;
        Assert.Equal((2L, 1L, 0L, 1L), (s.Ads, s.TruePositives, s.FalsePositives, s.FalseNegatives));
        Assert.Equal(0.5, s.Recall);
        var all = PhoneEvaluation.Score(results.Select(r => (r.Item1, r.Item2)));
        Assert.Equal(all.TruePositives, groups.Sum(g => g.Value.TruePositives));
        Assert.Equal(all.FalsePositives, groups.Sum(g => g.Value.FalsePositives));
    }
}
