namespace Threadline.Ingest.Pipeline;

/// <summary>Options of an <see cref="IngestPipeline{TRecord}"/> run, whatever the format.</summary>
public sealed record IngestOptions
{
    /// <summary>JSON Lines file problems are appended to as they are written (<see cref="QuarantineWriter"/>); null: only counted and sampled.</summary>
    public string? QuarantinePath { get; init; }

    /// <summary>
    /// Files never read even when found under a given directory, such as the workspace database and its
    /// <c>-wal</c>/<c>-shm</c> companions (the quarantine file is always excluded).
    /// </summary>
    public IReadOnlyCollection<string> ExcludePaths { get; init; } = [];

    /// <summary>Statements per store write (one transaction each); also how often progress is saved for resuming.</summary>
    public int BatchSize { get; init; } = 20_000;

    /// <summary>How many problems the summary keeps as examples (all go to the quarantine file).</summary>
    public int SampleRejections { get; init; } = 20;

    /// <summary>Fewest records between two progress reports (reports also follow every write and file).</summary>
    public int ProgressEveryRecords { get; init; } = 1000;

    /// <summary>
    /// Files up to this size are read ahead, several at once on the other cores, while the store writes what came
    /// before (a folder of saved pages); larger ones are read as a stream beside the writer.
    /// </summary>
    public long ReadAheadBytes { get; init; } = 1024 * 1024;

    /// <summary>Most small files read ahead and held, not yet written, at once (0: 1,024); they never hold more than 64 MiB together.</summary>
    public int ReadAheadFiles { get; init; }
}
