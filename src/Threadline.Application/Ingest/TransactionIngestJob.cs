using Threadline.Ingest.Pipeline;
using Threadline.Money;
using Threadline.Storage;

namespace Threadline.Application.Ingest;

/// <summary>
/// Ingests bank files (camt.053/054, MT940, CSV) into a workspace as Payments between BankAccounts, through the ingest
/// pipeline (<see cref="BankIngestFormat"/>).
/// <para>
/// A batch's problems are appended to the quarantine and flushed before the file's progress is recorded: a run that
/// stops at any point leaves no file marked done whose problems are not in the quarantine, and the next run resumes the
/// unfinished file. A file read with rejected records (or rejected as a whole for its content) is read again when the
/// options that shape its reading (<see cref="TransactionIngestOptions.Fingerprint"/>) change, since the user may have
/// fixed the reason; with the same options it is skipped. A file that could not be read (an I/O error) is not done.
/// </para>
/// </summary>
public sealed class TransactionIngestJob(IWorkspaceStore store, TransactionIngestOptions options)
{
    /// <summary>The <see cref="SourceState.Kind"/> of bank files.</summary>
    public const string SourceKind = "transactions";

    /// <summary>Ingests files and directories.</summary>
    /// <exception cref="JobException">A path does not exist (nothing is written).</exception>
    /// <exception cref="OperationCanceledException">Cancelled between batches; the next run resumes.</exception>
    public IngestSummary Run(IEnumerable<string> paths, IProgress<JobProgress>? progress = null, CancellationToken cancellationToken = default)
    {
        var pipeline = new IngestPipeline<BankTransaction>(store, new BankIngestFormat(options), new IngestOptions
        {
            QuarantinePath = options.QuarantinePath,
            ExcludePaths = options.ExcludePaths,
            SampleRejections = 5,
        });
        try
        {
            return pipeline.Run(paths, IngestJobProgress.Of(progress, "reading bank files"), cancellationToken);
        }
        catch (FileNotFoundException e)
        {
            throw new JobException(e.Message, e);
        }
    }
}
