using System.Globalization;
using nietras.SeparatedValues;
using Threadline.Money.Graph;

namespace Threadline.Money.Import;

/// <summary>
/// Reads bank CSV exports (docs/formats.md): a header row, delimiter detected (<c>,</c> <c>;</c> tab <c>|</c>),
/// RFC 4180 quoting, columns mapped by a declared or detected <see cref="CsvColumnMap"/>. A bad record
/// is reported as an <see cref="ImportIssue"/> and skipped; the good records of the file are kept.
/// Parsing uses Sep (nietras, MIT), which reads fields as spans without allocating.
/// </summary>
public static class CsvTransactionReader
{
    /// <summary>Longest field accepted (characters).</summary>
    public const int MaxFieldLength = 4096;

    /// <summary>Largest file read (bytes).</summary>
    public const long MaxFileBytes = 1L << 30;

    /// <summary>Most columns in the header.</summary>
    public const int MaxColumns = 256;

    /// <summary>
    /// Reads a CSV file into bank transactions. The encoding is detected (<see cref="BankTextEncoding"/>);
    /// <paramref name="encoding"/> is used when the file is not valid UTF-8.
    /// </summary>
    public static IReadOnlyList<BankTransaction> Read(string path, CsvColumnMap? map = null, ICollection<ImportIssue>? issues = null, string defaultCurrency = "EUR", System.Text.Encoding? encoding = null)
    {
        ArgumentNullException.ThrowIfNull(path);
        using var stream = new FileStream(path, FileMode.Open, FileAccess.Read, FileShare.Read, 1 << 16, FileOptions.SequentialScan);
        return Read(stream, path, map, issues, defaultCurrency, encoding);
    }

    /// <summary>Reads CSV from a seekable stream (from its start), detecting its encoding; <paramref name="fileName"/> names the source in issues.</summary>
    public static IReadOnlyList<BankTransaction> Read(Stream stream, string fileName, CsvColumnMap? map = null, ICollection<ImportIssue>? issues = null, string defaultCurrency = "EUR", System.Text.Encoding? encoding = null)
    {
        ArgumentNullException.ThrowIfNull(stream);
        if (stream.Length > MaxFileBytes)
        {
            throw new BankFileException(new ImportIssue(fileName, null, "file", $"file is {stream.Length} bytes, above the limit of {MaxFileBytes}"));
        }

        stream.Position = 0;
        var detected = BankTextEncoding.Detect(stream, encoding);
        stream.Position = detected.PreambleLength;
        using var text = new StreamReader(stream, detected.Encoding, detectEncodingFromByteOrderMarks: false, bufferSize: 1 << 16, leaveOpen: true);
        return Read(text, fileName, map, issues, defaultCurrency, detected);
    }

    /// <summary>Reads CSV text into bank transactions; <paramref name="fileName"/> names the source in issues.</summary>
    public static IReadOnlyList<BankTransaction> Read(TextReader text, string fileName, CsvColumnMap? map = null, ICollection<ImportIssue>? issues = null, string defaultCurrency = "EUR") =>
        Read(text, fileName, map, issues, defaultCurrency, new DetectedEncoding(BankTextEncoding.Utf8, 0, "text", 0));

    private static IReadOnlyList<BankTransaction> Read(TextReader text, string fileName, CsvColumnMap? map, ICollection<ImportIssue>? issues, string defaultCurrency, DetectedEncoding encoding)
    {
        ArgumentNullException.ThrowIfNull(text);
        ArgumentNullException.ThrowIfNull(fileName);
        using var reader = Open(text, fileName);
        var cols = Resolve(reader, fileName, map);
        var result = new List<BankTransaction>();
        var line = 1;
        while (Next(reader, issues, fileName, line))
        {
            var row = reader.Current;
            line = row.LineNumberFrom;
            var bad = BankTextEncoding.IndexOfBadCharacter(row.Span);
            try
            {
                result.Add(bad < 0 ? ReadRow(row, cols, fileName, line, defaultCurrency) : throw new FormatException("record: " + encoding.BadCharacterReason(row.Span[bad])));
            }
            catch (FormatException ex)
            {
                Report(issues, fileName, line, ex, row.Span);
            }
        }

        return TransactionIds.Assign(result);
    }

