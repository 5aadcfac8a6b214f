using Threadline.Core.Statements;

namespace Threadline.Storage.Sqlite;

/// <summary>Writes: statements (one transaction per call, the write-ahead log kept bounded) and deletion by producer.</summary>
public sealed partial class SqliteWorkspaceStore
{
    /// <inheritdoc />
    /// <exception cref="ArgumentException">A statement names an unknown schema or property, or lacks a required field.</exception>
    /// <exception cref="InvalidOperationException">An entity would get two unrelated schemata; nothing was written.</exception>
    public WriteSummary Write(IReadOnlyCollection<Statement> statements)
    {
        EnsureWritable();
        return Locked(() => _writer.Write(statements));
    }

    /// <inheritdoc />
    public PreparedStatements Prepare(IReadOnlyCollection<Statement> statements)
    {
        ObjectDisposedException.ThrowIf(_disposed, this);
        return _writer.Prepare(statements);
    }

    /// <inheritdoc />
    /// <exception cref="InvalidOperationException">An entity would get two unrelated schemata; nothing was written.</exception>
    public WriteSummary WritePrepared(IReadOnlyList<PreparedStatements> batches)
    {
        EnsureWritable();
        return Locked(() => _writer.WritePrepared(batches));
    }

    /// <summary>One write under the store's lock, then the log kept bounded.</summary>
    private T Locked<T>(Func<T> write)
    {
        lock (_gate)
        {
            ObjectDisposedException.ThrowIf(_disposed, this);
            var result = write();
            BoundWal();
            return result;
        }
    }

    /// <summary>
    /// Keeps the write-ahead log bounded. The automatic checkpoint copies pages back but can start the
    /// log over only when no reader still uses it. This store's streams hand out a page only after its
    /// read has ended, so that normally happens; a long read in another process (an export running next
    /// to an extraction) can still hold the log, which then grows without end (3 GB for 300,000 ads
    /// when extraction's own reader held it) and slows every read and checkpoint. Past
    /// <see cref="WalRestartBytes"/> the writer waits (busy timeout) for such readers and restarts the log.
    /// </summary>
    private void BoundWal()
    {
        var wal = new FileInfo(_connections.FullPath + "-wal");
        if (!wal.Exists || wal.Length < _walRestartAt)
        {
            return;
        }

        // A reader that holds on (another process) makes the checkpoint give up after the busy timeout;
        // then try again only when the log has grown by as much once more.
        var busy = Connections.Scalar(_connection, "PRAGMA wal_checkpoint(TRUNCATE);") != 0;
        _walRestartAt = busy ? wal.Length + WalRestartBytes : WalRestartBytes;
    }

    private long _walRestartAt = WalRestartBytes;

    /// <summary>Log size past which a write restarts the log (see <see cref="BoundWal"/>).</summary>
    private const long WalRestartBytes = 256L << 20;

    /// <inheritdoc />
    public long DeleteByProducer(string producer, string? schema = null)
    {
        ArgumentNullException.ThrowIfNull(producer);
        EnsureWritable();
        lock (_gate)
        {
            ObjectDisposedException.ThrowIf(_disposed, this);
            return StatementDeleter.Delete(_connection, _names, producer, schema);
        }
    }
}
