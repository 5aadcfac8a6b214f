namespace Threadline.Storage.Postgres;

/// <summary>Derived results (<see cref="ResultTable"/>): each write one transaction, read by point, page or keyset.</summary>
public sealed partial class PostgresWorkspaceStore
{
    private ResultTable Results => new(_t);

    /// <inheritdoc />
    public long WriteResults(string kind, IEnumerable<ResultRecord> records, bool replace)
    {
        ResultRules.CheckKind(kind);
        ArgumentNullException.ThrowIfNull(records);
        EnsureWritable();
        using var connection = Connect();
        return Results.Write(connection, kind, records, replace);
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
        var wanted = ids.Distinct(StringComparer.Ordinal).Take(ResultLimits.MaxPage).ToArray();
        using var connection = Connect();
        return Results.ByIds(connection, kind, wanted);
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

        using var connection = Connect();
        return Results.Page(connection, kind, offset, Math.Min(limit, ResultLimits.MaxPage), order, key);
    }

    /// <inheritdoc />
    public IEnumerable<ResultRecord> ReadResults(string kind)
    {
        ResultRules.CheckKind(kind);
        ObjectDisposedException.ThrowIf(_disposed, this);
        return Results.All(_data, kind);
    }

    /// <inheritdoc />
    public long CountResults(string kind, string? key = null)
    {
        ResultRules.CheckKind(kind);
        using var connection = Connect();
        return Results.Count(connection, kind, key);
    }

    /// <inheritdoc />
    public long DeleteResults(string kind)
    {
        ResultRules.CheckKind(kind);
        EnsureWritable();
        using var connection = Connect();
        using var transaction = connection.BeginTransaction();
        var deleted = Results.Delete(connection, kind);
        transaction.Commit();
        return deleted;
    }

    /// <inheritdoc />
    public IReadOnlyList<string> ResultKinds()
    {
        using var connection = Connect();
        return Results.Kinds(connection);
    }
}
