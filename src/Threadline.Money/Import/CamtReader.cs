using System.Globalization;
using System.Text.RegularExpressions;
using System.Xml;
using System.Xml.Linq;

namespace Threadline.Money.Import;

/// <summary>
/// Reads ISO 20022 bank-to-customer messages: camt.053 statements (<c>BkToCstmrStmt/Stmt</c>) and
/// camt.054 debit/credit notifications (<c>BkToCstmrDbtCdtNtfctn/Ntfctn</c>), versions 02 to 08.
/// Version differences handled: party name as <c>Dbtr/Nm</c> (02) or <c>Dbtr/Pty/Nm</c> (08), status
/// as <c>Sts</c> text (02–04) or <c>Sts/Cd</c> (05+), dates as <c>Dt</c> or <c>DtTm</c>.
/// XML is read safely: no DTD, no external resolution, bounded size.
/// </summary>
public static partial class CamtReader
{
    /// <summary>Largest file read (bytes).</summary>
    public const long MaxFileBytes = 256L * 1024 * 1024;

    /// <summary>Most entries read from one file.</summary>
    public const int MaxEntries = 2_000_000;

    /// <summary>True when the stream's first bytes look like a camt document.</summary>
    public static bool Sniff(ReadOnlySpan<byte> head)
    {
        var text = System.Text.Encoding.UTF8.GetString(head);
        return text.Contains("camt.053", StringComparison.Ordinal) || text.Contains("camt.054", StringComparison.Ordinal)
            || text.Contains("<BkToCstmr", StringComparison.Ordinal);
    }

    /// <summary>Reads a camt file. Throws <see cref="BankFileException"/> naming file, element and reason.</summary>
    public static IReadOnlyList<BankTransaction> Read(string path)
    {
        ArgumentNullException.ThrowIfNull(path);
        var info = new FileInfo(path);
        if (info.Exists && info.Length > MaxFileBytes)
        {
            throw Fail(path, null, "Document", $"file is {info.Length} bytes, above the limit of {MaxFileBytes}");
        }

        using var stream = File.OpenRead(path);
        return Read(stream, path);
    }

    /// <summary>Reads a camt document from a stream; <paramref name="fileName"/> is used in errors and provenance.</summary>
    public static IReadOnlyList<BankTransaction> Read(Stream stream, string fileName)
    {
        ArgumentNullException.ThrowIfNull(stream);
        ArgumentNullException.ThrowIfNull(fileName);
        var settings = new XmlReaderSettings
        {
            DtdProcessing = DtdProcessing.Prohibit,
            XmlResolver = null,
            MaxCharactersInDocument = MaxFileBytes,
            MaxCharactersFromEntities = 1024,
            IgnoreComments = true,
            IgnoreProcessingInstructions = true,
            CloseInput = false,
        };
        XDocument document;
        try
        {
            using var reader = XmlReader.Create(stream, settings);
            document = XDocument.Load(reader, LoadOptions.SetLineInfo);
        }
        catch (XmlException ex)
        {
            throw Fail(fileName, ex.LineNumber == 0 ? null : ex.LineNumber, "XML", ex.Message);
        }

        return TransactionIds.Assign(Parse(document, fileName));
    }

    private static List<BankTransaction> Parse(XDocument document, string file)
    {
        var root = document.Root ?? throw Fail(file, null, "Document", "the file has no root element");
        var match = NamespacePattern().Match(root.Name.NamespaceName);
        if (root.Name.LocalName != "Document" || !match.Success)
        {
            throw Fail(file, Line(root), root.Name.LocalName, $"not an ISO 20022 camt.053/camt.054 document (namespace '{root.Name.NamespaceName}')");
        }

        var message = match.Groups["msg"].Value;
        var version = int.Parse(match.Groups["ver"].Value, CultureInfo.InvariantCulture);
        if (version is < 2 or > 8)
        {
            throw Fail(file, Line(root), "Document", $"camt.{message} version {version:00} is not supported (02 to 08 are)");
        }

        XNamespace ns = root.Name.NamespaceName;
        var format = string.Create(CultureInfo.InvariantCulture, $"camt.{message}.001.{version:00}");
        var (bodyName, recordName) = message == "053" ? ("BkToCstmrStmt", "Stmt") : ("BkToCstmrDbtCdtNtfctn", "Ntfctn");
        var body = root.Element(ns + bodyName) ?? throw Fail(file, Line(root), "Document/" + bodyName, $"missing; a camt.{message} document needs it");
        var header = body.Element(ns + "GrpHdr") ?? throw Fail(file, Line(body), bodyName + "/GrpHdr", "missing group header");
        if (string.IsNullOrWhiteSpace(header.Element(ns + "MsgId")?.Value))
        {
            throw Fail(file, Line(header), bodyName + "/GrpHdr/MsgId", "missing message id");
        }

        var records = body.Elements(ns + recordName).ToList();
        if (records.Count == 0)
        {
            throw Fail(file, Line(body), bodyName + "/" + recordName, $"no {(message == "053" ? "statement" : "notification")} element; the message holds no account report");
        }

        var context = new CamtContext(file, format, ns);
        var result = new List<BankTransaction>();
        for (var r = 0; r < records.Count; r++)
        {
            var path = string.Create(CultureInfo.InvariantCulture, $"{bodyName}/{recordName}[{r + 1}]");
            CamtEntryReader.ReadRecord(context, records[r], path, result);
            if (result.Count > MaxEntries)
            {
                throw Fail(file, Line(records[r]), path, $"more than {MaxEntries} transactions in one file");
            }
        }

        return result;
    }

    internal static int? Line(XObject node) => node is IXmlLineInfo info && info.HasLineInfo() ? info.LineNumber : null;

    internal static BankFileException Fail(string file, int? line, string element, string reason) => new(new ImportIssue(file, line, element, reason));

    [GeneratedRegex(@"^urn:iso:std:iso:20022:tech:xsd:camt\.(?<msg>053|054)\.001\.(?<ver>\d\d)$", RegexOptions.CultureInvariant, matchTimeoutMilliseconds: 1000)]
    private static partial Regex NamespacePattern();
}
