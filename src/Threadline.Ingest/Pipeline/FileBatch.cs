namespace Threadline.Ingest.Pipeline;

/// <summary>One file's part of a write (<see cref="BatchWriter{TRecord}"/>): its chunks, and what the write refused or left out of them.</summary>
internal sealed class FileBatch(string path, IReadOnlyList<Chunk> chunks)
{
    public string Path { get; } = path;

    /// <summary>The chunks; after the write, without the values the workspace contradicted.</summary>
    public IReadOnlyList<Chunk> Chunks { get; set; } = chunks;

    /// <summary>Records the store refused, one quarantine line each.</summary>
    public List<Rejection> Refused { get; } = [];

    /// <summary>Values left out because the workspace contradicts them (<see cref="Rejection.Kept"/>).</summary>
    public List<Rejection> LeftOut { get; } = [];

    /// <summary>The chunks' problems and what the write added, in file order.</summary>
    public IReadOnlyList<Rejection> Problems => Refused.Count + LeftOut.Count == 0
        ? [.. Chunks.SelectMany(c => c.Rejections)]
        : [.. Chunks.SelectMany(c => c.Rejections).Concat(Refused).Concat(LeftOut).OrderBy(r => r.Line)];
}
