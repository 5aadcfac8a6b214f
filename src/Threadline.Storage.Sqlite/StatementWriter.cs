using Microsoft.Data.Sqlite;
using Threadline.Core.Model;
using Threadline.Core.Statements;

namespace Threadline.Storage.Sqlite;

/// <summary>
/// Upserts batches of statements on the writer connection: one IMMEDIATE transaction per batch,
/// prepared commands reused across batches, statements grouped by entity so each entity is looked
/// up once and a new entity's statements need no lookup at all. Not thread-safe (the store locks), except
/// <see cref="Prepare"/>, which any thread may call.
/// </summary>
internal sealed class StatementWriter : IDisposable
{
    private readonly SqliteConnection _connection;
    private readonly NameTable _names;
    private readonly StatementPreparer _preparer;
    private readonly byte[] _hashBlob = new byte[16];
    private readonly RawStatement _findEntity;
    private readonly RawStatement _insertEntity;
    private readonly RawStatement _updateEntity;
    private readonly RawStatement _updateSequence;
    private readonly StoredRows _stored;
    private readonly RawStatement _insertRow;
    private readonly RawStatement _updateRow;
    private readonly RawStatement _insertText;
    private NameCache _property;
    private NameCache _producer;
    private NameCache _source;
    private NameCache _version;

    public StatementWriter(SqliteConnection connection, NameTable names, SchemaModel model)
    {
        _connection = connection;
        _names = names;
        _preparer = new StatementPreparer(model);
        _findEntity = new RawStatement(connection, "SELECT eid, schema_id, seq FROM entities WHERE id = ?1;");
        _insertEntity = new RawStatement(connection, "INSERT INTO entities(eid, id, schema_id, seq) VALUES (?1, ?2, ?3, ?4);");
        _updateEntity = new RawStatement(connection, "UPDATE entities SET schema_id = ?1, seq = ?2 WHERE eid = ?3;");

        // Most updates only move the change sequence; naming schema_id too would make SQLite rewrite the
        // entry of every index that holds it (entities_by_schema) although it did not change.
        _updateSequence = new RawStatement(connection, "UPDATE entities SET seq = ?1 WHERE eid = ?2;");
        _stored = new StoredRows(connection);
        _insertRow = new RawStatement(
            connection,
            """
            INSERT INTO statements(sid, eid, hash, prop_id, producer_id, source_id, version_id, first_seen, last_seen, indexed, locator, detail, value)
            VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8, ?9, ?10, ?11, ?12, ?13);
            """);
        _updateRow = new RawStatement(connection, "UPDATE statements SET first_seen = ?1, last_seen = ?2, locator = ?3 WHERE sid = ?4;");
        _insertText = new RawStatement(connection, "INSERT INTO fulltext(rowid, value) VALUES (?1, ?2);");
    }

    /// <summary>
    /// Checks statements against the model and computes their ids; touches no storage, so any thread may call it
    /// while another writes. <paramref name="parallel"/> spreads the hashing of a large batch over the cores.
    /// </summary>
    public PreparedStatements Prepare(IReadOnlyCollection<Statement> statements, bool parallel = false) => _preparer.Prepare(statements, parallel);

    public WriteSummary Write(IReadOnlyCollection<Statement> statements)
    {
        ArgumentNullException.ThrowIfNull(statements);
        return statements.Count == 0 ? default : WritePrepared([Prepare(statements, parallel: true)]);
    }

