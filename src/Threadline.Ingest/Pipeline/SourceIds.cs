using Threadline.Core;

namespace Threadline.Ingest.Pipeline;

/// <summary>The identity of a source file: its content, whatever its name or kind.</summary>
public static class SourceIds
{
    /// <summary>Id of the Source entity of a file, from its SHA-256 (hex): the same id every ingest has always used.</summary>
    public static string Of(string contentHash) => Ids.Make("source", contentHash);
}
