namespace Threadline.Money.Import;

/// <summary>The column of each bank CSV field in a file's header (-1 when the file has none).</summary>
internal readonly record struct BankCsvColumns(int TxId, int Booking, int Value, int Amount, int Currency, int DebtorName, int DebtorIban, int CreditorName, int CreditorIban, int Method, int City, int Country, int Remittance);
