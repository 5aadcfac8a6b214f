namespace Threadline.Core.IO;

/// <summary>A path an ingest leaves out unread, and why.</summary>
public sealed record SkippedPath(string Path, string Reason);
