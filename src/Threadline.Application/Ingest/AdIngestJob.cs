using Threadline.Ingest.Ads;
using Threadline.Ingest.Pipeline;
using Threadline.Storage;

namespace Threadline.Application.Ingest;

/// <summary>Ad-site exports (JSON Lines, CSV, saved HTML) into the workspace: the ingest pipeline with the ad format.</summary>
public static class AdIngestJob
{
    /// <summary>Ingests files and directories.</summary>
    /// <exception cref="JobException">A path does not exist (nothing is written).</exception>
    /// <exception cref="OperationCanceledException">Cancelled between batches; the next run resumes.</exception>
    public static IngestSummary Run(IWorkspaceStore store, IReadOnlyList<string> paths, AdIngestOptions options, IProgress<JobProgress>? progress = null, CancellationToken cancellationToken = default)
    {
        try
        {
            return new AdIngestRunner(store, options).Run(paths, IngestJobProgress.Of(progress, "reading ad files"), cancellationToken);
        }
        catch (FileNotFoundException e)
        {
            throw new JobException(e.Message, e);
        }
    }
}
