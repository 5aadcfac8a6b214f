using Microsoft.Data.Sqlite;

namespace Threadline.Storage.Sqlite;

/// <summary>Removes a producer's statements (with their full-text entries and emptied entities) in one transaction.</summary>
internal static class StatementDeleter
{
    public static long Delete(SqliteConnection connection, NameTable names, string producer, string? schema)
    {
        if (!names.TryGetId(NameKind.Producer, producer, out var producerId))
        {
            return 0;
        }

        long schemaId = 0;
        if (schema is not null && !names.TryGetId(NameKind.Schema, schema, out schemaId))
        {
            return 0;
        }

        var propertyIds = new List<long>();
        using (var command = connection.CreateCommand())
        {
            command.CommandText = "SELECT id FROM names WHERE kind = $k ORDER BY id;";
            command.Parameters.AddWithValue("$k", (int)NameKind.Property);
            using var reader = command.ExecuteReader();
            while (reader.Read())
            {
                propertyIds.Add(reader.GetInt64(0));
            }
        }

        using var transaction = connection.BeginTransaction();
        Connections.Execute(connection, "CREATE TEMP TABLE IF NOT EXISTS doomed(sid INTEGER PRIMARY KEY, eid INTEGER NOT NULL); DELETE FROM temp.doomed;", transaction);
        using (var collect = connection.CreateCommand())
        {
            // (prop_id, producer_id, eid) serves a producer-only filter by walking each property's segment.
            collect.Transaction = transaction;
            collect.CommandText = schema is null
                ? "INSERT INTO temp.doomed(sid, eid) SELECT s.sid, s.eid FROM statements AS s INDEXED BY statements_by_property WHERE s.prop_id = $prop AND s.producer_id = $producer;"
                : "INSERT INTO temp.doomed(sid, eid) SELECT s.sid, s.eid FROM statements AS s INDEXED BY statements_by_property JOIN entities AS e ON e.eid = s.eid WHERE s.prop_id = $prop AND s.producer_id = $producer AND e.schema_id = $schema;";
            var prop = collect.Parameters.Add("$prop", SqliteType.Integer);
            collect.Parameters.AddWithValue("$producer", producerId);
            collect.Parameters.AddWithValue("$schema", schemaId);
            foreach (var propertyId in propertyIds)
            {
                prop.Value = propertyId;
                collect.ExecuteNonQuery();
            }
        }

        Connections.Execute(
            connection,
            """
            INSERT INTO fulltext(fulltext, rowid, value)
                SELECT 'delete', s.sid, s.value FROM temp.doomed AS d JOIN statements AS s ON s.sid = d.sid WHERE s.indexed = 1;
            """,
            transaction);
        long deleted;
        using (var delete = connection.CreateCommand())
        {
            delete.Transaction = transaction;
            delete.CommandText = "DELETE FROM statements WHERE sid IN (SELECT sid FROM temp.doomed);";
            deleted = delete.ExecuteNonQuery();
        }

        Connections.Execute(
            connection,
            FormattableString.Invariant($"""
                DELETE FROM entities WHERE eid IN (SELECT DISTINCT eid FROM temp.doomed)
                    AND NOT EXISTS (SELECT 1 FROM statements AS s WHERE s.eid = entities.eid);
                UPDATE counters SET value = value - {deleted} WHERE name = 'statements';
                DELETE FROM temp.doomed;
                """),
            transaction);
        transaction.Commit();
        return deleted;
    }
}
