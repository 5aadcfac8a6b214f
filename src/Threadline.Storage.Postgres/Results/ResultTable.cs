using Npgsql;
using NpgsqlTypes;

namespace Threadline.Storage.Postgres;

/// <summary>
/// Derived results in <c>results</c> ((kind, id) key; (kind, sort_key, id) for pages) and their lookup keys in
/// <c>result_keys</c> ((kind, key, sort_key, id), so one key's records come in page order without a sort). Payloads are
/// kept as the exact bytes given (<c>bytea</c>, compressed by the server when large): JSON as written, byte for byte.
/// </summary>
internal sealed class ResultTable
{
    /// <summary>Records sent per statement of a write.</summary>
    private const int Chunk = 500;

    private readonly Tables _t;

    public ResultTable(Tables tables)
    {
        _t = tables;
    }

    public long Write(NpgsqlConnection connection, string kind, IEnumerable<ResultRecord> records, bool replace)
    {
        using var transaction = connection.BeginTransaction();
        if (replace)
        {
            Delete(connection, kind);
        }

        var seen = new HashSet<string>(StringComparer.Ordinal);
        var chunk = new List<(ResultRecord Record, string[] Keys)>(Chunk);
        var written = 0L;
        foreach (var record in records)
        {
            var keys = ResultRules.Check(kind, record);
            if (!seen.Add(record.Id))
            {
                throw new ArgumentException($"{kind} result '{record.Id}' is given twice in one write");
            }

            chunk.Add((record, keys));
            if (chunk.Count == Chunk)
            {
                written += Flush(connection, kind, chunk, replace);
            }
        }

        written += Flush(connection, kind, chunk, replace);
        transaction.Commit();
        return written;
    }

    private int Flush(NpgsqlConnection connection, string kind, List<(ResultRecord Record, string[] Keys)> chunk, bool replace)
    {
        if (chunk.Count == 0)
        {
            return 0;
        }

        var ids = chunk.Select(c => c.Record.Id).ToArray();
        if (!replace)
        {
            using var drop = new NpgsqlCommand(
                $"DELETE FROM {_t.ResultKeys} WHERE kind = @kind AND id = ANY(@ids); DELETE FROM {_t.Results} WHERE kind = @kind AND id = ANY(@ids);",
                connection);
            drop.Parameters.AddWithValue("kind", kind);
            drop.Parameters.Add(Array("ids", ids, NpgsqlDbType.Text));
            drop.ExecuteNonQuery();
        }

        using (var insert = new NpgsqlCommand($"INSERT INTO {_t.Results}(kind, id, sort_key, payload) SELECT @kind, i, s, p FROM unnest(@ids, @sorts, @payloads) AS u(i, s, p);", connection))
        {
            insert.Parameters.AddWithValue("kind", kind);
            insert.Parameters.Add(Array("ids", ids, NpgsqlDbType.Text));
            insert.Parameters.Add(Array("sorts", chunk.Select(c => ResultRules.SortKey(c.Record.SortKey)).ToArray(), NpgsqlDbType.Double));
            insert.Parameters.Add(Array("payloads", chunk.Select(c => c.Record.Payload.ToArray()).ToArray(), NpgsqlDbType.Bytea));
            insert.ExecuteNonQuery();
        }

        var keyed = chunk.SelectMany(c => c.Keys.Select(k => (c.Record.Id, Sort: ResultRules.SortKey(c.Record.SortKey), Key: k))).ToArray();
        if (keyed.Length > 0)
        {
            using var keys = new NpgsqlCommand($"INSERT INTO {_t.ResultKeys}(kind, key, sort_key, id) SELECT @kind, k, s, i FROM unnest(@keys, @sorts, @ids) AS u(k, s, i);", connection);
            keys.Parameters.AddWithValue("kind", kind);
            keys.Parameters.Add(Array("keys", keyed.Select(k => k.Key).ToArray(), NpgsqlDbType.Text));
            keys.Parameters.Add(Array("sorts", keyed.Select(k => k.Sort).ToArray(), NpgsqlDbType.Double));
            keys.Parameters.Add(Array("ids", keyed.Select(k => k.Id).ToArray(), NpgsqlDbType.Text));
            keys.ExecuteNonQuery();
        }

        var count = chunk.Count;
        chunk.Clear();
        return count;
    }

    public IReadOnlyList<ResultRecord> Page(NpgsqlConnection connection, string kind, int offset, int limit, ResultOrder order, string? key)
    {
        var direction = order == ResultOrder.Descending ? "DESC" : "ASC";
        var page = key is null
            ? $"SELECT kind, id FROM {_t.Results} WHERE kind = @kind ORDER BY sort_key {direction}, id {direction} LIMIT @limit OFFSET @offset"
            : $"SELECT kind, id FROM {_t.ResultKeys} WHERE kind = @kind AND key = @key ORDER BY sort_key {direction}, id {direction} LIMIT @limit OFFSET @offset";
        using var command = new NpgsqlCommand(
            $"SELECT r.id, r.sort_key, r.payload, {Keys} FROM ({page}) AS p JOIN {_t.Results} AS r ON r.kind = p.kind AND r.id = p.id ORDER BY r.sort_key {direction}, r.id {direction};",
            connection);
        command.Parameters.AddWithValue("kind", kind);
        command.Parameters.AddWithValue("limit", limit);
        command.Parameters.AddWithValue("offset", offset);
        if (key is not null)
        {
            command.Parameters.AddWithValue("key", key);
        }

        return Read(command);
    }

