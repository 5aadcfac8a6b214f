using System.Diagnostics;
using System.Globalization;
using System.Threading.Channels;
using Threadline.Core;
using Threadline.Core.IO;
using Threadline.Core.Threading;
using Threadline.Storage;

namespace Threadline.Ingest.Pipeline;

/// <summary>
/// The one ingest loop of every kind of source file (ads, bookings, bank files, FollowTheMoney), with the format plugged in
/// (<see cref="IIngestFormat{TRecord}"/>):
/// <list type="bullet">
/// <item>the paths become regular files (<see cref="InputFiles"/>: dot-names left out, links in folders and FIFOs
/// skipped with a note, the workspace's files and the quarantine never read);</item>
/// <item>a file is identified by the SHA-256 of its bytes (<see cref="SourceIds"/>); one read completely before is
/// skipped, unless it had rejected records and the options that shape its reading changed since
/// (<see cref="IIngestFormat{TRecord}.Fingerprint"/>); one a stopped run left unfinished is resumed after the
/// records its last written batch covered;</item>
/// <item>records become statements in batches (<see cref="IngestOptions.BatchSize"/>, one transaction each), a batch's
/// problems are appended to the quarantine after its write and before the file's progress is recorded, so a run that
/// stops anywhere leaves the workspace and the quarantine as one clean run would after the next run;</item>
/// <item>files are read beside the writer: small ones (saved pages) read, hashed and parsed ahead on the other cores,
/// independently of the writer (<see cref="ReadAhead{TRecord}"/>), large ones as a stream, their statements prepared off
/// the writer's thread; records are written in file order whatever the timing.</item>
/// </list>
/// The store is only touched on the calling thread (and through <see cref="IWorkspaceStore.Prepare"/>).
/// </summary>
/// <typeparam name="TRecord">The format's record.</typeparam>
public sealed class IngestPipeline<TRecord>
{
    private readonly IWorkspaceStore _store;
    private readonly IIngestFormat<TRecord> _format;
    private readonly IngestOptions _options;
    private readonly BatchWriter<TRecord> _writer;

    public IngestPipeline(IWorkspaceStore store, IIngestFormat<TRecord> format, IngestOptions? options = null)
    {
        ArgumentNullException.ThrowIfNull(store);
        ArgumentNullException.ThrowIfNull(format);
        _store = store;
        _format = format;
        _options = options ?? new IngestOptions();
        _writer = new BatchWriter<TRecord>(store, format);
        if (_options.BatchSize < 1 || _options.ProgressEveryRecords < 1)
        {
            throw new ArgumentOutOfRangeException(nameof(options), "BatchSize and ProgressEveryRecords must be at least 1.");
        }
    }

    /// <summary>Ingests files and directories. Bad records never stop the run; a missing path does, before anything is written.</summary>
    /// <exception cref="FileNotFoundException">A path does not exist.</exception>
    /// <exception cref="OperationCanceledException">Cancelled; what was written so far is kept and the next run resumes.</exception>
    public IngestSummary Run(IEnumerable<string> paths, IProgress<IngestProgress>? progress = null, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(paths);
        var stopwatch = Stopwatch.StartNew();
        var excluded = _options.QuarantinePath is null ? _options.ExcludePaths : [.. _options.ExcludePaths, _options.QuarantinePath];
        var input = InputFiles.Expand(paths, excluded, _format.IsWanted);
        var sizes = input.Files.Select(SizeOf).ToArray();
        using var quarantine = new QuarantineWriter(_options.QuarantinePath, _format.KeepsRecordsWithoutValues);
        using var stop = CancellationTokenSource.CreateLinkedTokenSource(cancellationToken);
        var run = new PipelineRun(quarantine, _options, progress, input.Files.Count, sizes.Sum());
        var shared = new SharedBatch(_store, _format.Kind, _writer.Write);
        var plans = new FilePlan?[input.Files.Count];
        var summaries = new List<FileSummary>(input.Files.Count + input.Skipped.Count);
        var window = 4 * Environment.ProcessorCount;
        var planned = 0;
        using var ahead = sizes.Any(s => s <= _options.ReadAheadBytes)
            ? new ReadAhead<TRecord>(_format, _store, _options, input.Files, sizes, Known(), stop.Token)
            : null;
        try
        {
            for (var i = 0; i < plans.Length; i++)
            {
                cancellationToken.ThrowIfCancellationRequested();
                for (; planned < plans.Length && planned <= i + window; planned++)
                {
                    plans[planned] = Plan(planned, input.Files[planned], sizes[planned], plans.AsSpan(i, planned - i), shared, ahead, stop.Token);
                }

                var plan = plans[i]!;
                if (plan.Decision is null)
                {
                    shared.Flush(run); // an earlier copy of its content may wait there
                    Decide(plan, stop.Token);
                }

                summaries.Add(Finish(plan, run, shared, stop.Token));
                plan.Dispose();
                plans[i] = null;
            }
        }
        finally
        {
            stop.Cancel();
            foreach (var plan in plans.OfType<FilePlan>())
            {
                try
                {
                    plan.Ahead?.Wait(CancellationToken.None);
                }
                catch (AggregateException)
                {
                    // A read ahead that was stopped with the run.
                }

                plan.Dispose();
            }
        }

        shared.Flush(run);
        foreach (var (number, (refused, leftOut)) in shared.Changed)
        {
            var summary = summaries[number - 1];
            summaries[number - 1] = summary with { Accepted = summary.Accepted - refused, Rejected = summary.Rejected + refused, ValuesLeftOut = summary.ValuesLeftOut + leftOut };
        }

        summaries.AddRange(input.Skipped.Select(s => new FileSummary(s.Path, null, FileStatus.Skipped, 0, 0, 0, 0, s.Reason)));
        run.Report(force: true);
        return new IngestSummary(summaries, run.Written, run.Samples, _options.QuarantinePath, stopwatch.Elapsed);
    }

