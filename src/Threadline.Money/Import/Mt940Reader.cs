using System.Globalization;
using System.Text;
using System.Text.RegularExpressions;

namespace Threadline.Money.Import;

/// <summary>
/// Reads SWIFT MT940 customer statements: <c>:20:</c> reference, <c>:25:</c> account, <c>:28C:</c>
/// statement number, <c>:60F:</c>/<c>:60M:</c> opening balance (gives the currency), <c>:61:</c>
/// statement lines, <c>:86:</c> information to the account owner, <c>:62F:</c> closing balance.
/// The <c>:86:</c> text is read as German structured subfields (<c>?20</c>–<c>?29</c> remittance,
/// <c>?31</c> account, <c>?32</c>/<c>?33</c> name), Dutch tagged fields (<c>/CNTP/IBAN/BIC/NAME/CITY/</c>,
/// <c>/REMI/</c>, <c>/EREF/</c>) or, failing both, as free remittance text.
/// A statement line that cannot be read (a bad date or amount, a field over a limit, a statement without
/// account or currency, text that cannot be decoded) is rejected with its line and reason; the others are kept.
/// </summary>
public static partial class Mt940Reader
{
    /// <summary>Largest file read (bytes).</summary>
    public const long MaxFileBytes = 128L * 1024 * 1024;

    /// <summary>Most lines in one field (a <c>:86:</c> holds 6 in the standard, some banks write more).</summary>
    public const int MaxFieldLines = 100;

    /// <summary>Most characters in one field.</summary>
    public const int MaxFieldChars = 8192;

    /// <summary>Most statement lines (<c>:61:</c>) read from one file.</summary>
    public const int MaxEntries = 2_000_000;

    /// <summary>True when the text looks like MT940.</summary>
    public static bool Sniff(string head)
    {
        ArgumentNullException.ThrowIfNull(head);
        return head.Contains(":20:", StringComparison.Ordinal) && head.Contains(":25:", StringComparison.Ordinal);
    }

    /// <summary>
    /// Reads an MT940 file; record-level problems go to <paramref name="issues"/> and the record is skipped
    /// (without <paramref name="issues"/>, the first problem throws). The encoding is detected
    /// (<see cref="BankTextEncoding"/>); <paramref name="encoding"/> is used when the file is not valid UTF-8.
    /// </summary>
    public static IReadOnlyList<BankTransaction> Read(string path, ICollection<ImportIssue>? issues = null, Encoding? encoding = null)
    {
        ArgumentNullException.ThrowIfNull(path);
        using var stream = new FileStream(path, FileMode.Open, FileAccess.Read, FileShare.Read, 1 << 16, FileOptions.SequentialScan);
        return Read(stream, path, issues, encoding);
    }

