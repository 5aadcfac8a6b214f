namespace Threadline.Ingest.Ads;

/// <summary>What the first bytes and the name of a file say about it.</summary>
/// <param name="Format">The ad format, or null when the file is empty or not readable as ads.</param>
/// <param name="Problem">Why the whole file is rejected (binary, UTF-16, unknown format), or null.</param>
internal readonly record struct SniffResult(AdFormat? Format, string? Problem)
{
    public bool IsEmpty => Format is null && Problem is null;
}
