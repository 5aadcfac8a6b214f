namespace Threadline.Ingest.Ads;

/// <summary>The ad-export formats of docs/formats.md.</summary>
public enum AdFormat
{
    /// <summary>One JSON object per line (<c>.jsonl</c>, <c>.ndjson</c>).</summary>
    JsonLines,

    /// <summary>Delimited text with a header row (<c>.csv</c>, <c>.tsv</c>).</summary>
    Csv,

    /// <summary>One saved ad page per file (<c>.html</c>, <c>.htm</c>).</summary>
    Html,
}