    public WriteSummary WritePrepared(IReadOnlyList<PreparedStatements> prepared)
    {
        ArgumentNullException.ThrowIfNull(prepared);
        var total = 0;
        foreach (var p in prepared)
        {
            total += p.Count;
        }

        if (total == 0)
        {
            return default;
        }

        var batch = new Statement[total];
        var hashes = new UInt128[total];
        var fullText = new bool[total];
        var at = 0;
        foreach (var part in prepared)
        {
            var p = _preparer.Prepared(part) ? part : Prepare(part.Statements);
            p.Array.CopyTo(batch, at);
            p.Hashes!.CopyTo(hashes, at);
            p.FullText!.CopyTo(fullText, at);
            at += p.Count;
        }

        var groups = new Dictionary<string, List<int>>(StringComparer.Ordinal);
        var order = new List<string>();
        for (var i = 0; i < batch.Length; i++)
        {
            if (!groups.TryGetValue(batch[i].EntityId, out var members))
            {
                members = [];
                groups[batch[i].EntityId] = members;
                order.Add(batch[i].EntityId);
            }

            members.Add(i);
        }

        using var transaction = _connection.BeginTransaction();
        try
        {
            var state = new WriteState(
                Counter(transaction, "sequence"),
                Connections.Scalar(_connection, "SELECT coalesce(max(sid), 0) + 1 FROM statements;", transaction),
                Connections.Scalar(_connection, "SELECT coalesce(max(eid), 0) + 1 FROM entities;", transaction));
            foreach (var entityId in order)
            {
                WriteEntity(transaction, entityId, groups[entityId], batch, hashes, fullText, state);
            }

            SetCounter(transaction, "sequence", state.Sequence);
            Connections.Execute(
                _connection,
                FormattableString.Invariant($"UPDATE counters SET value = value + {state.Summary.Inserted} WHERE name = 'statements';"),
                transaction);
            transaction.Commit();
            return state.Summary;
        }
        catch
        {
            try
            {
                transaction.Rollback();
            }
            catch (Exception rollback) when (rollback is SqliteException or InvalidOperationException)
            {
                // A failed COMMIT may have ended the transaction already; the first error is the one to report.
            }

            _names.Load(_connection);
            (_property, _producer, _source, _version) = (default, default, default, default);
            throw;
        }
    }

    private void WriteEntity(SqliteTransaction transaction, string entityId, List<int> members, Statement[] batch, UInt128[] hashes, bool[] fullText, WriteState state)
    {
        var schema = batch[members[0]].Schema;
        foreach (var i in members)
        {
            schema = _preparer.Validator.MergeSchema(entityId, schema, batch[i].Schema);
        }

        long eid;
        long storedSchemaId = 0;
        long storedSeq = 0;
        var rows = new Dictionary<UInt128, PendingRow>();
        _findEntity.Bind(1, entityId);
        try
        {
            eid = _findEntity.Step() ? _findEntity.Int64(0) : 0;
            if (eid != 0)
            {
                storedSchemaId = _findEntity.Int64(1);
                storedSeq = _findEntity.Int64(2);
            }
        }
        finally
        {
            _findEntity.Reset();
        }

        var exists = eid != 0;
        if (exists)
        {
            schema = _preparer.Validator.MergeSchema(entityId, _names.Name(_connection, storedSchemaId, transaction), schema);
            _stored.Load(eid, members, hashes, rows);
        }
        else
        {
            eid = state.NextEid++;
        }

        var changes = 0L;
        foreach (var i in members)
        {
            var s = batch[i];
            var hash = hashes[i];
            var seen = SeenWindow.Of(s);
            if (rows.TryGetValue(hash, out var row))
            {
                if (row.Merge(seen))
                {
                    row.Dirty = row.Sid != 0;
                    changes++;
                    state.Summary += new WriteSummary(0, 1, 0);
                }
                else
                {
                    state.Summary += new WriteSummary(0, 0, 1);
                }

                continue;
            }

            row = new PendingRow { Statement = s, FullText = fullText[i], Seen = seen };
            rows[hash] = row;
            changes++;
            state.Summary += new WriteSummary(1, 0, 0);
        }

        foreach (var (hash, row) in rows)
        {
            if (row.Statement is not null)
            {
                Insert(transaction, eid, hash, row, state.NextSid++);
            }
            else if (row.Dirty)
            {
                Update(row);
            }
        }

        state.Sequence += changes;
        var schemaId = _names.GetOrAdd(_connection, transaction, NameKind.Schema, schema);
        if (!exists)
        {
            _insertEntity.Bind(1, eid);
            _insertEntity.Bind(2, entityId);
            _insertEntity.Bind(3, schemaId);
            _insertEntity.Bind(4, state.Sequence);
            _insertEntity.Run();
        }
        else if (changes > 0 || schemaId != storedSchemaId)
        {
            if (schemaId == storedSchemaId)
            {
                _updateSequence.Bind(1, state.Sequence);
                _updateSequence.Bind(2, eid);
                _updateSequence.Run();
            }
            else
            {
                _updateEntity.Bind(1, schemaId);
                _updateEntity.Bind(2, changes > 0 ? state.Sequence : storedSeq);
                _updateEntity.Bind(3, eid);
                _updateEntity.Run();
            }
        }
    }

