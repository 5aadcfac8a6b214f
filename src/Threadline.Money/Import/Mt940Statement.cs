namespace Threadline.Money.Import;

/// <summary>
/// The statement an MT940 reader is in (reference, account, currency) and what it has read so far. A
/// statement line is checked against its statement: one without an account or a currency, or under a
/// header field that could not be read, is rejected with the reason.
/// </summary>
internal sealed class Mt940Statement(string file, DetectedEncoding encoding)
{
    private string? _reference;
    private string? _account;
    private string? _currency;
    private string? _problem;
    private int _entry;
    private int _lines;

    public List<BankTransaction> Transactions { get; } = [];

    public List<ImportIssue> Issues { get; } = [];

    public bool SawReference { get; private set; }

    public bool SawAccount { get; private set; }

    /// <summary>True once <see cref="Mt940Reader.MaxEntries"/> lines were read; the rest of the file is not.</summary>
    public bool Full { get; private set; }

    public void Apply(Mt940Field field)
    {
        switch (field.Tag)
        {
            case "20":
                SawReference = true;
                _reference = field.TooLong ? null : field.Value.Trim();
                _account = null;
                _currency = null;
                _problem = field.TooLong ? field.LimitReason : null;
                _entry = 0;
                break;
            case "25":
                SawAccount = true;
                _account = field.TooLong ? null : Mt940Reader.ParseAccount(field.Value);
                _problem ??= field.TooLong ? field.LimitReason : null;
                break;
            case "60F" or "60M":
                var value = field.Value;
                _currency = !field.TooLong && value.Length >= 10 && Currencies.IsCode(value.Substring(7, 3)) ? value.Substring(7, 3) : null;
                _problem ??= _currency is null
                    ? $"the opening balance :{field.Tag}: at line {field.Line} has no ISO 4217 currency after the date ('{ImportIssue.ExcerptOf(field.FirstLine)}')"
                    : null;
                break;
        }
    }

    public void AddLine(Mt940Field line, Mt940Field? info)
    {
        if (++_lines > Mt940Reader.MaxEntries)
        {
            Full = true;
            Issues.Add(new ImportIssue(file, line.Line, ":61:", $"more than {Mt940Reader.MaxEntries} statement lines in one file: this one and the rest are not read", ImportIssue.ExcerptOf(line.FirstLine)));
            return;
        }

        var entry = _entry++;
        try
        {
            var tx = Mt940Reader.ParseLine(line.Value, info?.Value, line.Line, file, _reference, Check(line, info), _currency!, entry);
            if (RecordText.Problem(tx, encoding) is { } problem)
            {
                throw new FormatException(problem);
            }

            Transactions.Add(tx);
        }
        catch (FormatException ex)
        {
            Issues.Add(new ImportIssue(file, line.Line, ":61:", ex.Message, ImportIssue.ExcerptOf(line.FirstLine)));
        }
        catch (System.Text.RegularExpressions.RegexMatchTimeoutException)
        {
            Issues.Add(new ImportIssue(file, line.Line, ":61:", "the line or its :86: took too long to read", ImportIssue.ExcerptOf(line.FirstLine)));
        }
    }

    // The account, when the line can be read in this statement at all.
    private string Check(Mt940Field line, Mt940Field? info)
    {
        if (!SawReference)
        {
            throw new FormatException("statement line before any :20: reference");
        }

        if (line.TooLong || info is { TooLong: true })
        {
            throw new FormatException(line.TooLong ? line.LimitReason : info!.LimitReason);
        }

        if (_problem is not null)
        {
            throw new FormatException(_problem);
        }

        if (_currency is null)
        {
            throw new FormatException("statement line before any :60F: opening balance (no currency)");
        }

        return _account ?? throw new FormatException("the statement has no :25: account before its lines");
    }
}
