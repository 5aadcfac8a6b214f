namespace Threadline.Matching.Judgements;

/// <summary>An analyst's decision on a proposed pair.</summary>
public enum Verdict
{
    /// <summary>The two records are the same person.</summary>
    Same,

    /// <summary>They are different people: the pair is not proposed again.</summary>
    Different,

    /// <summary>Cannot tell yet: the pair stays proposed.</summary>
    Unsure,
}
