namespace Threadline.Ingest.Ads;

/// <summary>A record (or a whole file) that was not accepted, as written to the quarantine file.</summary>
/// <param name="File">Path of the file.</param>
/// <param name="Line">1-based line where the record starts; 0 when the whole file is rejected.</param>
/// <param name="Reason">Why, in one plain sentence.</param>
/// <param name="Excerpt">The start of the record (at most <see cref="AdReaderLimits.ExcerptChars"/> characters, control characters shown as spaces).</param>
public sealed record Rejection(string File, long Line, string Reason, string Excerpt);
