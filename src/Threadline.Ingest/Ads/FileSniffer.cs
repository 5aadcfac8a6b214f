namespace Threadline.Ingest.Ads;

/// <summary>
/// Classifies a file from its extension and first bytes: binary files (known magic numbers, more than
/// one control byte in ten, NUL bytes amid bytes that are not UTF-8) and UTF-16 text are rejected as a
/// whole with one reason; a file without a known extension is sniffed (<c>{</c> → JSON Lines,
/// <c>&lt;</c> → HTML, else CSV).
/// <para>
/// A stray NUL in otherwise valid UTF-8 text is damage in one record, not a binary file: the file is
/// read and the reader rejects the record that holds it, keeping the others.
/// </para>
/// </summary>
internal static class FileSniffer
{
    public const int HeadBytes = 8192;

    private static readonly (byte[] Magic, string Name)[] Magics =
    [
        ([0x89, (byte)'P', (byte)'N', (byte)'G'], "PNG image"),
        ([0xFF, 0xD8, 0xFF], "JPEG image"),
        ("GIF8"u8.ToArray(), "GIF image"),
        ("RIFF"u8.ToArray(), "RIFF media (WebP, AVI or WAV)"),
        ("%PDF"u8.ToArray(), "PDF document"),
        ([(byte)'P', (byte)'K', 3, 4], "ZIP archive (or an Office document)"),
        ([0x1F, 0x8B], "gzip archive"),
        ([(byte)'7', (byte)'z', 0xBC, 0xAF], "7-Zip archive"),
        ("SQLite format 3"u8.ToArray(), "SQLite database"),
        ([0x7F, (byte)'E', (byte)'L', (byte)'F'], "ELF executable"),
        ([(byte)'M', (byte)'Z'], "Windows executable"),
    ];

    public static SniffResult Sniff(string path, ReadOnlySpan<byte> head)
    {
        if (head.IsEmpty)
        {
            return new SniffResult(null, null);
        }

        foreach (var (magic, name) in Magics)
        {
            if (head.StartsWith(magic))
            {
                return new SniffResult(null, $"binary file ({name}), not an ad export");
            }
        }

        if (head.StartsWith((ReadOnlySpan<byte>)[0xFF, 0xFE]) || head.StartsWith((ReadOnlySpan<byte>)[0xFE, 0xFF]))
        {
            return new SniffResult(null, "UTF-16 text; ad exports must be UTF-8");
        }

        if (BinaryProblem(head) is { } binary)
        {
            return new SniffResult(null, binary);
        }

        var byName = FromExtension(path);
        var text = SkipBomAndSpace(head);
        if (text.IsEmpty && head.Length < HeadBytes)
        {
            return new SniffResult(null, null); // the whole file is white space
        }

        if (byName == AdFormat.JsonLines && IsJsonArray(text))
        {
            return new SniffResult(null, "a JSON array; ad exports must be JSON Lines (one object per line)");
        }

        if (byName is not null)
        {
            return new SniffResult(byName, null);
        }

        if (text.IsEmpty)
        {
            return new SniffResult(null, "unrecognised format: the first 8 KiB are white space");
        }

        return text[0] switch
        {
            (byte)'{' => new SniffResult(AdFormat.JsonLines, null),
            (byte)'<' => new SniffResult(AdFormat.Html, null),
            (byte)'[' when IsJsonArray(text) => new SniffResult(null, "a JSON array; ad exports must be JSON Lines (one object per line)"),
            (byte)'[' => new SniffResult(AdFormat.JsonLines, null),
            _ when LooksLikeCsvHeader(text) => new SniffResult(AdFormat.Csv, null),
            _ => new SniffResult(null, "unrecognised format: not JSON Lines, CSV with a header, or an HTML page"),
        };
    }

