using Threadline.Money;
using Threadline.Storage;

namespace Threadline.Application.Ingest;

/// <summary>What a bank-file ingest did, per path and in total.</summary>
public sealed record TransactionIngestSummary(IReadOnlyList<BankFileSummary> Files, WriteSummary Statements, IReadOnlyList<ImportIssue> Samples, string? QuarantinePath)
{
    /// <summary>Files read.</summary>
    public int FilesRead => Files.Count(f => f.Status == BankFileStatus.Ingested);

    /// <summary>Paths not read: already ingested, or not regular files.</summary>
    public int SkippedFiles => Files.Count(f => f.Status is BankFileStatus.AlreadyIngested or BankFileStatus.Skipped);

    /// <summary>Files rejected as a whole.</summary>
    public int RejectedFiles => Files.Count(f => f.Status == BankFileStatus.Rejected);

    /// <summary>Transactions read.</summary>
    public long Transactions => Files.Sum(f => f.Transactions);

    /// <summary>Problems written to the quarantine (rejected records and files).</summary>
    public long Issues => Files.Sum(f => f.Rejected);
}
