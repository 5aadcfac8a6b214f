using Threadline.Storage;

namespace Threadline.Ingest.Pipeline;

/// <summary>
/// A run of records of one file as the reader hands it to the writer: their statements (prepared), their problems,
/// and the file's counts at its end. A chunk that ends a batch is written with the chunks before it, in one transaction.
/// </summary>
internal sealed record Chunk(
    PreparedStatements Statements,
    IReadOnlyList<Rejection> Rejections,
    long Records,
    long Accepted,
    long Rejected,
    long ValuesLeftOut,
    long BytesRead,
    bool EndsBatch,
    bool Final)
{
    /// <summary>The accepted records' statements in <see cref="Statements"/>; statements outside every span (the Source, per-batch extras) belong to no record.</summary>
    public IReadOnlyList<RecordSpan> Spans { get; init; } = [];

    /// <summary>Why the whole file was rejected by its content (an unusable header), or null.</summary>
    public string? WholeFileProblem { get; init; }

    /// <summary>Set when the file could not be read to its end (an I/O error): nothing of it is recorded as done.</summary>
    public Rejection? ReadError { get; init; }
}