    /// <summary>
    /// Whether text that starts with <c>[</c> is a JSON array rather than JSON Lines whose first record is
    /// damaged: in JSON Lines the later lines of the head hold whole objects (<c>{…}</c>); in an array
    /// they are pretty-printed parts or end with a comma (<c>{…},</c>), but for the last.
    /// </summary>
    private static bool IsJsonArray(ReadOnlySpan<byte> text)
    {
        if (text.IsEmpty || text[0] != (byte)'[')
        {
            return false;
        }

        var objects = 0;
        var commas = 0;
        var newline = text.IndexOf((byte)'\n');
        while (newline >= 0)
        {
            text = text[(newline + 1)..];
            newline = text.IndexOf((byte)'\n');
            var line = (newline < 0 ? text : text[..newline]).Trim(" \t\r"u8);
            if (line.Length > 1 && line[0] == (byte)'{')
            {
                objects += line[^1] == (byte)'}' ? 1 : 0;
                commas += line.EndsWith("},"u8) ? 1 : 0;
            }
        }

        return objects <= commas;
    }

    /// <summary>Why the head looks like a binary file (or UTF-16 without a byte order mark), or null for text.</summary>
    private static string? BinaryProblem(ReadOnlySpan<byte> head)
    {
        var controls = 0;
        var nuls = 0;
        var evenNuls = 0;
        for (var i = 0; i < head.Length; i++)
        {
            var b = head[i];
            if (b == 0)
            {
                nuls++;
                evenNuls += 1 - (i & 1);
            }

            if (b < 0x20 && b is not ((byte)'\n' or (byte)'\r' or (byte)'\t' or 0x0C or 0x1B))
            {
                controls++;
            }
        }

        // UTF-16 of mostly ASCII text: every other byte is NUL, all at even or all at odd offsets.
        if (nuls * 4 > head.Length && (evenNuls * 10 > nuls * 9 || evenNuls * 10 < nuls))
        {
            return "UTF-16 text without a byte order mark; ad exports must be UTF-8";
        }

        if (controls * 10 > head.Length)
        {
            return nuls > 0 ? "binary file (contains NUL bytes), not an ad export" : "binary file (mostly control bytes), not an ad export";
        }

        if (nuls > 0 && InvalidUtf8Bytes(head) * 10 > head.Length)
        {
            return "binary file (contains NUL bytes), not an ad export";
        }

        return null;
    }

    /// <summary>Bytes that are not part of a valid UTF-8 sequence (a sequence cut at the end of the head counts as valid).</summary>
    private static int InvalidUtf8Bytes(ReadOnlySpan<byte> head)
    {
        var invalid = 0;
        while (!head.IsEmpty)
        {
            var status = System.Text.Rune.DecodeFromUtf8(head, out _, out var consumed);
            if (status == System.Buffers.OperationStatus.InvalidData)
            {
                invalid += consumed;
            }
            else if (status == System.Buffers.OperationStatus.NeedMoreData)
            {
                break;
            }

            head = head[consumed..];
        }

        return invalid;
    }

    /// <summary>Format from the file extension, or null.</summary>
    public static AdFormat? FromExtension(string path) =>
        System.IO.Path.GetExtension(path).ToLowerInvariant() switch
        {
            ".jsonl" or ".ndjson" or ".json" => AdFormat.JsonLines,
            ".csv" or ".tsv" => AdFormat.Csv,
            ".html" or ".htm" => AdFormat.Html,
            _ => null,
        };

    private static bool LooksLikeCsvHeader(ReadOnlySpan<byte> text)
    {
        var end = text.IndexOf((byte)'\n');
        var line = end < 0 ? text : text[..end];
        return line.IndexOfAny(",;\t|"u8) >= 0 && line.IndexOf("site"u8) >= 0;
    }

    private static ReadOnlySpan<byte> SkipBomAndSpace(ReadOnlySpan<byte> head)
    {
        if (head.StartsWith("\uFEFF"u8))
        {
            head = head[3..];
        }

        return head.TrimStart(" \t\r\n"u8);
    }
}
