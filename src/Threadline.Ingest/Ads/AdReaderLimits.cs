namespace Threadline.Ingest.Ads;

/// <summary>
/// Bounds on what an input file controls. A record over a limit is rejected with a reason naming the
/// limit; the reader keeps at most <see cref="MaxRecordBytes"/> of one record in memory and skips the rest.
/// </summary>
public sealed record AdReaderLimits
{
    /// <summary>Largest JSON line or CSV record, in bytes (default 1 MiB).</summary>
    public int MaxRecordBytes { get; init; } = 1024 * 1024;

    /// <summary>Largest saved HTML page, in bytes (default 4 MiB); a larger page is rejected unread.</summary>
    public int MaxHtmlBytes { get; init; } = 4 * 1024 * 1024;

    /// <summary>Deepest element nesting accepted in an HTML page (default 256); checked while the page is parsed.</summary>
    public int MaxHtmlDepth { get; init; } = 256;

    /// <summary>Most attributes on one element of an HTML page (default 256); checked while the page is parsed.</summary>
    public int MaxHtmlAttributes { get; init; } = 256;

    /// <summary>Most fields (JSON properties, CSV columns) in one record (default 256).</summary>
    public int MaxFields { get; init; } = 256;

    /// <summary>Most image references in one record (default 100).</summary>
    public int MaxImages { get; init; } = 100;

    /// <summary>Length of the excerpt kept with a rejection (default 120 characters).</summary>
    public int ExcerptChars { get; init; } = 120;

    /// <summary>The defaults above.</summary>
    public static AdReaderLimits Default { get; } = new();
}
