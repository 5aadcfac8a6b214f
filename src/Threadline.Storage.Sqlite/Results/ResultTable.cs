using System.Globalization;
using System.Text;
using Microsoft.Data.Sqlite;

namespace Threadline.Storage.Sqlite;

/// <summary>
/// Derived results in the <c>results</c> table (kind, id unique; (kind, sort_key, id) for pages) and their lookup
/// keys in <c>result_keys</c> ((kind, key, sort_key, id), so the records of one key come in page order without a
/// sort). Runs on the writer connection under the store's lock.
/// </summary>
internal static class ResultTable
{
    private const string Columns = "r.rid, r.id, r.sort_key, r.encoding, r.payload";

    public static long Write(SqliteConnection connection, string kind, IEnumerable<ResultRecord> records, bool replace)
    {
        ResultRules.CheckKind(kind);
        ArgumentNullException.ThrowIfNull(records);
        using var transaction = connection.BeginTransaction();
        if (replace)
        {
            Delete(connection, transaction, kind);
        }

        using var find = Command(connection, transaction, "SELECT rid FROM results WHERE kind = $kind AND id = $id;", kind);
        using var dropKeys = Command(connection, transaction, "DELETE FROM result_keys WHERE rid = $rid;", kind);
        using var update = Command(connection, transaction, "UPDATE results SET sort_key = $sort, encoding = $encoding, payload = $payload WHERE rid = $rid;", kind);
        using var insert = Command(connection, transaction, "INSERT INTO results(kind, id, sort_key, encoding, payload) VALUES ($kind, $id, $sort, $encoding, $payload) RETURNING rid;", kind);
        using var insertKey = Command(connection, transaction, "INSERT INTO result_keys(kind, key, sort_key, id, rid) VALUES ($kind, $key, $sort, $id, $rid);", kind);
        var seen = new HashSet<string>(StringComparer.Ordinal);
        var written = 0L;
        foreach (var record in records)
        {
            var keys = ResultRules.Check(kind, record);
            if (!seen.Add(record.Id))
            {
                throw new ArgumentException($"{kind} result '{record.Id}' is given twice in one write");
            }

            var sort = ResultRules.SortKey(record.SortKey);
            var (encoding, payload) = ResultPayload.Encode(record.Payload.Span);
            var rid = replace ? null : Set(find, ("$id", record.Id)).ExecuteScalar() as long?;
            if (rid is { } existing)
            {
                Set(dropKeys, ("$rid", existing)).ExecuteNonQuery();
                Set(update, ("$sort", sort), ("$encoding", encoding), ("$payload", payload), ("$rid", existing)).ExecuteNonQuery();
            }
            else
            {
                rid = (long)Set(insert, ("$id", record.Id), ("$sort", sort), ("$encoding", encoding), ("$payload", payload)).ExecuteScalar()!;
            }

            foreach (var key in keys)
            {
                Set(insertKey, ("$key", key), ("$sort", sort), ("$id", record.Id), ("$rid", rid.Value)).ExecuteNonQuery();
            }

            written++;
        }

        transaction.Commit();
        return written;
    }

    public static IReadOnlyList<ResultRecord> Page(SqliteConnection connection, string kind, int offset, int limit, ResultOrder order, string? key)
    {
        var direction = order == ResultOrder.Descending ? "DESC" : "ASC";
        // The page's row ids come from the index alone; only the page's rows are read whole.
        var page = key is null
            ? $"SELECT rid FROM results INDEXED BY results_by_order WHERE kind = $kind ORDER BY sort_key {direction}, id {direction} LIMIT $limit OFFSET $offset"
            : $"SELECT rid FROM result_keys WHERE kind = $kind AND key = $key ORDER BY sort_key {direction}, id {direction} LIMIT $limit OFFSET $offset";
        using var command = Command(connection, null, $"SELECT {Columns} FROM ({page}) AS p JOIN results AS r ON r.rid = p.rid ORDER BY r.sort_key {direction}, r.id {direction};", kind);
        command.Parameters.AddWithValue("$limit", limit);
        command.Parameters.AddWithValue("$offset", offset);
        command.Parameters.AddWithValue("$key", (object?)key ?? DBNull.Value);
        return Read(connection, command);
    }