    private void Insert(SqliteTransaction transaction, long eid, UInt128 hash, PendingRow row, long sid)
    {
        var s = row.Statement!;
        StatementHash.Write(hash, _hashBlob);
        var insert = _insertRow;
        insert.Bind(1, sid);
        insert.Bind(2, eid);
        insert.Bind(3, _hashBlob);
        insert.Bind(4, Id(ref _property, transaction, NameKind.Property, s.Property));
        insert.Bind(5, Id(ref _producer, transaction, NameKind.Producer, s.Producer));
        insert.Bind(6, Id(ref _source, transaction, NameKind.Source, s.Source));
        insert.Bind(7, s.ProducerVersion is null ? null : Id(ref _version, transaction, NameKind.Version, s.ProducerVersion));
        insert.Bind(8, row.Seen.First);
        insert.Bind(9, row.Seen.Last);
        insert.Bind(10, row.FullText ? 1 : 0);
        insert.Bind(11, row.Seen.Locator);
        insert.Bind(12, s.Detail);
        insert.Bind(13, s.Value);
        insert.Run();
        if (row.FullText)
        {
            _insertText.Bind(1, sid);
            _insertText.Bind(2, s.Value);
            _insertText.Run();
        }
    }

    /// <summary>Name id with a one-entry cache: consecutive statements mostly share source, producer and version.</summary>
    private long Id(ref NameCache cache, SqliteTransaction transaction, NameKind kind, string name)
    {
        if (cache.Name is { } last && (ReferenceEquals(last, name) || string.Equals(last, name, StringComparison.Ordinal)))
        {
            return cache.Id;
        }

        var id = _names.GetOrAdd(_connection, transaction, kind, name);
        cache = new NameCache(name, id);
        return id;
    }

    private void Update(PendingRow row)
    {
        _updateRow.Bind(1, row.Seen.First);
        _updateRow.Bind(2, row.Seen.Last);
        _updateRow.Bind(3, row.Seen.Locator);
        _updateRow.Bind(4, row.Sid);
        _updateRow.Run();
    }

    private long Counter(SqliteTransaction transaction, string name) =>
        Connections.Scalar(_connection, $"SELECT value FROM counters WHERE name = '{name}';", transaction);

    private void SetCounter(SqliteTransaction transaction, string name, long value) =>
        Connections.Execute(_connection, FormattableString.Invariant($"UPDATE counters SET value = {value} WHERE name = '{name}';"), transaction);

    public void Dispose()
    {
        foreach (var command in new[] { _insertEntity, _updateEntity, _updateSequence, _updateRow })
        {
            command.Dispose();
        }

        _findEntity.Dispose();
        _stored.Dispose();
        _insertRow.Dispose();
        _insertText.Dispose();
    }

    private readonly record struct NameCache(string? Name, long Id);

    private sealed class WriteState(long sequence, long nextSid, long nextEid)
    {
        public long Sequence { get; set; } = sequence;

        public long NextSid { get; set; } = nextSid;

        public long NextEid { get; set; } = nextEid;

        public WriteSummary Summary { get; set; }
    }
}
