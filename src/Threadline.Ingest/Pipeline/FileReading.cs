using System.Globalization;
using Threadline.Core.Statements;
using Threadline.Storage;

namespace Threadline.Ingest.Pipeline;

/// <summary>
/// Reads one file into <see cref="Chunk"/>s, on whatever thread runs it: the format's records, their statements
/// (prepared for the store here, off the writer's thread) and problems, cut every so many records and batches. Records
/// an earlier, stopped run wrote are counted and skipped. Touches the store only through its thread-safe
/// <see cref="IWorkspaceStore.Prepare"/>.
/// </summary>
internal sealed class FileReading<TRecord>(IIngestFormat<TRecord> format, IWorkspaceStore store, IngestOptions options, SourceFile file, long resumeAfter)
{
    public void Run(Stream stream, Action<Chunk> emit, CancellationToken cancellationToken)
    {
        var statements = format.StartFile(file);
        var part = new List<Statement>();
        AddSource(part);
        var rejections = new List<Rejection>();
        var spans = new List<RecordSpan>();
        long accepted = 0, rejected = 0, leftOut = 0, records = 0, inChunk = 0, inBatch = part.Count;
        string? wholeFile = null;
        using var items = format.Read(stream, file, cancellationToken).GetEnumerator();
        while (true)
        {
            try
            {
                if (!items.MoveNext())
                {
                    break;
                }
            }
            catch (Exception e) when (e is IOException or UnauthorizedAccessException)
            {
                emit(Cut(endsBatch: true, final: true) with { ReadError = new Rejection(file.Path, 0, "cannot be read: " + e.Message, string.Empty) { Element = "file" } });
                return;
            }

            cancellationToken.ThrowIfCancellationRequested();
            var item = items.Current;
            records++;
            inChunk++;
            var fresh = accepted + rejected + 1 > resumeAfter;
            if (item.Rejection is { } rejection)
            {
                rejected++;
                wholeFile = item.RejectsFile ? rejection.Reason : wholeFile;
                if (fresh)
                {
                    rejections.Add(rejection);
                }
            }
            else
            {
                accepted++;
                leftOut += item.LeftOut.Count;
                if (fresh)
                {
                    var before = part.Count;
                    statements.Add(item.Record!, part);
                    inBatch += part.Count - before;
                    if (part.Count > before)
                    {
                        spans.Add(new RecordSpan(before, part.Count, item.Line));
                    }

                    rejections.AddRange(item.LeftOut);
                }
            }

            if (inBatch >= options.BatchSize)
            {
                statements.EndBatch(part);
                emit(Cut(endsBatch: true, final: false));
            }
            else if (inChunk >= options.ProgressEveryRecords)
            {
                emit(Cut(endsBatch: false, final: false));
            }
        }

        statements.EndBatch(part);
        emit(Cut(endsBatch: true, final: true) with { WholeFileProblem = wholeFile });

        Chunk Cut(bool endsBatch, bool final)
        {
            var chunk = new Chunk(Prepare(part), rejections, inChunk, accepted, rejected, leftOut, Position(stream), endsBatch, final) { Spans = spans };
            part = [];
            rejections = [];
            spans = [];
            inChunk = 0;
            inBatch = endsBatch ? 0 : inBatch;
            return chunk;
        }
    }

    /// <summary>
    /// Statements prepared off the writer's thread; ones the store refuses to prepare go unprepared, so the writer meets
    /// the refusal and keeps the batch's other records (<see cref="BatchWriter{TRecord}"/>).
    /// </summary>
    private PreparedStatements Prepare(List<Statement> part)
    {
        try
        {
            return store.Prepare(part);
        }
        catch (ArgumentException)
        {
            return PreparedStatements.Unprepared(part);
        }
    }

    /// <summary>The Source entity of the file: name, size, hash and format, by the format's producer.</summary>
    private void AddSource(List<Statement> into)
    {
        var id = file.SourceId;
        Add("name", file.Name);
        Add("fileName", file.Name);
        Add("contentHash", file.Hash);
        Add("fileSize", file.Size.ToString(CultureInfo.InvariantCulture));
        if (file.Probe.StoredFormat is { } name)
        {
            Add("format", name);
        }

        void Add(string property, string value) =>
            into.Add(new Statement(id, "Source", property, value, id, file.Name, format.Producer, format.ProducerVersion, null, null));
    }

    private static long Position(Stream stream)
    {
        try
        {
            return stream.Position;
        }
        catch (ObjectDisposedException)
        {
            return 0;
        }
    }
}
