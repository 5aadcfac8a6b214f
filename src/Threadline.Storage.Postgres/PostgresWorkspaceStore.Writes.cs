using Npgsql;
using NpgsqlTypes;
using Threadline.Core.Statements;

namespace Threadline.Storage.Postgres;

/// <summary>Writes: statements (one transaction per batch, <see cref="BatchTransaction"/>) and deletion by producer.</summary>
public sealed partial class PostgresWorkspaceStore
{
    /// <inheritdoc />
    /// <exception cref="ArgumentException">A statement names an unknown schema or property, or lacks a required field.</exception>
    /// <exception cref="InvalidOperationException">An entity would get two unrelated schemata; nothing was written.</exception>
    public WriteSummary Write(IReadOnlyCollection<Statement> statements)
    {
        EnsureWritable();
        return _writer.Write(statements);
    }

    /// <inheritdoc />
    public PreparedStatements Prepare(IReadOnlyCollection<Statement> statements)
    {
        ObjectDisposedException.ThrowIf(_disposed, this);
        return _writer.Prepare(statements);
    }

    /// <inheritdoc />
    public WriteSummary WritePrepared(IReadOnlyList<PreparedStatements> batches)
    {
        EnsureWritable();
        return _writer.WritePrepared(batches);
    }

    /// <inheritdoc />
    /// <remarks>
    /// One transaction: the producer's statements go (walked per property through the <c>(prop_id, producer_id, eid)</c>
    /// index), then the entities left without a statement, then the statement count (the counter row last, as writers
    /// take it). Retried when the server aborts it as a deadlock with a concurrent writer.
    /// </remarks>
    public long DeleteByProducer(string producer, string? schema = null)
    {
        ArgumentNullException.ThrowIfNull(producer);
        EnsureWritable();
        if (NameId(NameKind.Producer, producer) is not { } producerId)
        {
            return 0;
        }

        int? schemaId = null;
        if (schema is not null)
        {
            if (NameId(NameKind.Schema, schema) is not { } id)
            {
                return 0;
            }

            schemaId = id;
        }

        for (var attempt = 1; ; attempt++)
        {
            try
            {
                return Delete(producerId, schemaId);
            }
            catch (PostgresException ex) when (ex.SqlState == PostgresErrorCodes.DeadlockDetected && attempt < 5)
            {
                Thread.Sleep(Random.Shared.Next(5, 50 * attempt));
            }
        }
    }

    private long Delete(int producerId, int? schemaId)
    {
        using var connection = Connect();
        int[] properties;
        using (var names = Command(connection, $"SELECT id FROM {_t.Names} WHERE kind = @k ORDER BY id;"))
        {
            names.Parameters.AddWithValue("k", (short)NameKind.Property);
            using var reader = names.ExecuteReader();
            var list = new List<int>();
            while (reader.Read())
            {
                list.Add(reader.GetInt32(0));
            }

            properties = [.. list];
        }

        using var transaction = connection.BeginTransaction();
        Execute(connection, "CREATE TEMP TABLE IF NOT EXISTS threadline_doomed(eid bigint) ON COMMIT DELETE ROWS;");
        var bySchema = schemaId is null ? string.Empty : $" AND s.eid IN (SELECT eid FROM {_t.Entities} WHERE schema_id = @schema)";
        long deleted;
        using (var delete = Command(connection, $"""
            WITH gone AS (DELETE FROM {_t.Statements} AS s WHERE s.prop_id = ANY(@props) AND s.producer_id = @producer{bySchema} RETURNING s.eid),
                 kept AS (INSERT INTO pg_temp.threadline_doomed(eid) SELECT DISTINCT eid FROM gone)
            SELECT count(*) FROM gone;
            """))
        {
            delete.Parameters.Add(new NpgsqlParameter<int[]>("props", NpgsqlDbType.Array | NpgsqlDbType.Integer) { TypedValue = properties });
            delete.Parameters.AddWithValue("producer", producerId);
            if (schemaId is { } s)
            {
                delete.Parameters.AddWithValue("schema", s);
            }

            deleted = (long)delete.ExecuteScalar()!;
        }

        if (deleted > 0)
        {
            Execute(connection, $"""
                DELETE FROM {_t.Entities} AS e USING pg_temp.threadline_doomed AS d
                    WHERE e.eid = d.eid AND NOT EXISTS (SELECT 1 FROM {_t.Statements} AS s WHERE s.eid = e.eid);
                DELETE FROM {_t.Changes} AS c USING pg_temp.threadline_doomed AS d
                    WHERE c.eid = d.eid AND NOT EXISTS (SELECT 1 FROM {_t.Entities} AS e WHERE e.eid = c.eid);
                """);
            using var count = Command(connection, $"UPDATE {_t.Counters} SET value = value - @n WHERE name = 'statements';");
            count.Parameters.AddWithValue("n", deleted);
            count.ExecuteNonQuery();
        }

        transaction.Commit();
        return deleted;
    }

    private void Execute(NpgsqlConnection connection, string sql)
    {
        using var command = Command(connection, sql);
        command.ExecuteNonQuery();
    }
}
