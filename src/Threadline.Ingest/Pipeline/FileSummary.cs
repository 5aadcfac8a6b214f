namespace Threadline.Ingest.Pipeline;

/// <summary>Outcome of one file.</summary>
/// <param name="Path">Path as given or as found under a given directory.</param>
/// <param name="Format">Format read (the format's own name: <c>JsonLines</c>, <c>Camt</c>…), or null when none applied.</param>
/// <param name="Status">What happened.</param>
/// <param name="Accepted">Records of the file accepted (for a resumed file including those the stopped run had written; 0 for a skipped file).</param>
/// <param name="Rejected">Records of the file rejected (likewise; a whole-file rejection counts 1).</param>
/// <param name="StatementsInserted">New statements this run wrote for the file (0 when <see cref="SharedBatch"/>: the run's total counts them).</param>
/// <param name="ResumedAfter">Records already written by an earlier, stopped run and not written again (0 if none).</param>
/// <param name="Note">A plain note: why a file was skipped or rejected; null otherwise.</param>
/// <param name="ValuesLeftOut">Values left out of accepted records (an unreadable date, country, amount…), each in the quarantine file.</param>
public sealed record FileSummary(
    string Path,
    string? Format,
    FileStatus Status,
    long Accepted,
    long Rejected,
    long StatementsInserted,
    long ResumedAfter,
    string? Note,
    long ValuesLeftOut = 0)
{
    /// <summary>
    /// True when the file was small and written in one transaction with other files (a folder of saved pages): its new
    /// statements are in the run's total only, as the store counts a transaction as a whole.
    /// </summary>
    public bool SharedBatch { get; init; }
}
