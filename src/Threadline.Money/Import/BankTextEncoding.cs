using System.Text;

namespace Threadline.Money.Import;

/// <summary>
/// Decides which encoding a bank file's text is in. In order: a byte order mark (UTF-8, UTF-16) wins;
/// else a file that is valid UTF-8 is UTF-8; else the declared encoding (camt's XML declaration, or the
/// one the user gives for CSV and MT940); else a file that holds UTF-8 characters beyond ASCII is UTF-8
/// with some damaged records; else it is read as Windows-1252, the single-byte code page of Western
/// European banks (a superset of the printable part of ISO-8859-1). ISO-8859-1 and US-ASCII, declared,
/// are read as Windows-1252 too, as the WHATWG Encoding Standard does: files labelled so often hold
/// Windows-1252 quotes and the euro sign. Bytes that the chosen encoding cannot decode become U+FFFD,
/// and a record holding U+FFFD or a control character is rejected, never stored.
/// </summary>
public static class BankTextEncoding
{
    private static readonly DecoderFallback Replacement = new DecoderReplacementFallback("\uFFFD");
    private static readonly string[] Windows1252Labels = ["iso-8859-1", "iso8859-1", "iso_8859-1", "latin1", "latin-1", "l1", "cp819", "ibm819", "us-ascii", "ascii", "windows-1252", "cp1252", "x-cp1252"];

    /// <summary>UTF-8 that turns invalid bytes into U+FFFD.</summary>
    public static Encoding Utf8 { get; } = new UTF8Encoding(false, false);

    /// <summary>Windows-1252 (bytes it leaves undefined decode to C1 control characters, which are rejected).</summary>
    public static Encoding Windows1252 { get; } = CodePagesEncodingProvider.Instance.GetEncoding(1252, EncoderFallback.ReplacementFallback, Replacement)!;

    /// <summary>The encoding of a name such as <c>utf-8</c>, <c>latin1</c>, <c>iso-8859-15</c>, <c>ibm850</c>; null when unknown.</summary>
    public static Encoding? Resolve(string? name)
    {
        var label = name?.Trim().ToLowerInvariant();
        if (string.IsNullOrEmpty(label) || label.Length > 64)
        {
            return null;
        }

        if (Windows1252Labels.Contains(label, StringComparer.Ordinal))
        {
            return Windows1252;
        }

        if (label is "utf-8" or "utf8")
        {
            return Utf8;
        }

        if (CodePagesEncodingProvider.Instance.GetEncoding(label, EncoderFallback.ReplacementFallback, Replacement) is { } codePage)
        {
            return codePage;
        }

        try
        {
            return Encoding.GetEncoding(label, EncoderFallback.ReplacementFallback, Replacement);
        }
        catch (ArgumentException)
        {
            return null;
        }
    }

    /// <summary>Decides the encoding of a whole file's bytes.</summary>
    public static DetectedEncoding Detect(ReadOnlySpan<byte> bytes, Encoding? declared) =>
        Decide(Bom(bytes), Utf8Survey.Of(bytes), declared);

    /// <summary>Decides the encoding of a stream's bytes from its position to its end (the stream is read through, not rewound).</summary>
    public static DetectedEncoding Detect(Stream stream, Encoding? declared)
    {
        ArgumentNullException.ThrowIfNull(stream);
        Span<byte> head = stackalloc byte[3];
        var n = stream.ReadAtLeast(head, 3, throwOnEndOfStream: false);
        var bom = Bom(head[..n]);
        stream.Seek(-n + bom.Length, SeekOrigin.Current);
        return Decide(bom, Utf8Survey.Of(stream), declared);
    }

    /// <summary>Decodes bytes with a detected encoding, skipping its byte order mark.</summary>
    public static string Decode(ReadOnlySpan<byte> bytes, DetectedEncoding encoding)
    {
        ArgumentNullException.ThrowIfNull(encoding);
        return encoding.Encoding.GetString(bytes[Math.Min(encoding.PreambleLength, bytes.Length)..]);
    }

    /// <summary>Where the first U+FFFD or control character other than tab, line feed and carriage return is; -1 when there is none (NUL included: it is a bad character too).</summary>
    public static int IndexOfBadCharacter(ReadOnlySpan<char> text)
    {
        for (var i = 0; i < text.Length; i++)
        {
            var c = text[i];
            if (c == '\uFFFD' || (char.IsControl(c) && c is not ('\t' or '\n' or '\r')))
            {
                return i;
            }
        }

        return -1;
    }

    private static DetectedEncoding Decide((int Length, Encoding? Encoding) bom, Utf8Survey survey, Encoding? declared)
    {
        if (bom.Encoding is { } marked)
        {
            return new DetectedEncoding(marked, bom.Length, "byte order mark", marked is UTF8Encoding ? survey.InvalidBytes : 0);
        }

        if (survey.InvalidBytes == 0)
        {
            return new DetectedEncoding(Utf8, 0, "valid UTF-8", 0);
        }

        if (declared is not null)
        {
            var encoding = Resolve(declared.WebName) ?? declared;
            return new DetectedEncoding(encoding, 0, "declared", survey.InvalidBytes);
        }

        return survey.MultiByteSequences > 0
            ? new DetectedEncoding(Utf8, 0, "mostly UTF-8", survey.InvalidBytes)
            : new DetectedEncoding(Windows1252, 0, "single-byte", survey.InvalidBytes);
    }

    private static (int Length, Encoding? Encoding) Bom(ReadOnlySpan<byte> head)
    {
        if (head.StartsWith((ReadOnlySpan<byte>)[0xEF, 0xBB, 0xBF]))
        {
            return (3, Utf8);
        }

        if (head.StartsWith((ReadOnlySpan<byte>)[0xFF, 0xFE]))
        {
            return (2, new UnicodeEncoding(bigEndian: false, byteOrderMark: false, throwOnInvalidBytes: false));
        }

        return head.StartsWith((ReadOnlySpan<byte>)[0xFE, 0xFF])
            ? (2, new UnicodeEncoding(bigEndian: true, byteOrderMark: false, throwOnInvalidBytes: false))
            : (0, null);
    }
}
