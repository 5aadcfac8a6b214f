using Npgsql;
using Threadline.Security;
using Threadline.Security.Accounts;
using Threadline.Security.Audit;

namespace Threadline.Storage.Postgres.Security;

/// <summary>
/// The audit trail, accounts and memberships of a PostgreSQL workspace, in its schema (<c>audit_log</c>,
/// <c>accounts</c>, <c>case_members</c>, made on first open). An append takes the trail's table lock, so writers from
/// many sessions chain one after another; a trigger refuses updates, deletes and truncation. The server's owner can
/// still disable the trigger: the hash chain and the anchors written out are what show it.
/// </summary>
public sealed partial class PostgresSecurityStore : ISecurityStore
{
    private readonly NpgsqlDataSource _data;
    private readonly Tables _tables;

    private PostgresSecurityStore(NpgsqlDataSource data, Tables tables, PostgresLocation location)
    {
        _data = data;
        _tables = tables;
        Location = location;
    }

    /// <summary>The workspace.</summary>
    public PostgresLocation Location { get; }

    /// <summary>Opens the security tables of an existing workspace (made by <c>threadline migrate</c>), making them when missing.</summary>
    /// <exception cref="WorkspaceException">Not reachable, refused, missing, not a workspace, or read-only here.</exception>
    public static PostgresSecurityStore Open(PostgresLocation location)
    {
        ArgumentNullException.ThrowIfNull(location);
        var data = NpgsqlDataSource.Create(location.ConnectionString(readOnly: false));
        var tables = new Tables(location.Workspace);
        try
        {
            using var connection = data.OpenConnection();
            PgMigrator.Check(connection, tables, location.Shown, PgMigrations.Latest);
            using var transaction = connection.BeginTransaction();
            using (var command = new NpgsqlCommand($"SELECT pg_advisory_xact_lock({PgSecuritySql.CreateLock}); " + PgSecuritySql.Create(tables), connection, transaction))
            {
                command.ExecuteNonQuery();
            }

            transaction.Commit();
            return new PostgresSecurityStore(data, tables, location);
        }
        catch (Exception ex) when (PostgresErrors.IsDatabaseError(ex) || ex is WorkspaceException)
        {
            data.Dispose();
            throw PostgresErrors.Translate(ex, location);
        }
    }

    /// <inheritdoc />
    public AuditRecord AppendAudit(AuditEntry entry, DateTimeOffset at)
    {
        ArgumentNullException.ThrowIfNull(entry);
        using var connection = _data.OpenConnection();
        using var transaction = connection.BeginTransaction();
        long last = 0;
        var previous = AuditHash.Genesis;
        using (var head = new NpgsqlCommand($"LOCK TABLE {_tables.Schema}.audit_log IN SHARE ROW EXCLUSIVE MODE; SELECT seq, hash FROM {_tables.Schema}.audit_log ORDER BY seq DESC LIMIT 1", connection, transaction))
        using (var reader = head.ExecuteReader())
        {
            if (reader.Read())
            {
                last = reader.GetInt64(0);
                previous = reader.GetString(1);
            }
        }

        var record = AuditChain.Seal(entry, last + 1, at, previous);
        using (var insert = new NpgsqlCommand($"INSERT INTO {_tables.Schema}.audit_log (seq, at, actor, action, subject, origin, case_ref, reason, prev_hash, hash) VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9, $10)", connection, transaction))
        {
            insert.Parameters.Add(new NpgsqlParameter<long> { TypedValue = record.Sequence });
            foreach (var text in new[] { AuditHash.Time(record.At), record.Actor, AuditActions.Name(record.Action), record.Subject, record.Origin, record.CaseReference, record.Reason, record.PreviousHash, record.Hash })
            {
                insert.Parameters.Add(new NpgsqlParameter<string> { TypedValue = text });
            }

            insert.ExecuteNonQuery();
        }

        transaction.Commit();
        return record;
    }

    /// <inheritdoc />
    public IEnumerable<AuditRecord> ReadAudit(long fromSequence = 1)
    {
        using var connection = _data.OpenConnection();
        using var transaction = connection.BeginTransaction(System.Data.IsolationLevel.RepeatableRead);
        using var command = new NpgsqlCommand($"SELECT seq, at, actor, action, subject, origin, case_ref, reason, prev_hash, hash FROM {_tables.Schema}.audit_log WHERE seq >= $1 ORDER BY seq", connection, transaction);
        command.Parameters.Add(new NpgsqlParameter<long> { TypedValue = fromSequence });
        using var reader = command.ExecuteReader();
        while (reader.Read())
        {
            yield return StoredAudit.Record(reader.GetInt64(0), reader.GetString(1), reader.GetString(2), reader.GetString(3), reader.GetString(4), reader.GetString(5), reader.GetString(6), reader.GetString(7), reader.GetString(8), reader.GetString(9));
        }
    }

    /// <inheritdoc />
    public long CountAudit()
    {
        using var connection = _data.OpenConnection();
        using var command = new NpgsqlCommand($"SELECT count(*) FROM {_tables.Schema}.audit_log", connection);
        return (long)command.ExecuteScalar()!;
    }

    /// <inheritdoc />
    public void Dispose() => _data.Dispose();

    private NpgsqlCommand Command(NpgsqlConnection connection, string sql, params object[] values)
    {
        var command = new NpgsqlCommand(sql, connection);
        foreach (var value in values)
        {
            command.Parameters.Add(new NpgsqlParameter { Value = value });
        }

        return command;
    }
}
