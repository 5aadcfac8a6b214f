namespace Threadline.Ingest.Ads;

/// <summary>Options of <see cref="AdIngestRunner"/>.</summary>
public sealed record AdIngestOptions
{
    /// <summary>
    /// JSON Lines file that rejected records are appended to (<c>file</c>, <c>line</c>, <c>reason</c>,
    /// <c>excerpt</c>); created on the first rejection. Null: rejections are only counted and sampled.
    /// </summary>
    public string? QuarantinePath { get; init; }

    /// <summary>
    /// Files never read even when found under a given directory, such as the workspace database and its
    /// <c>-wal</c>/<c>-shm</c> companions (the quarantine file is always excluded).
    /// </summary>
    public IReadOnlyCollection<string> ExcludePaths { get; init; } = [];

    /// <summary>Statements per store write (one transaction each); also how often progress is saved for resuming.</summary>
    public int BatchSize { get; init; } = 10_000;

    /// <summary>Limits on what input controls.</summary>
    public AdReaderLimits Limits { get; init; } = AdReaderLimits.Default;

    /// <summary>How many rejections the summary keeps as examples (all go to the quarantine file).</summary>
    public int SampleRejections { get; init; } = 20;

    /// <summary>Fewest records between two progress reports (reports also follow every write and file).</summary>
    public int ProgressEveryRecords { get; init; } = 1000;
}
