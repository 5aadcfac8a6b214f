namespace Threadline.Storage;

/// <summary>Progress of one source file through ingest.</summary>
/// <param name="SourceId">Deterministic id of the source (from its content hash).</param>
/// <param name="Path">Path as given when ingested.</param>
/// <param name="ContentHash">SHA-256 of the file.</param>
/// <param name="Kind">What it holds: ads, bookings, transactions.</param>
/// <param name="Completed">Whether the whole file went in; an incomplete one is resumed on the next run.</param>
/// <param name="Accepted">Records accepted so far.</param>
/// <param name="Rejected">Records rejected (quarantined) so far.</param>
public sealed record SourceState(string SourceId, string Path, string ContentHash, string Kind, bool Completed, long Accepted, long Rejected);