    public static IReadOnlyList<ResultRecord> ByIds(SqliteConnection connection, string kind, IReadOnlyList<string> ids)
    {
        if (ids.Count == 0)
        {
            return [];
        }

        using var command = Command(connection, null, string.Empty, kind);
        var names = new StringBuilder();
        for (var i = 0; i < ids.Count; i++)
        {
            var name = "$i" + i.ToString(CultureInfo.InvariantCulture);
            names.Append(i == 0 ? name : ", " + name);
            command.Parameters.AddWithValue(name, ids[i]);
        }

        command.CommandText = $"SELECT {Columns} FROM results AS r WHERE r.kind = $kind AND r.id IN ({names}) ORDER BY r.id;";
        var records = Read(connection, command);
        return records.OrderBy(r => r.Id, StringComparer.Ordinal).ToList();
    }

    public static long Count(SqliteConnection connection, string kind, string? key)
    {
        using var command = Command(
            connection,
            null,
            key is null ? "SELECT count(*) FROM results WHERE kind = $kind;" : "SELECT count(*) FROM result_keys WHERE kind = $kind AND key = $key;",
            kind);
        command.Parameters.AddWithValue("$key", (object?)key ?? DBNull.Value);
        return (long)command.ExecuteScalar()!;
    }

    public static IReadOnlyList<string> Kinds(SqliteConnection connection)
    {
        using var command = connection.CreateCommand();
        command.CommandText = "SELECT DISTINCT kind FROM results ORDER BY kind;";
        using var reader = command.ExecuteReader();
        var kinds = new List<string>();
        while (reader.Read())
        {
            kinds.Add(reader.GetString(0));
        }

        return kinds;
    }

    public static long Delete(SqliteConnection connection, SqliteTransaction transaction, string kind)
    {
        using var keys = Command(connection, transaction, "DELETE FROM result_keys WHERE kind = $kind;", kind);
        keys.ExecuteNonQuery();
        using var results = Command(connection, transaction, "DELETE FROM results WHERE kind = $kind;", kind);
        return results.ExecuteNonQuery();
    }

    /// <summary>Records from rows of <see cref="Columns"/>, with their keys.</summary>
    private static List<ResultRecord> Read(SqliteConnection connection, SqliteCommand command)
    {
        var rows = new List<(long Rid, string Id, double Sort, ReadOnlyMemory<byte> Payload)>();
        using (var reader = command.ExecuteReader())
        {
            while (reader.Read())
            {
                rows.Add((reader.GetInt64(0), reader.GetString(1), reader.GetDouble(2), ResultPayload.Decode(reader.GetInt32(3), (byte[])reader.GetValue(4))));
            }
        }

        var keys = Keys(connection, rows.Select(r => r.Rid).ToList());
        return rows.Select(r => new ResultRecord(r.Id, r.Sort, r.Payload) { Keys = keys.TryGetValue(r.Rid, out var k) ? k : [] }).ToList();
    }

    private static Dictionary<long, List<string>> Keys(SqliteConnection connection, List<long> rids)
    {
        var keys = new Dictionary<long, List<string>>();
        if (rids.Count == 0)
        {
            return keys;
        }

        using var command = connection.CreateCommand();
        command.CommandText = $"SELECT rid, key FROM result_keys INDEXED BY result_keys_by_record WHERE rid IN ({string.Join(", ", rids.Select(r => r.ToString(CultureInfo.InvariantCulture)))});";
        using var reader = command.ExecuteReader();
        while (reader.Read())
        {
            var rid = reader.GetInt64(0);
            if (!keys.TryGetValue(rid, out var list))
            {
                list = [];
                keys[rid] = list;
            }

            list.Add(reader.GetString(1));
        }

        foreach (var list in keys.Values)
        {
            list.Sort(StringComparer.Ordinal);
        }

        return keys;
    }

    private static SqliteCommand Command(SqliteConnection connection, SqliteTransaction? transaction, string sql, string kind)
    {
        var command = connection.CreateCommand();
        command.Transaction = transaction;
        command.CommandText = sql;
        command.Parameters.AddWithValue("$kind", kind);
        return command;
    }

    private static SqliteCommand Set(SqliteCommand command, params ReadOnlySpan<(string Name, object Value)> values)
    {
        foreach (var (name, value) in values)
        {
            if (command.Parameters.Contains(name))
            {
                command.Parameters[name].Value = value;
            }
            else
            {
                command.Parameters.AddWithValue(name, value);
            }
        }

        return command;
    }
}
