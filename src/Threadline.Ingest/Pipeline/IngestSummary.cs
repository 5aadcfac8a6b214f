using Threadline.Storage;

namespace Threadline.Ingest.Pipeline;

/// <summary>Outcome of an ingest run: per file and in total.</summary>
/// <param name="Files">Each path, in the order read (paths not read, such as FIFOs, last).</param>
/// <param name="Statements">What the store writes did (inserted, updated, unchanged).</param>
/// <param name="SampleRejections">The first quarantine lines of the run: rejections and values left out of kept records (<see cref="Rejection.Kept"/>); all of them are in the quarantine file.</param>
/// <param name="QuarantinePath">The quarantine file, or null when none was asked for.</param>
/// <param name="Elapsed">Wall-clock time of the run.</param>
public sealed record IngestSummary(
    IReadOnlyList<FileSummary> Files,
    WriteSummary Statements,
    IReadOnlyList<Rejection> SampleRejections,
    string? QuarantinePath,
    TimeSpan Elapsed)
{
    /// <summary>Records accepted, over all files.</summary>
    public long Accepted => Files.Sum(f => f.Accepted);

    /// <summary>Records (and whole files) rejected, over all files.</summary>
    public long Rejected => Files.Sum(f => f.Rejected);

    /// <summary>Values left out of accepted records, over all files.</summary>
    public long ValuesLeftOut => Files.Sum(f => f.ValuesLeftOut);

    /// <summary>Files read.</summary>
    public int FilesRead => Files.Count(f => f.Status == FileStatus.Ingested);

    /// <summary>Paths not read: already ingested, empty, or not regular files.</summary>
    public int SkippedFiles => Files.Count(f => f.Status is FileStatus.AlreadyIngested or FileStatus.Empty or FileStatus.Skipped);

    /// <summary>Files rejected as a whole.</summary>
    public int RejectedFiles => Files.Count(f => f.Status == FileStatus.Rejected);

    /// <summary>New statements written.</summary>
    public long StatementsInserted => Statements.Inserted;
}
