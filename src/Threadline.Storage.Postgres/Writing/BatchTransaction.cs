using Npgsql;
using NpgsqlTypes;
using Threadline.Core.Statements;

namespace Threadline.Storage.Postgres;

/// <summary>
/// One batch in one transaction, all of it or nothing:
/// <list type="number">
/// <item>entity rows inserted or locked, in id order (<c>ON CONFLICT … DO UPDATE … WHERE false</c> locks a row it leaves as
/// it is), so concurrent writers of one entity queue instead of deadlocking, and the rows read next cannot change;</item>
/// <item>the stored windows of the batch's known statements read, and every sighting merged in memory by the shared
/// <see cref="SeenWindow"/> rule, counting inserts, widenings and repeats exactly as every engine counts them;</item>
/// <item>new rows sent by binary <c>COPY</c> into a temporary staging table and inserted from it with
/// <c>ON CONFLICT (eid, hash) DO UPDATE</c> (the same merge in SQL, should a row have appeared after all), widened
/// windows updated in one statement;</item>
/// <item>last, the change sequence: the counter row is locked and advanced, and each changed entity's sequence set, so
/// numbers are handed out in commit order and a reader that saw sequence N has seen every change up to N.</item>
/// </list>
/// Only that last step is serialised between writers, and only for the few milliseconds before commit.
/// </summary>
internal sealed class BatchTransaction
{
    private readonly NpgsqlConnection _connection;
    private readonly Tables _t;
    private readonly NameTable _names;
    private readonly StatementValidator _validator;
    private readonly BatchPlan _plan;
    private readonly Dictionary<(long Eid, UInt128 Hash), PendingRow> _rows = [];
    private WriteSummary _summary;

    public BatchTransaction(NpgsqlConnection connection, Tables tables, NameTable names, StatementValidator validator, BatchPlan plan)
    {
        _connection = connection;
        _t = tables;
        _names = names;
        _validator = validator;
        _plan = plan;
    }

    public WriteSummary Run()
    {
        using var transaction = _connection.BeginTransaction();
        LockEntities();
        var stored = StoredWindows();
        Merge(stored);
        InsertNew();
        UpdateWidened();
        AdvanceSequence();
        transaction.Commit();
        return _summary;
    }

    private void LockEntities()
    {
        var entities = _plan.Entities.OrderBy(e => e.Id, StringComparer.Ordinal).ToArray();
        var byId = _plan.Entities.ToDictionary(e => e.Id, StringComparer.Ordinal);
        using (var upsert = Command($"""
            INSERT INTO {_t.Entities} AS e (id, schema_id)
            SELECT i, s FROM unnest(@ids, @schemas) WITH ORDINALITY AS u(i, s, n) ORDER BY n
            ON CONFLICT (id) DO UPDATE SET schema_id = e.schema_id WHERE false
            RETURNING e.eid, e.id;
            """))
        {
            upsert.Parameters.Add(Array("ids", entities.Select(e => e.Id).ToArray(), NpgsqlDbType.Text));
            upsert.Parameters.Add(Array("schemas", entities.Select(e => _names.Id(NameKind.Schema, e.Schema)).ToArray(), NpgsqlDbType.Integer));
            using var reader = upsert.ExecuteReader();
            while (reader.Read())
            {
                byId[reader.GetString(1)].Eid = reader.GetInt64(0);
            }
        }

        var existing = entities.Where(e => e.Eid == 0).ToArray();
        if (existing.Length == 0)
        {
            return;
        }

        var changed = new List<(long Eid, int Schema)>();
        using (var select = Command($"SELECT eid, id, schema_id FROM {_t.Entities} WHERE id = ANY(@ids);"))
        {
            select.Parameters.Add(Array("ids", existing.Select(e => e.Id).ToArray(), NpgsqlDbType.Text));
            using var reader = select.ExecuteReader();
            while (reader.Read())
            {
                var entity = byId[reader.GetString(1)];
                entity.Eid = reader.GetInt64(0);
                entity.Exists = true;
                var storedSchema = reader.GetInt32(2);
                if (!_names.Knows(storedSchema) || _names.Id(NameKind.Schema, entity.Schema) != storedSchema)
                {
                    changed.Add((entity.Eid, storedSchema));
                }
            }
        }

        if (changed.Count == 0)
        {
            return;
        }

        // The more specific of the stored and the batch's schema; unrelated ones fail the whole batch.
        var byEid = existing.ToDictionary(e => e.Eid);
        var updates = new List<(long Eid, int Schema)>();
        foreach (var (eid, storedSchema) in changed)
        {
            var entity = byEid[eid];
            var merged = _validator.MergeSchema(entity.Id, _names.Name(_connection, storedSchema), entity.Schema);
            entity.Schema = merged;
            var mergedId = _names.Id(NameKind.Schema, merged);
            if (mergedId != storedSchema)
            {
                entity.SchemaChanged = true;
                updates.Add((eid, mergedId));
            }
        }

        if (updates.Count > 0)
        {
            using var update = Command($"UPDATE {_t.Entities} AS e SET schema_id = u.s FROM unnest(@eids, @schemas) AS u(e, s) WHERE e.eid = u.e;");
            update.Parameters.Add(Array("eids", updates.Select(u => u.Eid).ToArray(), NpgsqlDbType.Bigint));
            update.Parameters.Add(Array("schemas", updates.Select(u => u.Schema).ToArray(), NpgsqlDbType.Integer));
            update.ExecuteNonQuery();
        }
    }