    /// <summary>Every record of a kind in page order, read by keyset (sort key, id) a page at a time.</summary>
    public IEnumerable<ResultRecord> All(NpgsqlDataSource data, string kind)
    {
        (double Sort, string Id)? after = null;
        while (true)
        {
            IReadOnlyList<ResultRecord> page;
            using (var connection = data.OpenConnection())
            {
                var where = after is null ? string.Empty : " AND (r.sort_key, r.id) > (@sort, @id)";
                using var command = new NpgsqlCommand(
                    $"SELECT r.id, r.sort_key, r.payload, {Keys} FROM {_t.Results} AS r WHERE r.kind = @kind{where} ORDER BY r.sort_key, r.id LIMIT {ResultLimits.MaxPage};",
                    connection);
                command.Parameters.AddWithValue("kind", kind);
                if (after is { } a)
                {
                    command.Parameters.AddWithValue("sort", a.Sort);
                    command.Parameters.AddWithValue("id", a.Id);
                }

                page = Read(command);
            }

            foreach (var record in page)
            {
                yield return record;
            }

            if (page.Count < ResultLimits.MaxPage)
            {
                yield break;
            }

            after = (page[^1].SortKey, page[^1].Id);
        }
    }

    public IReadOnlyList<ResultRecord> ByIds(NpgsqlConnection connection, string kind, string[] ids)
    {
        if (ids.Length == 0)
        {
            return [];
        }

        using var command = new NpgsqlCommand($"SELECT r.id, r.sort_key, r.payload, {Keys} FROM {_t.Results} AS r WHERE r.kind = @kind AND r.id = ANY(@ids) ORDER BY r.id;", connection);
        command.Parameters.AddWithValue("kind", kind);
        command.Parameters.Add(Array("ids", ids, NpgsqlDbType.Text));
        return Read(command);
    }

    public long Count(NpgsqlConnection connection, string kind, string? key)
    {
        using var command = new NpgsqlCommand(
            key is null ? $"SELECT count(*) FROM {_t.Results} WHERE kind = @kind;" : $"SELECT count(*) FROM {_t.ResultKeys} WHERE kind = @kind AND key = @key;",
            connection);
        command.Parameters.AddWithValue("kind", kind);
        if (key is not null)
        {
            command.Parameters.AddWithValue("key", key);
        }

        return (long)command.ExecuteScalar()!;
    }

    public long Delete(NpgsqlConnection connection, string kind)
    {
        using var keys = new NpgsqlCommand($"DELETE FROM {_t.ResultKeys} WHERE kind = @kind;", connection);
        keys.Parameters.AddWithValue("kind", kind);
        keys.ExecuteNonQuery();
        using var results = new NpgsqlCommand($"DELETE FROM {_t.Results} WHERE kind = @kind;", connection);
        results.Parameters.AddWithValue("kind", kind);
        return results.ExecuteNonQuery();
    }

    public IReadOnlyList<string> Kinds(NpgsqlConnection connection)
    {
        using var command = new NpgsqlCommand($"SELECT DISTINCT kind FROM {_t.Results} ORDER BY kind;", connection);
        using var reader = command.ExecuteReader();
        var kinds = new List<string>();
        while (reader.Read())
        {
            kinds.Add(reader.GetString(0));
        }

        return kinds;
    }

    /// <summary>The keys of the record in <c>r</c>, read with it (one round trip for records and keys).</summary>
    private string Keys => $"ARRAY(SELECT k.key FROM {_t.ResultKeys} AS k WHERE k.kind = r.kind AND k.id = r.id)";

    /// <summary>Records from rows of (id, sort_key, payload, keys).</summary>
    private static List<ResultRecord> Read(NpgsqlCommand command)
    {
        var records = new List<ResultRecord>();
        using var reader = command.ExecuteReader();
        while (reader.Read())
        {
            var keys = reader.GetFieldValue<string[]>(3);
            System.Array.Sort(keys, StringComparer.Ordinal);
            records.Add(new ResultRecord(reader.GetString(0), reader.GetDouble(1), (byte[])reader.GetValue(2)) { Keys = keys });
        }

        return records;
    }

    private static NpgsqlParameter<T[]> Array<T>(string name, T[] values, NpgsqlDbType type) =>
        new(name, NpgsqlDbType.Array | type) { TypedValue = values };
}
