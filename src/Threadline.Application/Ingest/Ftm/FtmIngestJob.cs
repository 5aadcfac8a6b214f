using Threadline.Ingest.Pipeline;
using Threadline.Storage;

namespace Threadline.Application.Ingest.Ftm;

/// <summary>
/// <c>ingest ftm</c>: FollowTheMoney entities or statements (an Aleph export, a company registry, a sanctions list, a
/// Threadline export) into the workspace through the one ingest pipeline (<see cref="FtmIngestFormat"/>): each entity
/// as the Threadline type that holds its kind (<see cref="FtmMapping.ThreadlineType"/>), each value with its FtM schema,
/// property, dataset, origin, language and original value in its statement's detail, so an export writes it back as
/// it was read. File identity, skip / re-read / resume, batches, the quarantine (file, line, reason), progress and
/// cancellation are the pipeline's, as for every other ingest.
/// </summary>
public static class FtmIngestJob
{
    public const string SourceKind = "ftm";
    public const string Producer = "ingest.ftm";
    public const string DefaultDataset = "ftm_import";
    public static readonly string Version = typeof(FtmIngestJob).Assembly.GetName().Version?.ToString(3) ?? "0.0.0";

    /// <param name="store">The workspace.</param>
    /// <param name="paths">FtM files or folders of them: <c>.csv</c> for statements as CSV, anything else JSON Lines of entities or statements.</param>
    /// <param name="dataset">The dataset of values whose file names none.</param>
    /// <param name="options">The pipeline's options: the quarantine, the workspace's own files, batch size.</param>
    /// <param name="progress">Bytes read of all, with the file and counts.</param>
    /// <param name="cancellationToken">Stops between records; what was written is kept and the next run resumes.</param>
    /// <exception cref="JobException">The dataset name is not one FollowTheMoney accepts, or a path does not exist (nothing is written).</exception>
    public static FtmIngestSummary Run(IWorkspaceStore store, IReadOnlyList<string> paths, string dataset, IngestOptions options, IProgress<JobProgress>? progress = null, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(store);
        ArgumentNullException.ThrowIfNull(paths);
        if (!FtmDataset.IsValid(dataset))
        {
            throw new JobException($"dataset name '{dataset}' is not one FollowTheMoney accepts: lower-case letters, digits and '_', starting with a letter");
        }

        var format = new FtmIngestFormat(dataset);
        try
        {
            var run = new IngestPipeline<FtmRecord>(store, format, options).Run(paths, IngestJobProgress.Of(progress, "reading FollowTheMoney files"), cancellationToken);
            return new FtmIngestSummary(run, format.Entities, format.Values, format.ByType);
        }
        catch (FileNotFoundException e)
        {
            throw new JobException(e.Message, e);
        }
    }
}