    /// <summary>Reads MT940 from a seekable stream (from its start); <paramref name="fileName"/> is used in errors and provenance.</summary>
    public static IReadOnlyList<BankTransaction> Read(Stream stream, string fileName, ICollection<ImportIssue>? issues = null, Encoding? encoding = null)
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
        return Read(text, fileName, issues, detected);
    }

    /// <summary>Reads MT940 text; <paramref name="fileName"/> is used in errors and provenance.</summary>
    public static IReadOnlyList<BankTransaction> Read(string text, string fileName, ICollection<ImportIssue>? issues = null)
    {
        ArgumentNullException.ThrowIfNull(text);
        using var reader = new StringReader(text);
        return Read(reader, fileName, issues, new DetectedEncoding(BankTextEncoding.Utf8, 0, "text", 0));
    }

    private static IReadOnlyList<BankTransaction> Read(TextReader text, string fileName, ICollection<ImportIssue>? issues, DetectedEncoding encoding)
    {
        ArgumentNullException.ThrowIfNull(fileName);
        var statement = new Mt940Statement(fileName, encoding);
        Mt940Field? pending = null;
        foreach (var field in Mt940Field.ReadAll(text))
        {
            if (pending is not null)
            {
                statement.AddLine(pending, field.Tag == "86" ? field : null);
                pending = null;
                if (field.Tag == "86")
                {
                    continue;
                }
            }

            if (field.Tag == "61")
            {
                pending = field;
            }
            else
            {
                statement.Apply(field);
            }

            if (statement.Full)
            {
                break;
            }
        }

        if (pending is not null)
        {
            statement.AddLine(pending, null);
        }

        if (!statement.SawReference || !statement.SawAccount)
        {
            throw new BankFileException(new ImportIssue(fileName, null, ":20:/:25:", "not an MT940 statement: the reference and account fields are missing"));
        }

        if (issues is null && statement.Issues.Count > 0)
        {
            throw new BankFileException(statement.Issues[0]);
        }

        foreach (var issue in statement.Issues)
        {
            issues?.Add(issue);
        }

        return TransactionIds.Assign(statement.Transactions);
    }

    internal static BankTransaction ParseLine(string value, string? info, int line, string file, string? statementId, string account, string currency, int entry)
    {
        var firstLine = value.Split('\n')[0].TrimEnd('\r');
        var m = LinePattern().Match(firstLine);
        if (!m.Success)
        {
            throw new FormatException($"'{firstLine}' is not YYMMDD[MMDD](C|D|RC|RD)amount N… ");
        }

        var valueDate = ParseYyMmDd(m.Groups["vd"].Value);
        var bookingDate = valueDate;
        if (m.Groups["ed"].Success)
        {
            bookingDate = ParseEntryDate(m.Groups["ed"].Value, valueDate);
        }

        var mark = m.Groups["dc"].Value;
        var direction = mark.EndsWith('C') ? CreditDebit.Credit : CreditDebit.Debit;
        var amount = decimal.Parse(m.Groups["amt"].Value.Replace(',', '.'), NumberStyles.AllowDecimalPoint, CultureInfo.InvariantCulture);
        var reference = m.Groups["ref"].Value.Trim();
        var bankRef = m.Groups["bref"].Success ? m.Groups["bref"].Value.Trim() : null;
        var counterparty = Mt940Info.Parse(info);
        var own = new Party(null, Iban.Country(account) is null ? null : account, Iban.Country(account) is null ? account : null, [], null);
        var code = m.Groups["code"].Value;
        return new BankTransaction
        {
            Id = string.Empty,
            SourceFile = file,
            Format = "mt940",
            Line = line,
            AccountIban = account,
            StatementId = statementId,
            EntryIndex = entry,
            Direction = direction,
            Amount = amount,
            Currency = currency,
            EntryAmount = amount,
            EntryCurrency = currency,
            BookingDate = bookingDate,
            ValueDate = valueDate,
            Debtor = direction == CreditDebit.Debit ? own : counterparty.Party,
            Creditor = direction == CreditDebit.Credit ? own : counterparty.Party,
            RemittanceLines = counterparty.Remittance,
            EndToEndId = counterparty.EndToEnd,
            EntryReference = reference is "NONREF" or "" ? bankRef : reference,
            Reversal = mark.StartsWith('R'),
            BankTransactionCode = code,
            Method = code.EndsWith("CHK", StringComparison.Ordinal) || code.EndsWith("CSH", StringComparison.Ordinal) ? (direction == CreditDebit.Credit ? PaymentMethod.CashDeposit : PaymentMethod.CashWithdrawal) : PaymentMethod.Transfer,
        };
    }

    internal static string? ParseAccount(string value)
    {
        var text = value.Trim();
        var slash = text.LastIndexOf('/');
        var candidate = Iban.Normalize(slash >= 0 ? text[(slash + 1)..] : text);
        return Iban.IsValid(candidate) ? candidate : Iban.Normalize(text);
    }

    private static DateTimeOffset ParseYyMmDd(string s)
    {
        var year = 2000 + Number(s, 0);
        if (year > DateTime.UtcNow.Year + 20)
        {
            year -= 100;
        }

        return Date(year, Number(s, 2), Number(s, 4)) ?? throw new FormatException($"value date '{s}' is not a date (YYMMDD)");
    }

    // The entry (booking) date has no year: it is the value date's, or the next or previous one across New Year.
    private static DateTimeOffset ParseEntryDate(string s, DateTimeOffset valueDate)
    {
        var month = Number(s, 0);
        var year = valueDate.Year + (month, valueDate.Month) switch
        {
            (12, 1) => -1,
            (1, 12) => 1,
            _ => 0,
        };
        return Date(year, month, Number(s, 2)) ?? throw new FormatException($"entry date '{s}' is not a date (MMDD) in {year}");
    }

    private static int Number(string s, int at) => ((s[at] - '0') * 10) + (s[at + 1] - '0');

    private static DateTimeOffset? Date(int year, int month, int day) =>
        year is >= 1 and <= 9999 && month is >= 1 and <= 12 && day >= 1 && day <= DateTime.DaysInMonth(year, month)
            ? new DateTimeOffset(year, month, day, 0, 0, 0, TimeSpan.Zero)
            : null;

    [GeneratedRegex(@"^(?<vd>[0-9]{6})(?<ed>[0-9]{4})?(?<dc>RC|RD|C|D)[A-Z]?(?<amt>[0-9]{1,12},[0-9]{0,3})(?<code>[NFS][A-Z0-9]{3})(?<ref>[^/]{0,16})(//(?<bref>.{0,16}))?", RegexOptions.CultureInvariant, matchTimeoutMilliseconds: 1000)]
    private static partial Regex LinePattern();
}
