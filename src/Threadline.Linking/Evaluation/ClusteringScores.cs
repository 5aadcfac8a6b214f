namespace Threadline.Linking;

/// <summary>Pairwise precision, recall and F1 (over pairs of items put together) and the adjusted Rand index.</summary>
public sealed record ClusteringScores(
    long Items,
    long TruePairs,
    long PredictedPairs,
    long CorrectPairs,
    double Precision,
    double Recall,
    double F1,
    double AdjustedRandIndex);
