using Threadline.Core;
using Threadline.Core.Threading;
using Threadline.Storage;

namespace Threadline.Ingest.Pipeline;

/// <summary>
/// Reads the run's small files (saved pages: up to <see cref="IngestOptions.ReadAheadBytes"/>) ahead of the writer, on
/// the other cores and independently of it: each file is read into memory once, probed, hashed and — when the workspace
/// has never seen its content — read as records into chunks, so the writer's thread finds it ready. The writer still
/// decides on its own thread what to do with each file (<see cref="IngestPipeline{TRecord}"/>): a file read ahead whose
/// decision turns out to be "skip" or "resume" costs a parse, nothing else.
/// </summary>
/// <remarks>
/// Before, the writer's thread opened, probed and hashed each file and started its parse, a few files ahead: while it
/// wrote a batch, the other cores ran out of files, and while it planned, nothing was written (saved pages were ingested
/// at a third of the writer's speed; docs/linking.md, "Saved pages read ahead"). Bounded by files and bytes held.
/// </remarks>
internal sealed class ReadAhead<TRecord> : IDisposable
{
    /// <summary>Most bytes of files held in memory, read but not yet taken by the writer.</summary>
    public const long MaxBytesHeld = 64L * 1024 * 1024;

    private readonly IIngestFormat<TRecord> _format;
    private readonly IWorkspaceStore _store;
    private readonly IngestOptions _options;
    private readonly IReadOnlyList<string> _paths;
    private readonly HashSet<string> _known;
    private readonly Task<Prefetched?>?[] _slots;
    private readonly long[] _held;
    private readonly CancellationTokenSource _stop;
    private readonly Thread _producer;
    private readonly object _gate = new();
    private readonly int _maxFiles;
    private int _filesHeld;
    private long _bytesHeld;
    private int _published;

    /// <param name="format">The format.</param>
    /// <param name="store">For <see cref="IWorkspaceStore.Prepare"/> only (thread-safe).</param>
    /// <param name="options">The run's options.</param>
    /// <param name="paths">The run's files in order.</param>
    /// <param name="sizes">Their sizes when listed: larger than <see cref="IngestOptions.ReadAheadBytes"/> are left to the writer.</param>
    /// <param name="known">Source ids the workspace already holds a state for (their files are not parsed ahead: they may be skipped or resumed).</param>
    /// <param name="cancellationToken">Stops the reading.</param>
    public ReadAhead(IIngestFormat<TRecord> format, IWorkspaceStore store, IngestOptions options, IReadOnlyList<string> paths, long[] sizes, HashSet<string> known, CancellationToken cancellationToken)
    {
        _format = format;
        _store = store;
        _options = options;
        _paths = paths;
        _known = known;
        _slots = new Task<Prefetched?>?[paths.Count];
        _held = new long[paths.Count];
        _maxFiles = options.ReadAheadFiles > 0 ? options.ReadAheadFiles : 1024;
        _stop = CancellationTokenSource.CreateLinkedTokenSource(cancellationToken);
        _producer = new Thread(() => Produce(sizes)) { IsBackground = true, Name = "ingest read-ahead" };
        _producer.Start();
    }

    /// <summary>
    /// The file at <paramref name="index"/> as read ahead, waiting for it if need be; null when it is not read ahead
    /// (too large, or it grew past the limit since it was listed): the writer then reads it as before.
    /// </summary>
    public Prefetched? Take(int index)
    {
        Task<Prefetched?>? slot;
        lock (_gate)
        {
            while (index >= _published && !_stop.IsCancellationRequested)
            {
                Monitor.Wait(_gate);
            }

            slot = index < _published ? _slots[index] : null;
            _slots[index] = null;
        }

        if (slot is null)
        {
            return null;
        }

        try
        {
            return Blocking.Wait(slot);
        }
        finally
        {
            lock (_gate)
            {
                _filesHeld--;
                _bytesHeld -= _held[index];
                Monitor.PulseAll(_gate);
            }
        }
    }

