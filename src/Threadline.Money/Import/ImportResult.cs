namespace Threadline.Money.Import;

/// <summary>What one import run did.</summary>
/// <param name="Added">New transactions (not seen before in this importer), in file order.</param>
/// <param name="Duplicates">Transactions skipped because their id was already imported.</param>
/// <param name="Issues">Rejected files and records, each with file, line, element and reason.</param>
/// <param name="FilesRead">Files read (fully or partly).</param>
/// <param name="FilesRejected">Files rejected as a whole.</param>
public sealed record ImportResult(IReadOnlyList<BankTransaction> Added, int Duplicates, IReadOnlyList<ImportIssue> Issues, int FilesRead, int FilesRejected);
