using Threadline.Core.Statements;
using Threadline.Storage;

namespace Threadline.Ingest.Pipeline;

/// <summary>
/// The seam where a kind of source file plugs into the <see cref="IngestPipeline{TRecord}"/>: ad exports, booking
/// records, bank files, FollowTheMoney files. A format says what its files are (<see cref="Probe"/>), reads one as records
/// (<see cref="Read"/>) and turns a record into statements (<see cref="StartFile"/>); the pipeline does the rest the
/// same way for all: which files, their identity, skip, re-read and resume, batches, quarantine, progress.
/// <see cref="Probe"/>, <see cref="Read"/> and the statements must be safe to run on several files at once.
/// </summary>
/// <typeparam name="TRecord">What one accepted record is to this format.</typeparam>
public interface IIngestFormat<TRecord>
{
    /// <summary>The <c>SourceState.Kind</c> of these files: <c>ads</c>, <c>bookings</c>, <c>transactions</c>, <c>ftm</c>.</summary>
    string Kind { get; }

    /// <summary>Producer of the Source statements (<c>ingest.ads</c>…).</summary>
    string Producer { get; }

    /// <summary>Version of the producer.</summary>
    string ProducerVersion { get; }

    /// <summary>Whether the format keeps records without a value it cannot read (quarantine lines then carry <c>"kept"</c>).</summary>
    bool KeepsRecordsWithoutValues { get; }

    /// <summary>Whether a file found while walking a directory is one to read (a file named directly always is).</summary>
    bool IsWanted(string path);

    /// <summary>What the start of a file says: its format, that it is empty, or why it is not a file of this kind. The pipeline rewinds the stream after.</summary>
    FileProbe Probe(Stream stream, string path);

    /// <summary>
    /// The options that change how a file of this probe is read, as one string, or null when none do. A file read with
    /// rejected records is read again when this differs from the run that read it, since the user may have fixed the reason.
    /// </summary>
    string? Fingerprint(FileProbe probe);

    /// <summary>The records of a file in order, from the start of <paramref name="stream"/>; bad ones as rejections.</summary>
    IEnumerable<ReadItem<TRecord>> Read(Stream stream, SourceFile file, CancellationToken cancellationToken);

    /// <summary>
    /// Values of a batch that contradict what the workspace already holds, looked for on the writer's thread just before
    /// the batch is written, where the store may be read (an FtM reference whose target the workspace holds as an entity of
    /// a schema the property does not take). Each is left out of the batch and listed as a value left out of its record,
    /// with the reason. None by default.
    /// </summary>
    IReadOnlyList<(Statement Statement, string Reason)> Contradicted(IWorkspaceStore store, IReadOnlyList<Statement> batch) => [];

    /// <summary>Starts the statements of one file (a format may gather per-batch statements, such as the sites an ad file shows).</summary>
    FileStatements<TRecord> StartFile(SourceFile file);
}
