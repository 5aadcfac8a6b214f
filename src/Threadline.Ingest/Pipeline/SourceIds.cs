using Threadline.Core;

namespace Threadline.Ingest.Pipeline;

/// <summary>The identity of a source file (its content, whatever its name or kind) and the keys of what the workspace records about it.</summary>
public static class SourceIds
{
    /// <summary>Id of the Source entity of a file, from its SHA-256 (hex): the same id every ingest has always used.</summary>
    public static string Of(string contentHash) => Ids.Make("source", contentHash);

    /// <summary>The workspace setting that holds the options a file of <paramref name="kind"/> with rejected records was read with.</summary>
    public static string OptionsKey(string kind, string sourceId) => $"ingest.{kind}.options.{sourceId}";
}
