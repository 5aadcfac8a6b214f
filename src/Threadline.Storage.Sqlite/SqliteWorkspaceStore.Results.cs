namespace Threadline.Storage.Sqlite;

/// <summary>Derived results (<see cref="ResultTable"/>): written under the lock in one transaction, read by point and page.</summary>
public sealed partial class SqliteWorkspaceStore
{
    /// <inheritdoc />
    public long WriteResults(string kind, IEnumerable<ResultRecord> records, bool replace)
    {
        ResultRules.CheckKind(kind);
        ArgumentNullException.ThrowIfNull(records);
        EnsureWritable();
        return Locked(() => ResultTable.Write(_connection, kind, records, replace));
    }

    /// <inheritdoc />
    public ResultRecord? GetResult(string kind, string id)
    {
        ArgumentNullException.ThrowIfNull(id);
        return GetResults(kind, [id]) is [var record] ? record : null;
    }

    /// <inheritdoc />
    public IReadOnlyList<ResultRecord> GetResults(string kind, IReadOnlyCollection<string> ids)
    {
        ResultRules.CheckKind(kind);
        ArgumentNullException.ThrowIfNull(ids);
        var wanted = ids.Distinct(StringComparer.Ordinal).Take(ResultLimits.MaxPage).ToList();
        lock (_gate)
        {
            ObjectDisposedException.ThrowIf(_disposed, this);
            return ResultTable.ByIds(_connection, kind, wanted);
        }
    }

    /// <inheritdoc />
    public IReadOnlyList<ResultRecord> PageResults(string kind, int offset, int limit, ResultOrder order = ResultOrder.Ascending, string? key = null)
    {
        ResultRules.CheckKind(kind);
        ArgumentOutOfRangeException.ThrowIfNegative(offset);
        if (limit <= 0)
        {
            return [];
        }

        lock (_gate)
        {
            ObjectDisposedException.ThrowIf(_disposed, this);
            return ResultTable.Page(_connection, kind, offset, Math.Min(limit, ResultLimits.MaxPage), order, key);
        }
    }

    /// <inheritdoc />
    public long CountResults(string kind, string? key = null)
    {
        ResultRules.CheckKind(kind);
        lock (_gate)
        {
            ObjectDisposedException.ThrowIf(_disposed, this);
            return ResultTable.Count(_connection, kind, key);
        }
    }

    /// <inheritdoc />
    public long DeleteResults(string kind)
    {
        ResultRules.CheckKind(kind);
        EnsureWritable();
        lock (_gate)
        {
            ObjectDisposedException.ThrowIf(_disposed, this);
            using var transaction = _connection.BeginTransaction();
            var deleted = ResultTable.Delete(_connection, transaction, kind);
            transaction.Commit();
            return deleted;
        }
    }

    /// <inheritdoc />
    public IReadOnlyList<string> ResultKinds()
    {
        lock (_gate)
        {
            ObjectDisposedException.ThrowIf(_disposed, this);
            return ResultTable.Kinds(_connection);
        }
    }
}
