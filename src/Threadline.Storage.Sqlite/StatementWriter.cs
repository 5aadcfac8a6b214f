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
    private readonly SchemaModel _model;
    /// <summary>Batches at least this large hash on all cores before taking the write lock's path.</summary>
    private const int ParallelHashing = 4096;
    private readonly System.Collections.Concurrent.ConcurrentDictionary<(string Schema, string Property), bool> _fullText = new();

    [ThreadStatic]
    private static StatementHash? t_hash;
    private readonly byte[] _hashBlob = new byte[16];
    private readonly RawStatement _findEntity;
    private readonly RawStatement _insertEntity;
    private readonly RawStatement _updateEntity;
    private readonly RawStatement _updateSequence;
    private readonly RawStatement _loadRows;
    private readonly RawStatement _scanRows;

    /// <summary>
    /// An entity with at least this many statements in a batch has its stored rows read in one range scan (of at most
    /// <see cref="ScanLimit"/> rows) instead of one lookup per statement: an ad gets its ten extraction statements
    /// next to its twenty ingested ones. Entities with more rows (a phone in thousands of ads) are looked up per statement.
    /// </summary>
    private const int ScanFrom = 4;
    private const int ScanLimit = 64;
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
        _model = model;
        _findEntity = new RawStatement(connection, "SELECT eid, schema_id, seq FROM entities WHERE id = ?1;");
        _insertEntity = new RawStatement(connection, "INSERT INTO entities(eid, id, schema_id, seq) VALUES (?1, ?2, ?3, ?4);");
        _updateEntity = new RawStatement(connection, "UPDATE entities SET schema_id = ?1, seq = ?2 WHERE eid = ?3;");

        // Most updates only move the change sequence; naming schema_id too would make SQLite rewrite the
        // entry of every index that holds it (entities_by_schema) although it did not change.
        _updateSequence = new RawStatement(connection, "UPDATE entities SET seq = ?1 WHERE eid = ?2;");
        _loadRows = new RawStatement(connection, "SELECT sid, first_seen, last_seen, locator FROM statements WHERE eid = ?1 AND hash = ?2;");
        _scanRows = new RawStatement(
            connection,
            FormattableString.Invariant($"SELECT hash, sid, first_seen, last_seen, locator FROM statements INDEXED BY statements_by_entity WHERE eid = ?1 LIMIT {ScanLimit + 1};"));
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
    public PreparedStatements Prepare(IReadOnlyCollection<Statement> statements, bool parallel = false)
    {
        ArgumentNullException.ThrowIfNull(statements);
        var batch = statements as Statement[] ?? [.. statements];
        var fullText = new bool[batch.Length];
        for (var i = 0; i < batch.Length; i++)
        {
            fullText[i] = Validate(batch[i]);
        }

        return new PreparedStatements(batch, Hash(batch, parallel), fullText, this);
    }

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
            var p = ReferenceEquals(part.PreparedBy, this) ? part : Prepare(part.Statements);
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
            schema = MergeSchema(entityId, schema, batch[i].Schema);
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
            schema = MergeSchema(entityId, _names.Name(_connection, storedSchemaId, transaction), schema);
            LoadRows(eid, members, hashes, rows);
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
            var first = s.FirstSeen?.UtcTicks;
            var last = s.LastSeen?.UtcTicks;
            if (rows.TryGetValue(hash, out var row))
            {
                if (row.Merge(first, last, s.Locator))
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

            row = new PendingRow { Statement = s, FullText = fullText[i], First = first, Last = last, Locator = s.Locator };
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

    /// <summary>
    /// Statement ids of the batch. SHA-256 is a tenth of the write cost: large batches written whole spread it over the
    /// cores; jobs with workers of their own hash on them (<see cref="Prepare"/>).
    /// </summary>
    private static UInt128[] Hash(Statement[] batch, bool parallel)
    {
        var hashes = new UInt128[batch.Length];
        if (!parallel || batch.Length < ParallelHashing)
        {
            var hash = t_hash ??= new StatementHash();
            for (var i = 0; i < batch.Length; i++)
            {
                hashes[i] = hash.Compute(batch[i]);
            }

            return hashes;
        }

        Parallel.ForEach(
            System.Collections.Concurrent.Partitioner.Create(0, batch.Length, 1024),
            () => new StatementHash(),
            (range, _, hash) =>
            {
                for (var i = range.Item1; i < range.Item2; i++)
                {
                    hashes[i] = hash.Compute(batch[i]);
                }

                return hash;
            },
            _ => { });
        return hashes;
    }

    /// <summary>
    /// Loads the stored rows of this batch's statements only, by (entity, hash): an entity that gathers
    /// statements from every file (a site, a phone seen in thousands of ads) must not be read whole per write.
    /// </summary>
    private void LoadRows(long eid, List<int> members, UInt128[] hashes, Dictionary<UInt128, PendingRow> rows)
    {
        if (members.Count >= ScanFrom && ScanRows(eid, members, hashes, rows))
        {
            return;
        }

        foreach (var i in members)
        {
            if (rows.ContainsKey(hashes[i]))
            {
                continue;
            }

            StatementHash.Write(hashes[i], _hashBlob);
            _loadRows.Bind(1, eid);
            _loadRows.Bind(2, _hashBlob);
            try
            {
                if (_loadRows.Step())
                {
                    rows[hashes[i]] = StoredRow(_loadRows, 0);
                }
            }
            finally
            {
                _loadRows.Reset();
            }
        }
    }

    /// <summary>A stored row from the columns sid, first_seen, last_seen, locator starting at <paramref name="column"/>.</summary>
    private static PendingRow StoredRow(RawStatement row, int column) => new()
    {
        Sid = row.Int64(column),
        First = row.IsNull(column + 1) ? null : row.Int64(column + 1),
        Last = row.IsNull(column + 2) ? null : row.Int64(column + 2),
        Locator = row.IsNull(column + 3) ? null : row.Text(column + 3),
    };

    /// <summary>Reads the entity's rows in one range scan; false (nothing kept) when it has more than <see cref="ScanLimit"/>.</summary>
    private bool ScanRows(long eid, List<int> members, UInt128[] hashes, Dictionary<UInt128, PendingRow> rows)
    {
        var wanted = new HashSet<UInt128>(members.Count);
        foreach (var i in members)
        {
            wanted.Add(hashes[i]);
        }

        var found = new List<(UInt128 Hash, PendingRow Row)>();
        var seen = 0;
        _scanRows.Bind(1, eid);
        try
        {
            while (_scanRows.Step())
            {
                if (++seen > ScanLimit)
                {
                    return false;
                }

                var hash = StatementHash.Read(_scanRows.Blob(0));
                if (wanted.Contains(hash))
                {
                    found.Add((hash, StoredRow(_scanRows, 1)));
                }
            }
        }
        finally
        {
            _scanRows.Reset();
        }

        foreach (var (hash, row) in found)
        {
            rows[hash] = row;
        }

        return true;
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
        insert.Bind(8, row.First);
        insert.Bind(9, row.Last);
        insert.Bind(10, row.FullText ? 1 : 0);
        insert.Bind(11, row.Locator);
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
        _updateRow.Bind(1, row.First);
        _updateRow.Bind(2, row.Last);
        _updateRow.Bind(3, row.Locator);
        _updateRow.Bind(4, row.Sid);
        _updateRow.Run();
    }

    /// <summary>Checks a statement against the model; returns whether its value is full-text indexed.</summary>
    private bool Validate(Statement s)
    {
        if (s is null)
        {
            throw new ArgumentException("a statement is null");
        }

        if (string.IsNullOrEmpty(s.EntityId) || s.Value is null || string.IsNullOrEmpty(s.Source) || string.IsNullOrEmpty(s.Producer)
            || string.IsNullOrEmpty(s.Schema) || string.IsNullOrEmpty(s.Property))
        {
            throw new ArgumentException($"statement of entity '{s.EntityId}' property '{s.Property}' lacks an entity id, schema, property, value, source or producer");
        }

        if (_fullText.TryGetValue((s.Schema, s.Property), out var known))
        {
            return known;
        }

        if (!_model.TryGet(s.Schema, out var spec) || spec is null)
        {
            throw new ArgumentException($"unknown schema '{s.Schema}' in statement of entity '{s.EntityId}' (known: {string.Join(", ", _model.Schemata.Keys)})");
        }

        if (spec.IsAbstract)
        {
            throw new ArgumentException($"schema '{s.Schema}' is abstract: entity '{s.EntityId}' needs a concrete schema");
        }

        var property = spec.Property(s.Property)
            ?? throw new ArgumentException($"unknown property '{s.Property}' of schema '{s.Schema}' in statement of entity '{s.EntityId}'");
        _fullText[(s.Schema, s.Property)] = property.FullText;
        return property.FullText;
    }

    /// <summary>An entity keeps the more specific of two related schemata; unrelated ones are an error.</summary>
    private string MergeSchema(string entityId, string a, string b)
    {
        if (string.Equals(a, b, StringComparison.Ordinal))
        {
            return a;
        }

        var specA = _model.TryGet(a, out var sa) ? sa : null;
        var specB = _model.TryGet(b, out var sb) ? sb : null;
        if (specA is not null && specA.IsA(b))
        {
            return a;
        }

        if (specB is not null && specB.IsA(a))
        {
            return b;
        }

        throw new InvalidOperationException($"entity '{entityId}' is a '{a}' and cannot also be a '{b}'");
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
        _loadRows.Dispose();
        _scanRows.Dispose();
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