    private static long SizeOf(string path)
    {
        try
        {
            return new FileInfo(path).Length;
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            return 0;
        }
    }

    /// <summary>Files of this kind the workspace holds a state for: not parsed ahead, as they may be skipped or resumed.</summary>
    private HashSet<string> Known()
    {
        var known = new HashSet<string>(StringComparer.Ordinal);
        foreach (var state in _store.Sources())
        {
            if (string.Equals(state.Kind, _format.Kind, StringComparison.Ordinal))
            {
                known.Add(state.SourceId);
            }
        }

        return known;
    }

    /// <summary>Opens, probes and hashes a file (or takes it as read ahead), and decides what to do with it unless an unfinished file before it has the same content.</summary>
    private FilePlan Plan(int index, string path, long size, ReadOnlySpan<FilePlan?> unfinished, SharedBatch shared, ReadAhead<TRecord>? ahead, CancellationToken cancellationToken)
    {
        var plan = new FilePlan(index + 1, path, size);
        if (ahead?.Take(index) is { } read)
        {
            if (read.OpenError is { } message)
            {
                plan.OpenError = new Rejection(path, 0, "cannot be read: " + message, string.Empty) { Element = "file" };
                return plan;
            }

            plan.Stream = new MemoryStream(read.Bytes, writable: false);
            plan.Probe = read.Probe;
            plan.File = read.File;
            plan.ReadAhead = read.Chunks;
            return read.File is null ? plan : DecideUnlessCopyWaits(plan, unfinished, shared, cancellationToken);
        }

        try
        {
            plan.Stream = new FileStream(path, new FileStreamOptions { Mode = FileMode.Open, Access = FileAccess.Read, Share = FileShare.Read, BufferSize = 0, Options = FileOptions.SequentialScan });
            var probe = _format.Probe(plan.Stream, path);
            plan.Stream.Position = 0;
            plan.Probe = probe;
            if (probe.EmptyNote is not null)
            {
                return plan;
            }

            var hash = Ids.HashStream(plan.Stream);
            plan.Stream.Position = 0;
            plan.File = new SourceFile(path, plan.Stream.Length, hash, SourceIds.Of(hash), probe);
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            plan.Dispose();
            plan.OpenError = new Rejection(path, 0, "cannot be read: " + e.Message, string.Empty) { Element = "file" };
            return plan;
        }

        return DecideUnlessCopyWaits(plan, unfinished, shared, cancellationToken);
    }

    /// <summary>Decides a planned file now, unless a copy of its content waits to be recorded (then it is decided when its turn comes).</summary>
    private FilePlan DecideUnlessCopyWaits(FilePlan plan, ReadOnlySpan<FilePlan?> unfinished, SharedBatch shared, CancellationToken cancellationToken)
    {
        if (shared.Holds(plan.File!.Hash))
        {
            return plan;
        }

        foreach (var earlier in unfinished)
        {
            if (earlier?.File is { } other && string.Equals(other.Hash, plan.File.Hash, StringComparison.Ordinal))
            {
                return plan; // decided when its turn comes, once the earlier copy is recorded
            }
        }

        Decide(plan, cancellationToken);
        return plan;
    }

