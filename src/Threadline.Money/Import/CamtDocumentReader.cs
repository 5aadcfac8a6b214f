using System.Globalization;
using System.Text.RegularExpressions;
using System.Xml;

namespace Threadline.Money.Import;

/// <summary>
/// Walks one camt document as a stream: the root and the message body are checked, then each statement
/// (or notification) is read entry by entry, each entry loaded on its own within <see cref="CamtNode"/>'s
/// limits. A bad entry becomes an issue; a document that is no camt message throws <see cref="BankFileException"/>.
/// </summary>
internal sealed partial class CamtDocumentReader(XmlReader reader, string file, DetectedEncoding encoding, List<BankTransaction> into, List<ImportIssue> issues)
{
    private readonly IXmlLineInfo _lines = (IXmlLineInfo)reader;
    private string _ns = string.Empty;
    private bool _full;

    private int Line => _lines.LineNumber;

    public void Read()
    {
        if (reader.MoveToContent() != XmlNodeType.Element)
        {
            throw CamtReader.Fail(file, null, "Document", "the file has no root element");
        }

        var match = NamespacePattern().Match(reader.NamespaceURI);
        if (reader.LocalName != "Document" || !match.Success)
        {
            throw CamtReader.Fail(file, Line, reader.LocalName, $"not an ISO 20022 camt.053/camt.054 document (namespace '{reader.NamespaceURI}')", reader.NamespaceURI);
        }

        var message = match.Groups["msg"].Value;
        var version = int.Parse(match.Groups["ver"].Value, CultureInfo.InvariantCulture);
        if (version is < 2 or > 8)
        {
            throw CamtReader.Fail(file, Line, "Document", $"camt.{message} version {version:00} is not supported (02 to 08 are)", reader.NamespaceURI);
        }

        _ns = reader.NamespaceURI;
        var context = new CamtContext(file, string.Create(CultureInfo.InvariantCulture, $"camt.{message}.001.{version:00}"));
        var (bodyName, recordName) = message == "053" ? ("BkToCstmrStmt", "Stmt") : ("BkToCstmrDbtCdtNtfctn", "Ntfctn");
        var rootLine = Line;
        int? bodyLine = null;
        var header = false;
        var records = 0;
        Children("Document", name =>
        {
            if (name != bodyName)
            {
                SkipChecked("Document/" + name);
                return;
            }

            bodyLine = Line;
            Children(bodyName, part =>
            {
                if (part == "GrpHdr")
                {
                    ReadHeader(bodyName);
                    header = true;
                }
                else if (part == recordName)
                {
                    if (!header)
                    {
                        throw CamtReader.Fail(file, Line, bodyName + "/GrpHdr", "missing group header");
                    }

                    var path = string.Create(CultureInfo.InvariantCulture, $"{bodyName}/{recordName}[{++records}]");
                    new CamtRecordReader(this, context, path).Read();
                }
                else
                {
                    SkipChecked(bodyName + "/" + part);
                }
            });
        });

        if (_full)
        {
            return;
        }

        if (bodyLine is null)
        {
            throw CamtReader.Fail(file, rootLine, "Document/" + bodyName, $"missing; a camt.{message} document needs it");
        }

        if (!header)
        {
            throw CamtReader.Fail(file, bodyLine, bodyName + "/GrpHdr", "missing group header");
        }

        if (records == 0)
        {
            throw CamtReader.Fail(file, bodyLine, bodyName + "/" + recordName, $"no {(message == "053" ? "statement" : "notification")} element; the message holds no account report");
        }
    }

    internal XmlReader Reader => reader;

    internal string Namespace => _ns;

    internal string File => file;

    internal DetectedEncoding Encoding => encoding;

    internal List<BankTransaction> Into => into;

    /// <summary>Adds transactions, or an issue once the file holds <see cref="CamtReader.MaxEntries"/>; false when full.</summary>
    internal bool Accept(IReadOnlyList<BankTransaction> transactions, int line, string path)
    {
        if (into.Count + transactions.Count > CamtReader.MaxEntries)
        {
            _full = true;
            issues.Add(new ImportIssue(file, line, path, $"more than {CamtReader.MaxEntries} transactions in one file: this entry and the rest are not read", string.Empty));
            return false;
        }

        into.AddRange(transactions);
        return true;
    }

    internal void Reject(ImportIssue issue) => issues.Add(issue);

    /// <summary>
    /// Calls <paramref name="visit"/> for each child element of the element the reader is on (by local name,
    /// or <c>{namespace}name</c> outside the document's namespace); <paramref name="visit"/> leaves the
    /// reader on the child's end. Ends on the parent's end.
    /// </summary>
    internal void Children(string parent, Action<string> visit)
    {
        if (reader.IsEmptyElement)
        {
            return;
        }

        var depth = reader.Depth;
        while (!_full && reader.Read())
        {
            if (reader.NodeType == XmlNodeType.EndElement && reader.Depth == depth)
            {
                return;
            }

            if (reader.NodeType == XmlNodeType.Element)
            {
                if (reader.Depth >= CamtReader.MaxDepth)
                {
                    throw CamtReader.Fail(file, Line, parent, $"elements nested deeper than {CamtReader.MaxDepth} levels");
                }

                visit(string.Equals(reader.NamespaceURI, _ns, StringComparison.Ordinal) ? reader.LocalName : "{" + reader.NamespaceURI + "}" + reader.LocalName);
            }
        }
    }

    /// <summary>Skips an element that is not read; one nested too deep is an issue (the document is no bank file's), not a cost.</summary>
    internal void SkipChecked(string path)
    {
        if (CamtNode.Skip(reader) is { } line)
        {
            issues.Add(new ImportIssue(file, line, path, $"elements nested deeper than {CamtReader.MaxDepth} levels: skipped", string.Empty));
        }
    }

    private void ReadHeader(string bodyName)
    {
        var line = Line;
        var header = CamtNode.Load(reader, _ns, out var problem);
        if (problem is { } p)
        {
            throw CamtReader.Fail(file, p.Line, bodyName + "/GrpHdr", p.Reason);
        }

        if (string.IsNullOrWhiteSpace(header.Element("MsgId")?.Value))
        {
            throw CamtReader.Fail(file, line, bodyName + "/GrpHdr/MsgId", "missing message id");
        }
    }

    [GeneratedRegex(@"^urn:iso:std:iso:20022:tech:xsd:camt\.(?<msg>053|054)\.001\.(?<ver>[0-9]{2})$", RegexOptions.CultureInvariant, matchTimeoutMilliseconds: 1000)]
    private static partial Regex NamespacePattern();
}
