namespace Threadline.Money.Import;

/// <summary>A path an import leaves out, and why.</summary>
public sealed record SkippedPath(string Path, string Reason);
