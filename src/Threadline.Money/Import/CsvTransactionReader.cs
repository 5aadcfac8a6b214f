using System.Globalization;
using System.Text;
using Threadline.Money.Graph;

namespace Threadline.Money.Import;

/// <summary>
/// Reads bank CSV exports (docs/formats.md): a header row, delimiter detected (<c>,</c> <c>;</c> tab <c>|</c>),
/// RFC 4180 quoting, columns mapped by a declared or detected <see cref="CsvColumnMap"/>. A bad record
/// is reported as an <see cref="ImportIssue"/> and skipped; the good records of the file are kept.
/// Records are framed on bytes by the one CSV reader of the project (<see cref="BankCsvRows"/>, ADR 0005):
/// a file that is not UTF-8 is read through its detected code page (<see cref="BankTextEncoding"/>), and each
/// record is decoded and checked on its own.
/// </summary>
public static class CsvTransactionReader
{
    /// <summary>Longest field accepted (characters).</summary>
    public const int MaxFieldLength = 4096;

    /// <summary>Largest file read (bytes).</summary>
    public const long MaxFileBytes = 1L << 30;

    /// <summary>Most columns in the header.</summary>
    public const int MaxColumns = 256;

    /// <summary>Longest record (a row with its quoted line breaks, or the header), in bytes; a longer one is rejected and reading goes on after it.</summary>
    public const int MaxRecordBytes = 1024 * 1024;

    /// <summary>
    /// Reads a CSV file into bank transactions. The encoding is detected (<see cref="BankTextEncoding"/>);
    /// <paramref name="encoding"/> is used when the file is not valid UTF-8.
    /// </summary>
    public static IReadOnlyList<BankTransaction> Read(string path, CsvColumnMap? map = null, ICollection<ImportIssue>? issues = null, string defaultCurrency = "EUR", Encoding? encoding = null)
    {
        ArgumentNullException.ThrowIfNull(path);
        using var stream = new FileStream(path, FileMode.Open, FileAccess.Read, FileShare.Read, 1 << 16, FileOptions.SequentialScan);
        return Read(stream, path, map, issues, defaultCurrency, encoding);
    }

    /// <summary>Reads CSV from a seekable stream (from its start), detecting its encoding; <paramref name="fileName"/> names the source in issues.</summary>
    public static IReadOnlyList<BankTransaction> Read(Stream stream, string fileName, CsvColumnMap? map = null, ICollection<ImportIssue>? issues = null, string defaultCurrency = "EUR", Encoding? encoding = null)
    {
        ArgumentNullException.ThrowIfNull(stream);
        ArgumentNullException.ThrowIfNull(fileName);
        var result = new List<BankTransaction>();
        foreach (var row in BankCsvRows.Read(stream, fileName, map, encoding))
        {
            try
            {
                result.Add(row.Problem is { } problem ? throw new FormatException(problem) : ReadRow(row.Fields, row.Columns, fileName, row.Line, defaultCurrency));
            }
            catch (FormatException ex)
            {
                Report(issues, fileName, row.Line, ex, row.Text);
            }
        }

        return TransactionIds.Assign(result);
    }

    /// <summary>Reads CSV text into bank transactions; <paramref name="fileName"/> names the source in issues.</summary>
    public static IReadOnlyList<BankTransaction> Read(TextReader text, string fileName, CsvColumnMap? map = null, ICollection<ImportIssue>? issues = null, string defaultCurrency = "EUR")
    {
        ArgumentNullException.ThrowIfNull(text);
        using var stream = new MemoryStream(new UTF8Encoding(false).GetBytes(text.ReadToEnd()), writable: false);
        return Read(stream, fileName, map, issues, defaultCurrency);
    }

    /// <summary>
    /// Reads CSV straight into a <see cref="TransactionTableBuilder"/> without an object per row (for
    /// large exports). Returns the number of rows added.
    /// </summary>
    public static int ReadInto(Stream stream, string fileName, TransactionTableBuilder builder, CsvColumnMap? map = null, ICollection<ImportIssue>? issues = null)
    {
        ArgumentNullException.ThrowIfNull(stream);
        ArgumentNullException.ThrowIfNull(builder);
        var accounts = builder.Accounts;
        var added = 0;
        foreach (var row in BankCsvRows.Read(stream, fileName, map, null))
        {
            try
            {
                if (row.Problem is { } problem)
                {
                    throw new FormatException(problem);
                }

                var (fields, cols) = (row.Fields, row.Columns);
                if (!DateParsing.TryParse(Col(fields, cols.Booking), out var when))
                {
                    throw new FormatException($"booking_date: '{Col(fields, cols.Booking)}' is not a date");
                }

                var amount = ParseAmount(Col(fields, cols.Amount));
                var method = ParseMethod(Col(fields, cols.Method));
                var from = AccountId(accounts, Col(fields, cols.DebtorIban), Col(fields, cols.DebtorName), method == PaymentMethod.CashDeposit, "debtor");
                var to = AccountId(accounts, Col(fields, cols.CreditorIban), Col(fields, cols.CreditorName), method == PaymentMethod.CashWithdrawal, "creditor");
                var city = Col(fields, cols.City);
                var place = city.IsEmpty ? -1 : builder.PlaceId(city.ToString());
                var currency = Col(fields, cols.Currency);
                builder.Add(from, to, Currencies.ToMinorUnits(amount, currency), when.ToUnixTimeSeconds(), method, place);
                added++;
            }
            catch (FormatException ex)
            {
                Report(issues, fileName, row.Line, ex, row.Text);
            }
        }

        return added;
    }

