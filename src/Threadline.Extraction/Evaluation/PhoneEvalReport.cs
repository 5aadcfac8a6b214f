namespace Threadline.Extraction.Evaluation;

/// <summary>Phone extraction scored against truth: (ad, E.164) pairs, overall and per technique, with error samples.</summary>
/// <param name="Ads">Ads scored.</param>
/// <param name="TruePositives">Reported numbers that are true numbers of the ad.</param>
/// <param name="FalsePositives">Reported numbers that are not.</param>
/// <param name="FalseNegatives">True numbers not reported.</param>
/// <param name="Techniques">Per technique, ordinal order of name.</param>
/// <param name="Misses">Up to 25 samples of missed numbers: "id: E.164 [techniques] in «text»".</param>
/// <param name="WrongFinds">Up to 25 samples of wrong numbers: "id: E.164 [techniques] from «span»".</param>
public sealed record PhoneEvalReport(
    long Ads,
    long TruePositives,
    long FalsePositives,
    long FalseNegatives,
    IReadOnlyList<TechniqueScore> Techniques,
    IReadOnlyList<string> Misses,
    IReadOnlyList<string> WrongFinds)
{
    /// <summary>TP / (TP + FP).</summary>
    public double Precision => TruePositives + FalsePositives == 0 ? 1 : TruePositives / (double)(TruePositives + FalsePositives);

    /// <summary>TP / (TP + FN).</summary>
    public double Recall => TruePositives + FalseNegatives == 0 ? 1 : TruePositives / (double)(TruePositives + FalseNegatives);
}
