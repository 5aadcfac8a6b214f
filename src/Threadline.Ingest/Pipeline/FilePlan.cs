namespace Threadline.Ingest.Pipeline;

/// <summary>What the run will do with one file, decided on the writer's thread before the file is read.</summary>
internal sealed class FilePlan : IDisposable
{
    public FilePlan(int number, string path, long size)
    {
        Number = number;
        Path = path;
        Size = size;
    }

    public int Number { get; }

    public string Path { get; }

    public long Size { get; }

    /// <summary>The open file (read from its start); null once done or when it could not be opened.</summary>
    public Stream? Stream { get; set; }

    public SourceFile? File { get; set; }

    public FileProbe? Probe { get; set; }

    /// <summary>Why the file could not be opened or hashed, or null.</summary>
    public Rejection? OpenError { get; set; }

    /// <summary>Null until decided (a file whose content an earlier, unfinished file of the run shares is decided when its turn comes).</summary>
    public FileStatus? Decision { get; set; }

    /// <summary>For a skipped or empty file: why.</summary>
    public string? Note { get; set; }

    /// <summary>For a file to read: records an earlier, stopped run wrote.</summary>
    public long ResumeAfter { get; set; }

    /// <summary>For a file to read: the options that shape its reading (<see cref="IIngestFormat{TRecord}.Fingerprint"/>).</summary>
    public string? Fingerprint { get; set; }

    /// <summary>A small file's chunks as <see cref="ReadAhead{TRecord}"/> read them, assuming none of it was written before (null: not read ahead).</summary>
    public List<Chunk>? ReadAhead { get; set; }

    /// <summary>A small file read ahead on another core: its chunks, all of them.</summary>
    public Task<List<Chunk>>? Ahead { get; set; }

    public void Dispose()
    {
        Stream?.Dispose();
        Stream = null;
    }
}