    // The message is "field: reason"; the field becomes the issue's element.
    private static void Report(ICollection<ImportIssue>? issues, string file, int line, FormatException ex, ReadOnlySpan<char> record)
    {
        var colon = ex.Message.IndexOf(':', StringComparison.Ordinal);
        var issue = new ImportIssue(file, line, colon > 0 ? ex.Message[..colon] : "record", colon > 0 ? ex.Message[(colon + 1)..].Trim() : ex.Message, ImportIssue.ExcerptOf(record));
        if (issues is null)
        {
            throw new BankFileException(issue, ex);
        }

        issues.Add(issue);
    }

    private static ReadOnlySpan<char> Col(List<string> row, int index)
    {
        if (index < 0 || index >= row.Count)
        {
            return [];
        }

        var span = row[index].AsSpan().Trim();
        return span.Length > MaxFieldLength ? throw new FormatException($"field {index + 1}: longer than {MaxFieldLength} characters") : span;
    }

    private static string? Text(List<string> row, int index)
    {
        var span = Col(row, index);
        return span.IsEmpty ? null : span.ToString();
    }

    private static BankTransaction ReadRow(List<string> row, BankCsvColumns c, string file, int line, string defaultCurrency)
    {
        if (!DateParsing.TryParse(Col(row, c.Booking), out var booking))
        {
            throw new FormatException($"booking_date: '{Col(row, c.Booking)}' is not a date");
        }

        DateTimeOffset? valueDate = null;
        if (!Col(row, c.Value).IsEmpty)
        {
            valueDate = DateParsing.TryParse(Col(row, c.Value), out var v) ? v : throw new FormatException($"value_date: '{Col(row, c.Value)}' is not a date");
        }

        var amount = ParseAmount(Col(row, c.Amount));
        var currency = Text(row, c.Currency)?.ToUpperInvariant() ?? defaultCurrency;
        if (!Currencies.IsCode(currency))
        {
            throw new FormatException($"currency: '{currency}' is not an ISO 4217 code");
        }

        var method = ParseMethod(Col(row, c.Method));
        var debtor = ReadParty(Text(row, c.DebtorName), Text(row, c.DebtorIban), "debtor_iban");
        var creditor = ReadParty(Text(row, c.CreditorName), Text(row, c.CreditorIban), "creditor_iban");
        if (debtor.IsEmpty && creditor.IsEmpty)
        {
            throw new FormatException("debtor/creditor: neither is given");
        }

        var remittance = Text(row, c.Remittance);
        return new BankTransaction
        {
            Id = string.Empty,
            SourceFile = file,
            Format = "csv",
            Line = line,
            Direction = CreditDebit.Credit,
            Amount = amount,
            Currency = currency,
            EntryAmount = amount,
            EntryCurrency = currency,
            BookingDate = booking,
            ValueDate = valueDate,
            Debtor = debtor,
            Creditor = creditor,
            RemittanceLines = remittance is null ? [] : [remittance],
            EntryReference = Text(row, c.TxId),
            Method = method,
            City = Text(row, c.City),
            Country = Text(row, c.Country)?.ToUpperInvariant(),
        };
    }

    private static Party ReadParty(string? name, string? account, string field)
    {
        string? iban = null, other = null;
        if (account is not null)
        {
            var normal = Iban.Normalize(account);
            if (Iban.Country(normal) is not null)
            {
                iban = Iban.IsValid(normal) ? normal : throw new FormatException($"{field}: '{account}' is not a valid IBAN (mod-97 check fails)");
            }
            else
            {
                other = account;
            }
        }

        return new Party(name, iban, other, [], null);
    }

    private static decimal ParseAmount(ReadOnlySpan<char> text)
    {
        if (!decimal.TryParse(text, NumberStyles.AllowDecimalPoint, CultureInfo.InvariantCulture, out var amount) || amount > Currencies.MaxAmount)
        {
            throw new FormatException($"amount: '{text}' is not a positive amount with a dot, up to 10^15");
        }

        return amount;
    }

    private static PaymentMethod ParseMethod(ReadOnlySpan<char> text)
    {
        if (text.IsEmpty)
        {
            return PaymentMethod.Transfer;
        }

        Span<char> lower = stackalloc char[Math.Min(text.Length, 32)];
        var n = text[..lower.Length].ToLowerInvariant(lower);
        return lower[..n] switch
        {
            "transfer" => PaymentMethod.Transfer,
            "cash_deposit" or "cash deposit" or "deposit" => PaymentMethod.CashDeposit,
            "cash_withdrawal" or "cash withdrawal" or "withdrawal" or "atm" => PaymentMethod.CashWithdrawal,
            "card" => PaymentMethod.Card,
            "remittance" => PaymentMethod.Remittance,
            _ => throw new FormatException($"method: '{text}' is not transfer, cash_deposit, cash_withdrawal, card or remittance"),
        };
    }

    private static int AccountId(AccountIndex accounts, ReadOnlySpan<char> iban, ReadOnlySpan<char> name, bool cash, string side)
    {
        if (!iban.IsEmpty)
        {
            if (accounts.TryFind(iban, out var id))
            {
                return id;
            }

            var normal = Iban.Normalize(iban.ToString())!;
            if (Iban.Country(normal) is not null && !Iban.IsValid(normal))
            {
                throw new FormatException($"{side}_iban: '{iban}' is not a valid IBAN (mod-97 check fails)");
            }

            return accounts.GetOrAdd(normal);
        }

        if (!name.IsEmpty)
        {
            return accounts.GetOrAdd("name:" + name.ToString().ToUpperInvariant());
        }

        return cash ? accounts.Cash : throw new FormatException($"{side}_iban: neither account nor name is given");
    }
}
