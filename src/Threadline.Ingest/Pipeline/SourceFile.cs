namespace Threadline.Ingest.Pipeline;

/// <summary>One file being ingested: where it is, what it is, and its identity.</summary>
/// <param name="Path">Path as given or found.</param>
/// <param name="Size">Size in bytes.</param>
/// <param name="Hash">SHA-256 of its bytes (hex).</param>
/// <param name="SourceId">Id of its Source entity and <c>SourceState</c>, from the hash (<see cref="SourceIds.Of"/>).</param>
/// <param name="Probe">What its first bytes said.</param>
public sealed record SourceFile(string Path, long Size, string Hash, string SourceId, FileProbe Probe)
{
    /// <summary>The file name, as statements' locators carry it.</summary>
    public string Name => System.IO.Path.GetFileName(Path);
}