    private void Produce(long[] sizes)
    {
        try
        {
            for (var i = 0; i < _paths.Count; i++)
            {
                var size = sizes[i];
                lock (_gate)
                {
                    if (size <= _options.ReadAheadBytes)
                    {
                        // Room for one more file; a file larger than all the room still goes alone.
                        while (!_stop.IsCancellationRequested && _filesHeld > 0 && (_filesHeld >= _maxFiles || _bytesHeld + size > MaxBytesHeld))
                        {
                            Monitor.Wait(_gate);
                        }

                        if (_stop.IsCancellationRequested)
                        {
                            return;
                        }

                        _filesHeld++;
                        _bytesHeld += size;
                        _held[i] = size;
                        var path = _paths[i];
                        _slots[i] = Task.Run(() => Load(path), _stop.Token);
                    }

                    _published = i + 1;
                    Monitor.PulseAll(_gate);
                }
            }
        }
        finally
        {
            lock (_gate)
            {
                _published = _paths.Count;
                Monitor.PulseAll(_gate);
            }
        }
    }

    private Prefetched? Load(string path)
    {
        byte[] bytes;
        try
        {
            using var stream = new FileStream(path, new FileStreamOptions { Mode = FileMode.Open, Access = FileAccess.Read, Share = FileShare.Read, BufferSize = 0, Options = FileOptions.SequentialScan });
            if (stream.Length > _options.ReadAheadBytes)
            {
                return null;
            }

            bytes = new byte[stream.Length];
            var read = 0;
            while (read < bytes.Length)
            {
                var n = stream.Read(bytes, read, bytes.Length - read);
                if (n == 0)
                {
                    break;
                }

                read += n;
            }

            if (read < bytes.Length || stream.ReadByte() >= 0)
            {
                return null; // changed while read: the writer reads it as a stream, as any file
            }
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            return new Prefetched([], null, null, null, e.Message);
        }

        using var memory = new MemoryStream(bytes, writable: false);
        var probe = _format.Probe(memory, path);
        if (probe.EmptyNote is not null)
        {
            return new Prefetched(bytes, probe, null, null, null);
        }

        memory.Position = 0;
        var hash = Ids.HashStream(memory);
        var file = new SourceFile(path, bytes.Length, hash, SourceIds.Of(hash), probe);
        List<Chunk>? chunks = null;
        if (probe.Problem is null && !_known.Contains(file.SourceId))
        {
            chunks = [];
            using var records = new MemoryStream(bytes, writable: false);
            try
            {
                new FileReading<TRecord>(_format, _store, _options, file, 0).Run(records, chunks.Add, _stop.Token);
            }
            catch (Exception e) when (e is not OperationCanceledException)
            {
                // Read again by the writer's way when its turn comes, so the failure surfaces where it always did.
                chunks = null;
            }
        }

        return new Prefetched(bytes, probe, file, chunks, null);
    }

    public void Dispose()
    {
        _stop.Cancel();
        lock (_gate)
        {
            Monitor.PulseAll(_gate);
        }

        _producer.Join();
        foreach (var slot in _slots)
        {
            if (slot is null)
            {
                continue;
            }

            try
            {
                slot.Wait(CancellationToken.None);
            }
            catch (AggregateException)
            {
                // Stopped with the run, or failed: the writer never asked for it.
            }
        }

        _stop.Dispose();
    }

    /// <summary>A small file as read ahead.</summary>
    /// <param name="Bytes">Its content.</param>
    /// <param name="Probe">What its start said (null when it could not be read).</param>
    /// <param name="File">Its identity (null when empty or unreadable).</param>
    /// <param name="Chunks">Its records, read assuming nothing of it was written before (null when not read ahead).</param>
    /// <param name="OpenError">Why it could not be read, or null.</param>
    internal sealed record Prefetched(byte[] Bytes, FileProbe? Probe, SourceFile? File, List<Chunk>? Chunks, string? OpenError);
}
