using Threadline.Matching.Evaluation;

namespace Threadline.Matching.Tests;

/// <summary>The FEBRL benchmark (read in place from ../shared/data/febrl; skipped with the reason when absent).</summary>
public sealed class FebrlTests
{
    [SharedDataFact("febrl")]
    public void Dedupes_febrl_dataset3_with_pairwise_f1_above_0_99()
    {
        var records = FebrlCsv.Read(SharedData.Path("febrl", "dataset3.csv"));
        var truth = FebrlCsv.TruePairs(records);
        Assert.Equal(6538, truth.Count);
        var run = PersonMatcher.Dedupe(records);
        var m = PairwiseMetrics.Compute(run.Matches(0.5).Select(p => (run.Records[p.A].Source.Id, run.Records[p.B].Source.Id)), truth);
        Assert.True(m.F1 >= 0.99, $"precision {m.Precision:0.0000} recall {m.Recall:0.0000} F1 {m.F1:0.0000}");
    }

    [SharedDataFact("febrl")]
    public void Links_febrl_dataset4a_to_4b_with_pairwise_f1_above_0_99()
    {
        var a = FebrlCsv.Read(SharedData.Path("febrl", "dataset4a.csv"));
        var b = FebrlCsv.Read(SharedData.Path("febrl", "dataset4b.csv"));
        var truth = FebrlCsv.TruePairs(a, b);
        Assert.Equal(5000, truth.Count);
        var run = PersonMatcher.Link(a, b);
        var m = PairwiseMetrics.Compute(run.Matches(0.5).Select(p => (run.Records[p.A].Source.Id, run.Records[p.B].Source.Id)), truth);
        Assert.True(m.F1 >= 0.99, $"precision {m.Precision:0.0000} recall {m.Recall:0.0000} F1 {m.F1:0.0000}");
    }

    [Fact]
    public void A_malformed_febrl_line_is_refused_with_file_and_line()
    {
        var path = Path.Combine(Path.GetTempPath(), $"febrl-{Guid.NewGuid():N}.csv");
        File.WriteAllText(path, "rec_id, given_name, surname, street_number, address_1, address_2, suburb, postcode, state, date_of_birth, soc_sec_id\nrec-1-org, a, b\n");
        try
        {
            var e = Assert.Throws<InvalidDataException>(() => FebrlCsv.Read(path));
            Assert.EndsWith(":2: 3 fields, expected 11", e.Message, StringComparison.Ordinal);
        }
        finally
        {
            File.Delete(path);
        }
    }
}
