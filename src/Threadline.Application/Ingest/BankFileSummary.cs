using Threadline.Money.Import;

namespace Threadline.Application.Ingest;

/// <summary>Outcome of one path of a bank-file ingest.</summary>
/// <param name="Path">As given, or as found under a given directory.</param>
/// <param name="Format">The format read, or null when the file was not read.</param>
/// <param name="Status">What happened.</param>
/// <param name="Transactions">Transactions read from it.</param>
/// <param name="Rejected">Records (or the whole file) rejected.</param>
/// <param name="Note">Why it was skipped or rejected; null otherwise.</param>
public sealed record BankFileSummary(string Path, BankFileFormat? Format, BankFileStatus Status, long Transactions, long Rejected, string? Note);
