using Threadline.Matching.Model;

namespace Threadline.Matching;

/// <summary>Settings of a matching run.</summary>
/// <param name="RandomPairs">Random pairs drawn to estimate u.</param>
/// <param name="Seed">Seed of that draw (same seed, same model).</param>
/// <param name="MaxBlockSize">Blocks larger than this are skipped and reported.</param>
/// <param name="Threshold">Match probability from which a pair is proposed as a match.</param>
/// <param name="Em">EM settings.</param>
public sealed record MatchOptions(int RandomPairs = 200_000, int Seed = 17, int MaxBlockSize = 1000, double Threshold = 0.5, EmOptions? Em = null)
{
    /// <summary>The most records one run takes.</summary>
    public const int MaxRecords = 5_000_000;
}