    /// <summary>The stored windows of the batch's statements of entities that existed (locked, so they stay as read).</summary>
    private Dictionary<(long, UInt128), SeenWindow> StoredWindows()
    {
        var stored = new Dictionary<(long, UInt128), SeenWindow>();
        var keys = _plan.Entities.Where(e => e.Exists)
            .SelectMany(e => e.Members.Select(i => (e.Eid, _plan.Hashes[i])))
            .Distinct()
            .ToArray();
        if (keys.Length == 0)
        {
            return stored;
        }

        using var select = Command($"""
            SELECT s.eid, s.hash, s.first_seen, s.last_seen, s.locator
            FROM {_t.Statements} AS s JOIN unnest(@eids, @hashes) AS u(e, h) ON s.eid = u.e AND s.hash = u.h;
            """);
        select.Parameters.Add(Array("eids", keys.Select(k => k.Eid).ToArray(), NpgsqlDbType.Bigint));
        select.Parameters.Add(Array("hashes", keys.Select(k => Uuid.Of(k.Item2)).ToArray(), NpgsqlDbType.Uuid));
        using var reader = select.ExecuteReader();
        while (reader.Read())
        {
            stored[(reader.GetInt64(0), Uuid.To(reader.GetGuid(1)))] = new SeenWindow(
                reader.IsDBNull(2) ? null : reader.GetInt64(2),
                reader.IsDBNull(3) ? null : reader.GetInt64(3),
                reader.IsDBNull(4) ? null : reader.GetString(4));
        }

        return stored;
    }

    /// <summary>Every sighting merged in batch order, as every engine merges: the first sighting of a new statement inserts it.</summary>
    private void Merge(Dictionary<(long, UInt128), SeenWindow> stored)
    {
        foreach (var entity in _plan.Entities)
        {
            foreach (var i in entity.Members)
            {
                var key = (entity.Eid, _plan.Hashes[i]);
                var seen = SeenWindow.Of(_plan.Statements[i]);
                if (!_rows.TryGetValue(key, out var row))
                {
                    if (!stored.TryGetValue(key, out var window))
                    {
                        _rows[key] = new PendingRow { Index = i, Seen = seen };
                        entity.Changes++;
                        _summary += new WriteSummary(1, 0, 0);
                        continue;
                    }

                    row = new PendingRow { Seen = window };
                    _rows[key] = row;
                }

                var widened = row.Seen.Widen(seen);
                if (widened == row.Seen)
                {
                    _summary += new WriteSummary(0, 0, 1);
                    continue;
                }

                row.Seen = widened;
                row.Dirty = !row.IsNew;
                entity.Changes++;
                _summary += new WriteSummary(0, 1, 0);
            }
        }
    }

