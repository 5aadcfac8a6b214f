using Threadline.Ingest.Pipeline;
using Threadline.Storage;

namespace Threadline.Ingest.Ads;

/// <summary>
/// Ingests ad export files into a workspace through the one <see cref="IngestPipeline{TRecord}"/>: accepted ads as
/// statements in batches, rejected records quarantined, per-file progress as a <see cref="SourceState"/> of kind
/// <c>ads</c>. A file ingested completely before is skipped after hashing it; a stopped run is resumed after the
/// records its last batch covered, so the workspace ends exactly as after one clean run. Saved pages are parsed on
/// every core, written in file order.
/// </summary>
public sealed class AdIngestRunner
{
    /// <summary>The <see cref="SourceState.Kind"/> of ad exports.</summary>
    public const string SourceKind = AdIngestFormat.SourceKind;

    private readonly IngestPipeline<AdRecord> _pipeline;

    public AdIngestRunner(IWorkspaceStore store, AdIngestOptions? options = null)
    {
        ArgumentNullException.ThrowIfNull(store);
        options ??= new AdIngestOptions();
        if (options.BatchSize < 1)
        {
            throw new ArgumentOutOfRangeException(nameof(options), "BatchSize must be at least 1.");
        }

        _pipeline = new IngestPipeline<AdRecord>(store, new AdIngestFormat(options.Limits), new IngestOptions
        {
            QuarantinePath = options.QuarantinePath,
            ExcludePaths = options.ExcludePaths,
            BatchSize = options.BatchSize,
            SampleRejections = options.SampleRejections,
            ProgressEveryRecords = options.ProgressEveryRecords,
        });
    }

    /// <summary>Ingests files and directories (see <see cref="Core.IO.InputFiles.Expand"/>). Bad records never stop the run; a missing path does, before anything is written.</summary>
    /// <exception cref="FileNotFoundException">A path does not exist.</exception>
    /// <exception cref="OperationCanceledException">Cancelled; what was written so far is kept and the next run resumes.</exception>
    public IngestSummary Run(IEnumerable<string> paths, IProgress<IngestProgress>? progress = null, CancellationToken cancellationToken = default) =>
        _pipeline.Run(paths, progress, cancellationToken);
}