    private void Decide(FilePlan plan, CancellationToken cancellationToken)
    {
        if (plan.OpenError is not null || plan.Probe!.EmptyNote is not null)
        {
            plan.Decision = plan.OpenError is not null ? FileStatus.Rejected : FileStatus.Empty;
            return;
        }

        var file = plan.File!;
        var state = _store.GetSource(file.SourceId);
        var mine = state is not null && string.Equals(state.Kind, _format.Kind, StringComparison.Ordinal);
        plan.Fingerprint = _format.Fingerprint(file.Probe);
        if (mine && state!.Completed
            && (state.Rejected == 0 || plan.Fingerprint is null || string.Equals(_store.GetMeta(SourceIds.OptionsKey(_format.Kind, file.SourceId)), plan.Fingerprint, StringComparison.Ordinal)))
        {
            var earlier = string.Equals(state.Path, plan.Path, StringComparison.Ordinal) ? string.Empty : $" as {state.Path}";
            var how = state.Rejected == 0 || plan.Fingerprint is null ? string.Empty : " with the same options";
            plan.Decision = FileStatus.AlreadyIngested;
            plan.Note = string.Create(CultureInfo.InvariantCulture, $"already read{earlier}{how} ({state.Accepted} accepted, {state.Rejected} rejected): skipped");
            return;
        }

        if (file.Probe.Problem is not null)
        {
            plan.Decision = FileStatus.Rejected;
            return;
        }

        plan.Decision = FileStatus.Ingested;
        plan.ResumeAfter = mine && !state!.Completed ? state.Accepted + state.Rejected : 0;
        if (plan.ReadAhead is { } chunks && plan.ResumeAfter == 0)
        {
            plan.Ahead = Task.FromResult(chunks);
        }
        else if (plan.Size <= _options.ReadAheadBytes)
        {
            var reading = new FileReading<TRecord>(_format, _store, _options, file, plan.ResumeAfter);
            var stream = plan.Stream!;
            plan.Ahead = Task.Run(
                () =>
                {
                    var chunks = new List<Chunk>();
                    reading.Run(stream, chunks.Add, cancellationToken);
                    return chunks;
                },
                cancellationToken);
        }
    }

    private FileSummary Finish(FilePlan plan, PipelineRun run, SharedBatch shared, CancellationToken cancellationToken)
    {
        run.StartFile(plan);
        try
        {
            if (plan.Decision == FileStatus.Ingested && (plan.Ahead is { } read ? Blocking.Wait(read) : null) is [{ Final: true, ReadError: null } whole])
            {
                // A small file read whole in one chunk joins the files written together.
                run.Read(whole);
                shared.Add(plan, whole);
                if (shared.Count >= _options.BatchSize)
                {
                    shared.Flush(run);
                }

                var status = whole.WholeFileProblem is not null ? FileStatus.Rejected : FileStatus.Ingested;
                var note = whole.WholeFileProblem ?? (whole.Accepted + whole.Rejected == 0 ? "no records" : null);
                return new FileSummary(plan.Path, plan.File!.Probe.Format, status, whole.Accepted, whole.Rejected, 0, plan.ResumeAfter, note, whole.ValuesLeftOut) { SharedBatch = true };
            }

            if (plan.Decision is not (FileStatus.AlreadyIngested or FileStatus.Empty))
            {
                shared.Flush(run); // what waits goes first, in file order
            }

            switch (plan.Decision)
            {
                case FileStatus.AlreadyIngested:
                case FileStatus.Empty:
                    return new FileSummary(plan.Path, plan.Probe?.Format, plan.Decision.Value, 0, 0, 0, 0, plan.Note ?? plan.Probe?.EmptyNote);
                case FileStatus.Rejected when plan.OpenError is { } error:
                    run.Quarantine([error]);
                    return new FileSummary(plan.Path, null, FileStatus.Rejected, 0, 1, 0, 0, error.Reason);
                case FileStatus.Rejected:
                    var file = plan.File!;
                    var problem = file.Probe.Problem!;
                    run.Quarantine([problem]);
                    if (plan.Fingerprint is { } fingerprint)
                    {
                        _store.SetMeta(SourceIds.OptionsKey(_format.Kind, file.SourceId), fingerprint);
                    }

                    _store.SetSource(new SourceState(file.SourceId, plan.Path, file.Hash, _format.Kind, true, 0, 1));
                    return new FileSummary(plan.Path, null, FileStatus.Rejected, 0, 1, 0, 0, problem.Reason);
                default:
                    return plan.Ahead is { } ahead
                        ? Write(plan, run, Blocking.Wait(ahead), cancellationToken)
                        : Write(plan, run, Stream(plan, cancellationToken), cancellationToken);
            }
        }
        finally
        {
            run.EndFile(plan);
        }
    }

