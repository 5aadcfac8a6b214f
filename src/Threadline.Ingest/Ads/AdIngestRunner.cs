using System.Diagnostics;
using Threadline.Storage;

namespace Threadline.Ingest.Ads;

/// <summary>
/// Ingests ad export files into a workspace: reads each file as a stream, maps accepted ads to
/// statements, writes them in batches (one transaction each), quarantines rejected records and
/// records per-file progress as a <see cref="SourceState"/> of kind <c>ads</c>.
/// <para>
/// A file whose content was ingested completely before is skipped after hashing it. A run that was
/// stopped (killed, cancelled, a crash) left whole batches behind and the count of records they
/// covered; the next run skips that many records of the file and carries on, so the workspace ends
/// exactly as after one clean run. Statements are upserts, so a batch written twice changes nothing.
/// A kill between a batch's write and its progress record can repeat that batch's quarantine lines.
/// </para>
/// </summary>
public sealed class AdIngestRunner
{
    /// <summary>The <see cref="SourceState.Kind"/> of ad exports.</summary>
    public const string SourceKind = "ads";

    private readonly IWorkspaceStore _store;
    private readonly AdIngestOptions _options;

    public AdIngestRunner(IWorkspaceStore store, AdIngestOptions? options = null)
    {
        ArgumentNullException.ThrowIfNull(store);
        _store = store;
        _options = options ?? new AdIngestOptions();
        if (_options.BatchSize < 1)
        {
            throw new ArgumentOutOfRangeException(nameof(options), "BatchSize must be at least 1.");
        }
    }

    /// <summary>
    /// Ingests files and directories (see <see cref="AdPaths.Expand"/>). Bad records never stop the
    /// run; a missing path does, before anything is written.
    /// </summary>
    /// <exception cref="FileNotFoundException">A path does not exist.</exception>
    /// <exception cref="OperationCanceledException">Cancelled; what was written so far is kept and the next run resumes.</exception>
    public AdIngestSummary Run(IEnumerable<string> paths, IProgress<AdIngestProgress>? progress = null, CancellationToken cancellationToken = default)
    {
        var stopwatch = Stopwatch.StartNew();
        var excluded = _options.QuarantinePath is null ? _options.ExcludePaths : _options.ExcludePaths.Append(_options.QuarantinePath);
        var files = AdPaths.Expand(paths, excluded);
        var sizes = files.Select(f => new FileInfo(f).Length).ToArray();
        using var quarantine = new QuarantineWriter(_options.QuarantinePath);
        var run = new AdIngestRun(_store, _options, quarantine, progress, files.Count, sizes.Sum());
        var summaries = new List<AdFileSummary>(files.Count);
        for (var i = 0; i < files.Count; i++)
        {
            cancellationToken.ThrowIfCancellationRequested();
            summaries.Add(run.IngestFile(files[i], i + 1, sizes[i], cancellationToken));
        }

        run.Report(force: true);
        return new AdIngestSummary(summaries, run.Written, run.Samples, _options.QuarantinePath, stopwatch.Elapsed);
    }
}
