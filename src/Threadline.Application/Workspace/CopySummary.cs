namespace Threadline.Application.Workspace;

/// <summary>What a copy moved, and the proof: counts and content hashes read back from both workspaces.</summary>
/// <param name="Statements">Statements in the source and in the target, and their digests (<see cref="WorkspaceDigest"/>).</param>
/// <param name="Results">Results (all kinds) in both, and their digests.</param>
/// <param name="Entities">Entities in the source and the target.</param>
/// <param name="Meta">Settings copied (sequence watermarks translated, see <see cref="CopyJob.SequenceKeys"/>).</param>
/// <param name="Sources">Ingest states of source files copied.</param>
/// <param name="Elapsed">Wall time.</param>
public sealed record CopySummary(CopyCheck Statements, CopyCheck Results, CopyCheck Entities, int Meta, int Sources, TimeSpan Elapsed)
{
    /// <summary>Whether the target holds exactly what the source holds.</summary>
    public bool Verified => Statements.Equal && Results.Equal && Entities.Equal;
}

/// <summary>One thing compared between source and target.</summary>
public sealed record CopyCheck(long Source, long Target, string? SourceDigest = null, string? TargetDigest = null)
{
    public bool Equal => Source == Target && string.Equals(SourceDigest, TargetDigest, StringComparison.Ordinal);
}
