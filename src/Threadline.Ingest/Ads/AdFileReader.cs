namespace Threadline.Ingest.Ads;

/// <summary>
/// Reads one ad export file of any supported format as a stream of accepted ads and rejections.
/// A binary or unrecognised file yields one rejection (line 0); an empty file yields nothing.
/// Memory stays bounded by <see cref="AdReaderLimits"/> whatever the file holds.
/// </summary>
public static class AdFileReader
{
    /// <summary>The format of a file: from its extension, else sniffed from its first bytes; null when not an ad export.</summary>
    public static AdFormat? DetectFormat(string path)
    {
        using var stream = OpenRead(path);
        return Sniff(stream, path).Format;
    }

    /// <summary>Reads a file. The enumeration opens the file and closes it when done or disposed.</summary>
    public static IEnumerable<AdReadItem> Read(string path, AdReaderLimits? limits = null, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(path);
        limits ??= AdReaderLimits.Default;
        using var stream = OpenRead(path);
        var sniff = Sniff(stream, path);
        foreach (var item in Read(stream, path, sniff, limits, cancellationToken))
        {
            yield return item;
        }
    }

    /// <summary>Reads an open stream positioned at its start, as <paramref name="format"/>.</summary>
    public static IEnumerable<AdReadItem> Read(Stream stream, string file, AdFormat format, AdReaderLimits? limits = null, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(stream);
        limits ??= AdReaderLimits.Default;
        return format switch
        {
            AdFormat.JsonLines => JsonLinesAdReader.Read(stream, file, limits, cancellationToken),
            AdFormat.Csv => CsvAdReader.Read(stream, file, limits, cancellationToken),
            _ => HtmlAdReader.Read(stream, file, limits, cancellationToken),
        };
    }

    internal static IEnumerable<AdReadItem> Read(Stream stream, string file, SniffResult sniff, AdReaderLimits limits, CancellationToken cancellationToken)
    {
        if (sniff.Problem is not null)
        {
            return [AdReadItem.Reject(file, 0, sniff.Problem, string.Empty)];
        }

        return sniff.Format is { } format ? Read(stream, file, format, limits, cancellationToken) : [];
    }

    /// <summary>Sniffs the head of a seekable stream and rewinds it.</summary>
    internal static SniffResult Sniff(Stream stream, string path)
    {
        var head = new byte[FileSniffer.HeadBytes];
        var length = stream.ReadAtLeast(head, head.Length, throwOnEndOfStream: false);
        stream.Position = 0;
        return FileSniffer.Sniff(path, head.AsSpan(0, length));
    }

    internal static FileStream OpenRead(string path) =>
        new(path, new FileStreamOptions { Mode = FileMode.Open, Access = FileAccess.Read, Share = FileShare.Read, BufferSize = 0, Options = FileOptions.SequentialScan });
}
