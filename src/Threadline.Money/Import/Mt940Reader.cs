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
/// </summary>
public static partial class Mt940Reader
{
    /// <summary>Largest file read (bytes).</summary>
    public const long MaxFileBytes = 128L * 1024 * 1024;

    /// <summary>True when the text looks like MT940.</summary>
    public static bool Sniff(string head)
    {
        ArgumentNullException.ThrowIfNull(head);
        return head.Contains(":20:", StringComparison.Ordinal) && head.Contains(":25:", StringComparison.Ordinal);
    }

    /// <summary>Reads an MT940 file; record-level problems go to <paramref name="issues"/> and the record is skipped.</summary>
    public static IReadOnlyList<BankTransaction> Read(string path, ICollection<ImportIssue>? issues = null)
    {
        ArgumentNullException.ThrowIfNull(path);
        var info = new FileInfo(path);
        if (info.Length > MaxFileBytes)
        {
            throw new BankFileException(new ImportIssue(path, null, "file", $"file is {info.Length} bytes, above the limit of {MaxFileBytes}"));
        }

        return Read(File.ReadAllText(path, new UTF8Encoding(false, true)), path, issues);
    }

    /// <summary>Reads MT940 text; <paramref name="fileName"/> is used in errors and provenance.</summary>
    public static IReadOnlyList<BankTransaction> Read(string text, string fileName, ICollection<ImportIssue>? issues = null)
    {
        ArgumentNullException.ThrowIfNull(text);
        ArgumentNullException.ThrowIfNull(fileName);
        var fields = SplitFields(text);
        if (!fields.Exists(f => f.Tag == "20") || !fields.Exists(f => f.Tag == "25"))
        {
            throw new BankFileException(new ImportIssue(fileName, null, ":20:/:25:", "not an MT940 statement: the reference and account fields are missing"));
        }

        var result = new List<BankTransaction>();
        string? statementId = null, account = null, currency = null;
        var entry = 0;
        for (var i = 0; i < fields.Count; i++)
        {
            var (tag, value, line) = fields[i];
            switch (tag)
            {
                case "20":
                    statementId = value.Trim();
                    entry = 0;
                    break;
                case "25":
                    account = ParseAccount(value);
                    break;
                case "60F" or "60M":
                    currency = value.Length >= 10 ? value.Substring(7, 3) : null;
                    if (!Currencies.IsCode(currency))
                    {
                        throw new BankFileException(new ImportIssue(fileName, line, ":" + tag + ":", $"'{value.Trim()}' has no ISO 4217 currency after the date"));
                    }

                    break;
                case "61":
                    var info = i + 1 < fields.Count && fields[i + 1].Tag == "86" ? fields[i + 1].Value : null;
                    try
                    {
                        result.Add(ParseLine(value, info, line, fileName, statementId, account, currency, entry++));
                    }
                    catch (FormatException ex)
                    {
                        if (issues is null)
                        {
                            throw new BankFileException(new ImportIssue(fileName, line, ":61:", ex.Message), ex);
                        }

                        issues.Add(new ImportIssue(fileName, line, ":61:", ex.Message));
                    }

                    break;
            }
        }

        return TransactionIds.Assign(result);
    }

    private static BankTransaction ParseLine(string value, string? info, int line, string file, string? statementId, string? account, string? currency, int entry)
    {
        if (currency is null)
        {
            throw new FormatException("statement line before any :60F: opening balance (no currency)");
        }

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
            var month = int.Parse(m.Groups["ed"].Value.AsSpan(0, 2), CultureInfo.InvariantCulture);
            var day = int.Parse(m.Groups["ed"].Value.AsSpan(2, 2), CultureInfo.InvariantCulture);
            var year = valueDate.Year;
            if (month == 12 && valueDate.Month == 1)
            {
                year--;
            }
            else if (month == 1 && valueDate.Month == 12)
            {
                year++;
            }

            bookingDate = new DateTimeOffset(year, month, day, 0, 0, 0, TimeSpan.Zero);
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

    private static string? ParseAccount(string value)
    {
        var text = value.Trim();
        var slash = text.LastIndexOf('/');
        var candidate = Iban.Normalize(slash >= 0 ? text[(slash + 1)..] : text);
        return Iban.IsValid(candidate) ? candidate : Iban.Normalize(text);
    }

    private static DateTimeOffset ParseYyMmDd(string s)
    {
        var year = 2000 + int.Parse(s.AsSpan(0, 2), CultureInfo.InvariantCulture);
        if (year > DateTime.UtcNow.Year + 20)
        {
            year -= 100;
        }

        return new DateTimeOffset(year, int.Parse(s.AsSpan(2, 2), CultureInfo.InvariantCulture), int.Parse(s.AsSpan(4, 2), CultureInfo.InvariantCulture), 0, 0, 0, TimeSpan.Zero);
    }

    private static List<(string Tag, string Value, int Line)> SplitFields(string text)
    {
        var fields = new List<(string Tag, string Value, int Line)>();
        var lines = text.Replace("\r\n", "\n", StringComparison.Ordinal).Split('\n');
        for (var i = 0; i < lines.Length; i++)
        {
            var line = lines[i];
            if (line.StartsWith('{') || line.StartsWith("-}", StringComparison.Ordinal) || line == "-")
            {
                continue;
            }

            var m = TagPattern().Match(line);
            if (m.Success)
            {
                fields.Add((m.Groups["tag"].Value, line[m.Length..], i + 1));
            }
            else if (fields.Count > 0)
            {
                var last = fields[^1];
                fields[^1] = (last.Tag, last.Value + "\n" + line, last.Line);
            }
        }

        return fields;
    }

    [GeneratedRegex(@"^:(?<tag>\d\d[A-Z]?):", RegexOptions.CultureInvariant, matchTimeoutMilliseconds: 1000)]
    private static partial Regex TagPattern();

    [GeneratedRegex(@"^(?<vd>\d{6})(?<ed>\d{4})?(?<dc>RC|RD|C|D)[A-Z]?(?<amt>\d{1,12},\d{0,3})(?<code>[NFS][A-Z0-9]{3})(?<ref>[^/]{0,16})(//(?<bref>.{0,16}))?", RegexOptions.CultureInvariant, matchTimeoutMilliseconds: 1000)]
    private static partial Regex LinePattern();
}
