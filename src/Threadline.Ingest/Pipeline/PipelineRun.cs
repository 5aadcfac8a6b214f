using Threadline.Storage;

namespace Threadline.Ingest.Pipeline;

/// <summary>The totals of one <see cref="IngestPipeline{TRecord}.Run"/>: what was written and quarantined, samples, progress.</summary>
internal sealed class PipelineRun(QuarantineWriter quarantine, IngestOptions options, IProgress<IngestProgress>? progress, int fileCount, long bytesTotal)
{
    private readonly List<Rejection> _samples = [];
    private long _bytesBefore;
    private long _bytesInFile;
    private long _records;
    private long _accepted;
    private long _rejected;
    private long _fileAccepted;
    private long _fileRejected;
    private long _lastReported = -1;
    private FilePlan? _file;

    public WriteSummary Written { get; private set; }

    public IReadOnlyList<Rejection> Samples => _samples;

    public void StartFile(FilePlan plan)
    {
        _file = plan;
        _bytesInFile = 0;
        _fileAccepted = 0;
        _fileRejected = 0;
    }

    public void EndFile(FilePlan plan)
    {
        _bytesBefore += plan.Size;
        _bytesInFile = 0;
        Report(force: true);
    }

    /// <summary>Appends problems of a file not read (and counts them) at once.</summary>
    public void Quarantine(IReadOnlyList<Rejection> rejections)
    {
        _records += rejections.Count;
        _rejected += rejections.Count;
        Sample(rejections);
        quarantine.Append(rejections);
    }

    /// <summary>Counts a chunk as read.</summary>
    public void Read(Chunk chunk)
    {
        _records += chunk.Records;
        _accepted += chunk.Accepted - _fileAccepted;
        _rejected += chunk.Rejected - _fileRejected;
        (_fileAccepted, _fileRejected) = (chunk.Accepted, chunk.Rejected);
        _bytesInFile = chunk.BytesRead;
        Sample(chunk.Rejections);
    }

    /// <summary>What a write changed: records read as accepted that the workspace refused (rejected after all), values it contradicted.</summary>
    public void Changed(FileBatch batch)
    {
        _accepted -= batch.Refused.Count;
        _rejected += batch.Refused.Count;
        Sample(batch.Refused);
        Sample(batch.LeftOut);
    }

    /// <summary>A batch went in: its problems follow it into the quarantine.</summary>
    public void Wrote(WriteSummary written, IReadOnlyList<Rejection> problems)
    {
        Written += written;
        quarantine.Append(problems);
    }

    public void Report(bool force)
    {
        if (progress is null || (!force && _records == _lastReported))
        {
            return;
        }

        _lastReported = _records;
        progress.Report(new IngestProgress(
            _file?.Path ?? string.Empty, _file?.Number ?? 0, fileCount, Math.Min(_bytesBefore + _bytesInFile, bytesTotal), bytesTotal, _records, _accepted, _rejected, Written.Inserted));
    }

    private void Sample(IReadOnlyList<Rejection> rejections)
    {
        foreach (var rejection in rejections)
        {
            if (_samples.Count >= options.SampleRejections)
            {
                return;
            }

            _samples.Add(rejection);
        }
    }
}
