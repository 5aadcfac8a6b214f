namespace Threadline.Extraction.Evaluation;

/// <summary>Recall of the true numbers written with one technique, and precision of the numbers the extractor reported with it.</summary>
/// <param name="Technique">Technique name.</param>
/// <param name="TrueMentions">True (ad, number) pairs written with the technique.</param>
/// <param name="Found">Of those, how many the extractor found (whatever technique it reported).</param>
/// <param name="Reported">(ad, number) pairs the extractor reported with the technique.</param>
/// <param name="ReportedCorrect">Of those, how many are true numbers of the ad.</param>
public sealed record TechniqueScore(string Technique, long TrueMentions, long Found, long Reported, long ReportedCorrect)
{
    /// <summary>Found / TrueMentions (1 when there are none).</summary>
    public double Recall => TrueMentions == 0 ? 1 : Found / (double)TrueMentions;

    /// <summary>ReportedCorrect / Reported (1 when none reported).</summary>
    public double Precision => Reported == 0 ? 1 : ReportedCorrect / (double)Reported;
}
