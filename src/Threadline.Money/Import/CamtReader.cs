using System.Text;
using System.Text.RegularExpressions;
using System.Xml;

namespace Threadline.Money.Import;

/// <summary>
/// Reads ISO 20022 bank-to-customer messages: camt.053 statements (<c>BkToCstmrStmt/Stmt</c>) and
/// camt.054 debit/credit notifications (<c>BkToCstmrDbtCdtNtfctn/Ntfctn</c>), versions 02 to 08.
/// Version differences handled: party name as <c>Dbtr/Nm</c> (02) or <c>Dbtr/Pty/Nm</c> (08), status
/// as <c>Sts</c> text (02–04) or <c>Sts/Cd</c> (05+), dates as <c>Dt</c> or <c>DtTm</c>.
/// XML is read safely and as a stream: no DTD, no external resolution, bounded size, nesting and value
/// length. The encoding is the byte order mark's, else UTF-8 when the bytes are valid UTF-8, else the
/// XML declaration's (see <see cref="BankTextEncoding"/>). An entry that cannot be read is rejected with
/// its line, element and reason and the other entries are kept; a document that is not a camt message is
/// rejected as a whole.
/// </summary>
public static partial class CamtReader
{
    /// <summary>Largest file read (bytes).</summary>
    public const long MaxFileBytes = 256L * 1024 * 1024;

    /// <summary>Most transactions read from one file.</summary>
    public const int MaxEntries = 2_000_000;

    /// <summary>Deepest element nesting (the <c>Document</c> element is level 0; real messages stay under 20).</summary>
    public const int MaxDepth = 64;

    /// <summary>Longest text of one element (the schema's longest free text, <c>AddtlNtryInf</c>, is 500).</summary>
    public const int MaxValueChars = 10_000;

    /// <summary>Most elements in one entry (or in one account or statement id element).</summary>
    public const int MaxElementsPerPart = 1_000_000;

    /// <summary>True when the stream's first bytes look like a camt document.</summary>
    public static bool Sniff(ReadOnlySpan<byte> head)
    {
        var text = Encoding.UTF8.GetString(head);
        return text.Contains("camt.053", StringComparison.Ordinal) || text.Contains("camt.054", StringComparison.Ordinal)
            || text.Contains("<BkToCstmr", StringComparison.Ordinal);
    }

    /// <summary>
    /// Reads a camt file. Entry-level problems go to <paramref name="issues"/> and the entry is skipped;
    /// without <paramref name="issues"/> the first problem throws <see cref="BankFileException"/> naming file, element and reason.
    /// </summary>
    public static IReadOnlyList<BankTransaction> Read(string path, ICollection<ImportIssue>? issues = null)
    {
        ArgumentNullException.ThrowIfNull(path);
        using var stream = new FileStream(path, FileMode.Open, FileAccess.Read, FileShare.Read, 1 << 16, FileOptions.SequentialScan);
        return Read(stream, path, issues);
    }

    /// <summary>Reads a camt document from a stream; <paramref name="fileName"/> is used in errors and provenance.</summary>
    public static IReadOnlyList<BankTransaction> Read(Stream stream, string fileName, ICollection<ImportIssue>? issues = null)
    {
        ArgumentNullException.ThrowIfNull(stream);
        ArgumentNullException.ThrowIfNull(fileName);
        if (!stream.CanSeek)
        {
            var copy = new MemoryStream();
            CopyAtMost(stream, copy, MaxFileBytes + 1);
            copy.Position = 0;
            return Read(copy, fileName, issues);
        }

        var start = stream.Position;
        if (stream.Length - start > MaxFileBytes)
        {
            throw Fail(fileName, null, "Document", $"file is {stream.Length - start} bytes, above the limit of {MaxFileBytes}");
        }

        var encoding = DetectEncoding(stream, fileName);
        stream.Position = start + encoding.PreambleLength;
        var settings = new XmlReaderSettings
        {
            DtdProcessing = DtdProcessing.Prohibit,
            XmlResolver = null,
            MaxCharactersInDocument = MaxFileBytes,
            MaxCharactersFromEntities = 1024,
            IgnoreComments = true,
            IgnoreProcessingInstructions = true,
            IgnoreWhitespace = true,
            CloseInput = false,
        };
        var result = new List<BankTransaction>();
        var found = new List<ImportIssue>();
        using (var text = new StreamReader(stream, encoding.Encoding, detectEncodingFromByteOrderMarks: false, bufferSize: 1 << 16, leaveOpen: true))
        using (var reader = XmlReader.Create(text, settings))
        {
            try
            {
                new CamtDocumentReader(reader, fileName, encoding, result, found).Read();
            }
            catch (XmlException ex)
            {
                var issue = new ImportIssue(fileName, ex.LineNumber == 0 ? null : ex.LineNumber, "XML", WithoutPosition(ex.Message) + (result.Count + found.Count > 0 ? "; nothing after this point was read" : string.Empty));
                if (result.Count + found.Count == 0)
                {
                    throw new BankFileException(issue, ex);
                }

                found.Add(issue);
            }
        }

        if (issues is null && found.Count > 0)
        {
            throw new BankFileException(found[0]);
        }

        foreach (var issue in found)
        {
            issues!.Add(issue);
        }

        return TransactionIds.Assign(result);
    }

    internal static BankFileException Fail(string file, int? line, string element, string reason, string? excerpt = null) =>
        new(new ImportIssue(file, line, element, reason, excerpt is null ? null : ImportIssue.ExcerptOf(excerpt)));

    private static DetectedEncoding DetectEncoding(Stream stream, string fileName)
    {
        var start = stream.Position;
        var head = new byte[512];
        var n = stream.ReadAtLeast(head, head.Length, throwOnEndOfStream: false);
        stream.Position = start;
        var name = DeclarationPattern().Match(Encoding.Latin1.GetString(head, 0, n)) is { Success: true } m ? m.Groups["enc"].Value : null;
        var declared = BankTextEncoding.Resolve(name);
        var detected = BankTextEncoding.Detect(stream, declared);
        if (name is not null && declared is null && detected.Rule is not ("byte order mark" or "valid UTF-8"))
        {
            throw Fail(fileName, 1, "XML", $"the XML declaration names the encoding '{name}', which is not known, and the file is not UTF-8", name);
        }

        return detected;
    }

    private static void CopyAtMost(Stream from, Stream to, long limit)
    {
        var buffer = new byte[1 << 16];
        int n;
        while (to.Length < limit && (n = from.Read(buffer, 0, (int)Math.Min(buffer.Length, limit - to.Length))) > 0)
        {
            to.Write(buffer, 0, n);
        }
    }

    // XmlException messages end with " Line 3, position 5."; the line is a field of its own.
    private static string WithoutPosition(string message) => PositionPattern().Replace(message, string.Empty);

    [GeneratedRegex(@"^\s*<\?xml[^>]{0,200}?encoding\s*=\s*[""'](?<enc>[A-Za-z0-9._:-]{1,64})[""']", RegexOptions.CultureInvariant, matchTimeoutMilliseconds: 1000)]
    private static partial Regex DeclarationPattern();

    [GeneratedRegex(@"\s*Line \d+, position \d+\.\s*$", RegexOptions.CultureInvariant, matchTimeoutMilliseconds: 1000)]
    private static partial Regex PositionPattern();
}
