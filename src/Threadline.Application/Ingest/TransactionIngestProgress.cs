namespace Threadline.Application.Ingest;

/// <summary>Where a bank-file ingest is: the file being read (1-based) of how many.</summary>
public readonly record struct TransactionIngestProgress(int FileNumber, int FileCount, string File);
