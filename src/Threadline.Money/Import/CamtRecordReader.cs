using System.Globalization;

namespace Threadline.Money.Import;

/// <summary>
/// Reads one statement (<c>Stmt</c>) or notification (<c>Ntfctn</c>) as a stream of entries. Its id and
/// account come before the entries (schema order); when the account is missing or unreadable, each entry
/// is rejected with that reason, so every entry is either read or quarantined.
/// </summary>
internal sealed class CamtRecordReader(CamtDocumentReader document, CamtContext context, string path)
{
    private string? _statementId;
    private CamtNode? _account;
    private int _accountLine;
    private CamtRecord? _record;
    private ImportIssue? _problem;
    private int _entries;

    public void Read()
    {
        _accountLine = Line;
        document.Children(path, name =>
        {
            switch (name)
            {
                case "Id" when _entries == 0:
                    _statementId = LoadPart(path + "/Id")?.Value.Trim();
                    break;
                case "Acct" when _entries == 0:
                    _accountLine = Line;
                    _account = LoadPart(path + "/Acct");
                    break;
                case "Ntry":
                    ReadEntry();
                    break;
                default:
                    document.SkipChecked(path + "/" + name);
                    break;
            }
        });
    }

    private int Line => ((System.Xml.IXmlLineInfo)document.Reader).LineNumber;

    private CamtNode? LoadPart(string partPath)
    {
        var node = CamtNode.Load(document.Reader, document.Namespace, out var problem);
        if (problem is { } p)
        {
            _problem ??= new ImportIssue(context.File, p.Line, partPath, p.Reason, string.Empty);
            return null;
        }

        return node;
    }

    private void ReadEntry()
    {
        var index = _entries++;
        var entryPath = string.Create(CultureInfo.InvariantCulture, $"{path}/Ntry[{index + 1}]");
        var line = Line;
        var entry = CamtNode.Load(document.Reader, document.Namespace, out var problem);
        if (problem is { } p)
        {
            document.Reject(new ImportIssue(context.File, p.Line, entryPath, p.Reason, string.Empty));
            return;
        }

        var record = Record();
        if (record is null)
        {
            var why = _problem!;
            document.Reject(new ImportIssue(context.File, line, entryPath, string.Create(CultureInfo.InvariantCulture, $"the account of the statement cannot be read: {why.Reason} ({why.Element}, line {why.Line})"), string.Empty));
            return;
        }

        var transactions = new List<BankTransaction>();
        try
        {
            CamtEntryReader.ReadEntry(context, record, entry, entryPath, index, transactions);
        }
        catch (BankFileException ex)
        {
            document.Reject(ex.Issue.Excerpt is null ? ex.Issue with { Excerpt = string.Empty } : ex.Issue);
            return;
        }

        foreach (var tx in transactions)
        {
            if (RecordText.Problem(tx, document.Encoding) is { } reason)
            {
                document.Reject(new ImportIssue(context.File, line, entryPath, reason, string.Empty));
                return;
            }
        }

        document.Accept(transactions, line, entryPath);
    }

    // The statement's account, read once at its first entry; null (with the problem kept) when it cannot be read.
    private CamtRecord? Record()
    {
        if (_record is not null || _problem is not null)
        {
            return _record;
        }

        if (_account is null)
        {
            _problem = new ImportIssue(context.File, _accountLine, path + "/Acct", "missing account");
            return null;
        }

        try
        {
            _record = CamtEntryReader.ReadRecord(context, _statementId, _account, path + "/Acct");
        }
        catch (BankFileException ex)
        {
            _problem = ex.Issue;
        }

        return _record;
    }
}