    private void InsertNew()
    {
        var fresh = _rows.Where(r => r.Value.IsNew).ToArray();
        if (fresh.Length == 0)
        {
            return;
        }

        Execute("""
            CREATE TEMP TABLE IF NOT EXISTS threadline_stage(
                eid bigint, hash uuid, prop_id integer, producer_id integer, source_id integer, version_id integer,
                first_seen bigint, last_seen bigint, locator text, detail text, value text, words text) ON COMMIT DELETE ROWS;
            """);
        using (var copy = _connection.BeginBinaryImport(
            "COPY pg_temp.threadline_stage (eid, hash, prop_id, producer_id, source_id, version_id, first_seen, last_seen, locator, detail, value, words) FROM STDIN (FORMAT BINARY)"))
        {
            foreach (var ((eid, hash), row) in fresh)
            {
                var s = _plan.Statements[row.Index];
                copy.StartRow();
                copy.Write(eid, NpgsqlDbType.Bigint);
                copy.Write(Uuid.Of(hash), NpgsqlDbType.Uuid);
                copy.Write(_names.Id(NameKind.Property, s.Property), NpgsqlDbType.Integer);
                copy.Write(_names.Id(NameKind.Producer, s.Producer), NpgsqlDbType.Integer);
                copy.Write(_names.Id(NameKind.Source, s.Source), NpgsqlDbType.Integer);
                WriteNullable(copy, s.ProducerVersion is null ? null : _names.Id(NameKind.Version, s.ProducerVersion));
                WriteNullable(copy, row.Seen.First);
                WriteNullable(copy, row.Seen.Last);
                WriteNullable(copy, row.Seen.Locator);
                WriteNullable(copy, s.Detail);
                copy.Write(s.Value, NpgsqlDbType.Text);
                WriteNullable(copy, _plan.Words[row.Index]);
            }

            copy.Complete();
        }

        Execute($"""
            INSERT INTO {_t.Statements} AS s (eid, hash, prop_id, producer_id, source_id, version_id, first_seen, last_seen, locator, detail, value, words)
            SELECT eid, hash, prop_id, producer_id, source_id, version_id, first_seen, last_seen, locator, detail, value, words::tsvector
            FROM pg_temp.threadline_stage
            ON CONFLICT (eid, hash) DO UPDATE SET
                first_seen = least(s.first_seen, excluded.first_seen),
                last_seen = greatest(s.last_seen, excluded.last_seen),
                locator = CASE WHEN excluded.locator IS NOT NULL
                        AND ((excluded.first_seen IS NOT NULL AND (s.first_seen IS NULL OR excluded.first_seen < s.first_seen)) OR s.locator IS NULL)
                    THEN excluded.locator ELSE s.locator END;
            """);
    }

    private void UpdateWidened()
    {
        var dirty = _rows.Where(r => r.Value.Dirty).ToArray();
        if (dirty.Length == 0)
        {
            return;
        }

        using var update = Command($"""
            UPDATE {_t.Statements} AS s SET first_seen = u.f, last_seen = u.l, locator = u.loc
            FROM unnest(@eids, @hashes, @firsts, @lasts, @locators) AS u(e, h, f, l, loc)
            WHERE s.eid = u.e AND s.hash = u.h;
            """);
        update.Parameters.Add(Array("eids", dirty.Select(r => r.Key.Eid).ToArray(), NpgsqlDbType.Bigint));
        update.Parameters.Add(Array("hashes", dirty.Select(r => Uuid.Of(r.Key.Hash)).ToArray(), NpgsqlDbType.Uuid));
        update.Parameters.Add(Array("firsts", dirty.Select(r => r.Value.Seen.First).ToArray(), NpgsqlDbType.Bigint));
        update.Parameters.Add(Array("lasts", dirty.Select(r => r.Value.Seen.Last).ToArray(), NpgsqlDbType.Bigint));
        update.Parameters.Add(Array("locators", dirty.Select(r => r.Value.Seen.Locator).ToArray(), NpgsqlDbType.Text));
        update.ExecuteNonQuery();
    }

