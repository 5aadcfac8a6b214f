using System.Globalization;
using Threadline.Core;
using Threadline.Core.Statements;
using Threadline.Storage;

namespace Threadline.Ingest.Ads;

/// <summary>The state of one <see cref="AdIngestRunner.Run"/>: totals, progress, and the per-file loop.</summary>
internal sealed class AdIngestRun(
    IWorkspaceStore store,
    AdIngestOptions options,
    QuarantineWriter quarantine,
    IProgress<AdIngestProgress>? progress,
    int fileCount,
    long bytesTotal)
{
    private readonly List<Rejection> _samples = [];
    private long _bytesBefore;
    private long _bytesInFile;
    private long _records;
    private long _accepted;
    private long _rejected;
    private long _lastReported = -1;
    private string _currentFile = string.Empty;
    private int _fileNumber;

    public WriteSummary Written { get; private set; }

    public IReadOnlyList<Rejection> Samples => _samples;

    public AdFileSummary IngestFile(string path, int number, long size, CancellationToken cancellationToken)
    {
        _currentFile = path;
        _fileNumber = number;
        _bytesInFile = 0;
        try
        {
            return Ingest(path, size, cancellationToken);
        }
        finally
        {
            _bytesBefore += size;
            _bytesInFile = 0;
        }
    }

    private AdFileSummary Ingest(string path, long size, CancellationToken cancellationToken)
    {
        if (size == 0)
        {
            Report(force: true);
            return new AdFileSummary(path, null, AdFileStatus.Empty, 0, 0, 0, 0, "empty file (0 bytes): nothing to read");
        }

        FileStream stream;
        try
        {
            stream = AdFileReader.OpenRead(path);
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            var rejection = new Rejection(path, 0, "cannot open the file: " + e.Message, string.Empty);
            Reject(rejection);
            quarantine.Append([rejection]);
            Report(force: true);
            return new AdFileSummary(path, null, AdFileStatus.Rejected, 0, 1, 0, 0, rejection.Reason);
        }

        using var owned = stream;
        var sniff = AdFileReader.Sniff(stream, path);
        if (sniff.IsEmpty)
        {
            Report(force: true);
            return new AdFileSummary(path, null, AdFileStatus.Empty, 0, 0, 0, 0, "only blank space: nothing to read");
        }

        var hash = Ids.HashStream(stream);
        stream.Position = 0;
        var sourceId = AdStatements.SourceId(hash);
        var state = store.GetSource(sourceId);
        if (state is { Completed: true })
        {
            Report(force: true);
            var earlier = string.Equals(state.Path, path, StringComparison.Ordinal) ? string.Empty : $" as {state.Path}";
            var counts = string.Create(CultureInfo.InvariantCulture, $"{state.Accepted} accepted, {state.Rejected} rejected");
            return new AdFileSummary(path, sniff.Format, AdFileStatus.AlreadyIngested, 0, 0, 0, 0, $"already read{earlier} ({counts}): skipped");
        }

        if (sniff.Problem is not null)
        {
            var rejection = new Rejection(path, 0, sniff.Problem, string.Empty);
            Reject(rejection);
            quarantine.Append([rejection]);
            store.SetSource(new SourceState(sourceId, path, hash, AdIngestRunner.SourceKind, true, 0, 1));
            Report(force: true);
            return new AdFileSummary(path, null, AdFileStatus.Rejected, 0, 1, 0, 0, sniff.Problem);
        }

        var file = new AdFileIngest(sourceId, path, hash, state is null ? 0 : state.Accepted + state.Rejected, options.BatchSize);
        file.Batch.AddRange(AdStatements.ForSource(hash, Path.GetFileName(path), size, sniff.Format!.Value));
        string? wholeFileProblem = null;
        foreach (var item in AdFileReader.Read(stream, path, sniff, options.Limits, cancellationToken))
        {
            cancellationToken.ThrowIfCancellationRequested();
            _records++;
            if (item.Ad is { } ad)
            {
                _accepted++;
                if (file.Accept(ad))
                {
                    foreach (var dropped in ad.DroppedValues)
                    {
                        Reject(dropped);
                    }
                }
            }
            else
            {
                var rejection = item.Rejection!;
                _rejected++;
                if (file.Reject(rejection))
                {
                    Reject(rejection);
                }

                if (rejection.Line == 0)
                {
                    wholeFileProblem = rejection.Reason;
                }
            }

            if (file.Batch.Count >= options.BatchSize)
            {
                Flush(file, completed: false);
            }

            if (_records % options.ProgressEveryRecords == 0)
            {
                _bytesInFile = stream.Position;
                Report(force: false);
            }
        }

        Flush(file, completed: true);
        var status = wholeFileProblem is not null ? AdFileStatus.Rejected : AdFileStatus.Ingested;
        var note = wholeFileProblem ?? (file.Accepted + file.Rejected == 0 ? "no records" : null);
        return new AdFileSummary(path, sniff.Format, status, file.Accepted, file.Rejected, file.Inserted, file.ResumeAfter, note, file.ValuesLeftOut);
    }

    private void Flush(AdFileIngest file, bool completed)
    {
        var statements = file.TakeBatch();
        if (statements.Count > 0)
        {
            var written = store.Write(statements);
            Written += written;
            file.Inserted += written.Inserted;
        }

        quarantine.Append(file.TakeRejections());
        store.SetSource(new SourceState(file.SourceId, file.Path, file.Hash, AdIngestRunner.SourceKind, completed, file.Accepted, file.Rejected));
        Report(force: true);
    }

    private void Reject(Rejection rejection)
    {
        if (_samples.Count < options.SampleRejections)
        {
            _samples.Add(rejection);
        }
    }

    public void Report(bool force)
    {
        if (progress is null || (!force && _records == _lastReported))
        {
            return;
        }

        _lastReported = _records;
        progress.Report(new AdIngestProgress(
            _currentFile, _fileNumber, fileCount, Math.Min(_bytesBefore + _bytesInFile, bytesTotal), bytesTotal, _records, _accepted, _rejected, Written.Inserted));
    }
}