    /// <summary>Reads a large file on another thread, handing chunks over through a short queue so memory stays flat.</summary>
    private IEnumerable<Chunk> Stream(FilePlan plan, CancellationToken cancellationToken)
    {
        var channel = Channel.CreateBounded<Chunk>(new BoundedChannelOptions(4) { SingleReader = true, SingleWriter = true });
        var reading = new FileReading<TRecord>(_format, _store, _options, plan.File!, plan.ResumeAfter);
        var stream = plan.Stream!;
        using var stop = CancellationTokenSource.CreateLinkedTokenSource(cancellationToken);
        var producer = Task.Run(
            () =>
            {
                try
                {
                    reading.Run(stream, chunk => Blocking.Wait(channel.Writer.WriteAsync(chunk, stop.Token)), stop.Token);
                    channel.Writer.Complete();
                }
                catch (Exception e)
                {
                    channel.Writer.Complete(e);
                }
            },
            CancellationToken.None);
        try
        {
            while (Blocking.Wait(channel.Reader.WaitToReadAsync(CancellationToken.None)))
            {
                while (channel.Reader.TryRead(out var chunk))
                {
                    yield return chunk;
                }
            }
        }
        finally
        {
            stop.Cancel();
            while (channel.Reader.TryRead(out _))
            {
                // Let a producer blocked on a full queue see the stop.
            }

            Blocking.Wait(producer);
        }
    }

    /// <summary>
    /// Writes a file's chunks in order: a batch's statements in one transaction, then its problems, then the file's
    /// progress. A batch the workspace refuses is written record by record where it must (<see cref="BatchWriter{TRecord}"/>).
    /// </summary>
    private FileSummary Write(FilePlan plan, PipelineRun run, IEnumerable<Chunk> chunks, CancellationToken cancellationToken)
    {
        var file = plan.File!;
        var pending = new List<Chunk>();
        long inserted = 0, refusedInFile = 0, leftOutInFile = 0;
        Chunk? last = null;
        foreach (var chunk in chunks)
        {
            if (chunk.ReadError is { } error)
            {
                run.Quarantine([error]);
                return new FileSummary(plan.Path, file.Probe.Format, FileStatus.Rejected, 0, 1, inserted, plan.ResumeAfter, error.Reason);
            }

            cancellationToken.ThrowIfCancellationRequested();
            pending.Add(chunk);
            run.Read(chunk);
            last = chunk;
            if (chunk.EndsBatch)
            {
                var batch = new FileBatch(plan.Path, [.. pending]);
                var written = _writer.Write([batch]);
                inserted += written.Inserted;
                refusedInFile += batch.Refused.Count;
                leftOutInFile += batch.LeftOut.Count;
                run.Changed(batch);
                run.Wrote(written, batch.Problems);
                pending.Clear();
                var (accepted, rejected) = (chunk.Accepted - refusedInFile, chunk.Rejected + refusedInFile);
                if (chunk.Final && rejected > 0 && plan.Fingerprint is { } fingerprint)
                {
                    _store.SetMeta(SourceIds.OptionsKey(_format.Kind, file.SourceId), fingerprint);
                }

                _store.SetSource(new SourceState(file.SourceId, plan.Path, file.Hash, _format.Kind, chunk.Final, accepted, rejected));
                run.Report(force: true);
            }
            else
            {
                run.Report(force: false);
            }
        }

        var end = last ?? throw new InvalidOperationException("a file read ended without its last chunk");
        var status = end.WholeFileProblem is not null ? FileStatus.Rejected : FileStatus.Ingested;
        var note = end.WholeFileProblem ?? (end.Accepted + end.Rejected == 0 ? "no records" : null);
        return new FileSummary(plan.Path, file.Probe.Format, status, end.Accepted - refusedInFile, end.Rejected + refusedInFile, inserted, plan.ResumeAfter, note, end.ValuesLeftOut + leftOutInFile);
    }
}