    /// <summary>Numbers the batch's changes under the counter row's lock, held until commit (see the class remarks).</summary>
    private void AdvanceSequence()
    {
        var changes = _plan.Entities.Sum(e => e.Changes);
        var moved = _plan.Entities.Where(e => e.SchemaChanged && e.Changes == 0).ToArray();
        if (changes == 0 && moved.Length == 0)
        {
            return;
        }

        if (changes > 0)
        {
            long last;
            using (var advance = Command($"UPDATE {_t.Counters} SET value = value + @n WHERE name = 'sequence' RETURNING value;"))
            {
                advance.Parameters.AddWithValue("n", changes);
                last = (long)advance.ExecuteScalar()!;
            }

            var sequence = last - changes;
            var changed = _plan.Entities.Where(e => e.Changes > 0).ToArray();
            var sequences = changed.Select(e => sequence += e.Changes).ToArray();
            using var record = Command($"""
                INSERT INTO {_t.Changes} AS c (eid, schema_id, seq) SELECT * FROM unnest(@eids, @schemas, @seqs)
                ON CONFLICT (eid) DO UPDATE SET schema_id = excluded.schema_id, seq = excluded.seq;
                """);
            record.Parameters.Add(Array("eids", changed.Select(e => e.Eid).ToArray(), NpgsqlDbType.Bigint));
            record.Parameters.Add(Array("schemas", changed.Select(e => _names.Id(NameKind.Schema, e.Schema)).ToArray(), NpgsqlDbType.Integer));
            record.Parameters.Add(Array("seqs", sequences, NpgsqlDbType.Bigint));
            record.ExecuteNonQuery();
        }

        if (moved.Length > 0)
        {
            using var move = Command($"UPDATE {_t.Changes} AS c SET schema_id = u.s FROM unnest(@eids, @schemas) AS u(e, s) WHERE c.eid = u.e;");
            move.Parameters.Add(Array("eids", moved.Select(e => e.Eid).ToArray(), NpgsqlDbType.Bigint));
            move.Parameters.Add(Array("schemas", moved.Select(e => _names.Id(NameKind.Schema, e.Schema)).ToArray(), NpgsqlDbType.Integer));
            move.ExecuteNonQuery();
        }

        if (_summary.Inserted > 0)
        {
            using var count = Command($"UPDATE {_t.Counters} SET value = value + @n WHERE name = 'statements';");
            count.Parameters.AddWithValue("n", _summary.Inserted);
            count.ExecuteNonQuery();
        }
    }

    private NpgsqlCommand Command(string sql) => new(sql, _connection);

    private void Execute(string sql)
    {
        using var command = Command(sql);
        command.ExecuteNonQuery();
    }

    private static NpgsqlParameter<T[]> Array<T>(string name, T[] values, NpgsqlDbType type) =>
        new(name, NpgsqlDbType.Array | type) { TypedValue = values };

    private static void WriteNullable(NpgsqlBinaryImporter copy, long? value)
    {
        if (value is { } v)
        {
            copy.Write(v, NpgsqlDbType.Bigint);
        }
        else
        {
            copy.WriteNull();
        }
    }

    private static void WriteNullable(NpgsqlBinaryImporter copy, int? value)
    {
        if (value is { } v)
        {
            copy.Write(v, NpgsqlDbType.Integer);
        }
        else
        {
            copy.WriteNull();
        }
    }

    private static void WriteNullable(NpgsqlBinaryImporter copy, string? value)
    {
        if (value is null)
        {
            copy.WriteNull();
        }
        else
        {
            copy.Write(value, NpgsqlDbType.Text);
        }
    }
}