    /// <summary>
    /// Reads CSV straight into a <see cref="TransactionTableBuilder"/> without an object per row (for
    /// large exports). Returns the number of rows added.
    /// </summary>
    public static int ReadInto(TextReader text, string fileName, TransactionTableBuilder builder, CsvColumnMap? map = null, ICollection<ImportIssue>? issues = null)
    {
        ArgumentNullException.ThrowIfNull(text);
        ArgumentNullException.ThrowIfNull(builder);
        using var reader = Open(text, fileName);
        var cols = Resolve(reader, fileName, map);
        var accounts = builder.Accounts;
        var added = 0;
        var line = 1;
        while (Next(reader, issues, fileName, line))
        {
            var row = reader.Current;
            line = row.LineNumberFrom;
            try
            {
                if (!DateParsing.TryParse(Col(row, cols.Booking), out var when))
                {
                    throw new FormatException($"booking_date: '{Col(row, cols.Booking)}' is not a date");
                }

                var amount = ParseAmount(Col(row, cols.Amount));
                var method = ParseMethod(Col(row, cols.Method));
                var from = AccountId(accounts, Col(row, cols.DebtorIban), Col(row, cols.DebtorName), method == PaymentMethod.CashDeposit, "debtor");
                var to = AccountId(accounts, Col(row, cols.CreditorIban), Col(row, cols.CreditorName), method == PaymentMethod.CashWithdrawal, "creditor");
                var city = Col(row, cols.City);
                var place = city.IsEmpty ? -1 : builder.PlaceId(city.ToString());
                var currency = Col(row, cols.Currency);
                builder.Add(from, to, Currencies.ToMinorUnits(amount, currency), when.ToUnixTimeSeconds(), method, place);
                added++;
            }
            catch (FormatException ex)
            {
                Report(issues, fileName, line, ex, row.Span);
            }
        }

        return added;
    }

    // The next row; false at the end, or when the rest of the file cannot be parsed as CSV (reported once).
    private static bool Next(SepReader reader, ICollection<ImportIssue>? issues, string fileName, int line)
    {
        try
        {
            return reader.MoveNext();
        }
        catch (Exception ex) when (ex is NotSupportedException or InvalidDataException or ArgumentException)
        {
            Report(issues, fileName, line, new FormatException("file: after this record the file cannot be read as CSV, and the rest is not read: " + ex.Message, ex), []);
            return false;
        }
    }

    private static SepReader Open(TextReader text, string fileName)
    {
        try
        {
            return Sep.Reader(o => o with { Unescape = true, DisableColCountCheck = true, CultureInfo = CultureInfo.InvariantCulture }).From(text);
        }
        catch (Exception ex) when (ex is NotSupportedException or InvalidDataException or ArgumentException)
        {
            throw new BankFileException(new ImportIssue(fileName, 1, "header", "the header cannot be read: " + ex.Message, string.Empty), ex);
        }
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

    private static Columns Resolve(SepReader reader, string fileName, CsvColumnMap? map)
    {
        var header = reader.Header.ColNames;
        if (header.Count == 0)
        {
            throw new BankFileException(new ImportIssue(fileName, 1, "header", "the file has no header row", string.Empty));
        }

        var headerText = ImportIssue.ExcerptOf(string.Join(reader.Spec.Sep.Separator, header.Take(ImportIssue.MaxExcerpt)));
        if (header.Count > MaxColumns)
        {
            throw new BankFileException(new ImportIssue(fileName, 1, "header", $"{header.Count} columns, above the limit of {MaxColumns}", headerText));
        }

        map ??= CsvColumnMap.Detect(header);
        var problems = map.Problems();
        if (problems.Count > 0)
        {
            throw new BankFileException(new ImportIssue(fileName, 1, "header", string.Join("; ", problems) + " (header: " + headerText + ")", headerText));
        }

        int Index(CsvField field)
        {
            var name = map[field];
            if (name is null)
            {
                return -1;
            }

            for (var i = 0; i < header.Count; i++)
            {
                if (string.Equals(header[i], name, StringComparison.Ordinal))
                {
                    return i;
                }
            }

            throw new BankFileException(new ImportIssue(fileName, 1, "header", $"mapped column '{name}' for {field} is not in the header", headerText));
        }

        return new Columns(
            Index(CsvField.TxId), Index(CsvField.BookingDate), Index(CsvField.ValueDate), Index(CsvField.Amount), Index(CsvField.Currency),
            Index(CsvField.DebtorName), Index(CsvField.DebtorIban), Index(CsvField.CreditorName), Index(CsvField.CreditorIban),
            Index(CsvField.Method), Index(CsvField.City), Index(CsvField.Country), Index(CsvField.RemittanceInfo));
    }

    private static ReadOnlySpan<char> Col(SepReader.Row row, int index)
    {
        if (index < 0 || index >= row.ColCount)
        {
            return [];
        }

        var span = row[index].Span.Trim();
        return span.Length > MaxFieldLength ? throw new FormatException($"field {index + 1}: longer than {MaxFieldLength} characters") : span;
    }

    private static string? Text(SepReader.Row row, int index)
    {
        var span = Col(row, index);
        return span.IsEmpty ? null : span.ToString();
    }

    private static BankTransaction ReadRow(SepReader.Row row, Columns c, string file, int line, string defaultCurrency)
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

    private readonly record struct Columns(int TxId, int Booking, int Value, int Amount, int Currency, int DebtorName, int DebtorIban, int CreditorName, int CreditorIban, int Method, int City, int Country, int Remittance);
}
