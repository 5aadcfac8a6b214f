namespace Threadline.Matching.Blocking;

/// <summary>Candidate pairs (indexes into the prepared records, first &lt; second) and the blocks left out for size.</summary>
public sealed record CandidateSet(IReadOnlyList<(int A, int B)> Pairs, IReadOnlyList<string> SkippedBlocks, IReadOnlyDictionary<string, int> PairsByRule);
