using Microsoft.Data.Sqlite;
using Threadline.Security;
using Threadline.Security.Accounts;
using Threadline.Security.Audit;

namespace Threadline.Storage.Sqlite.Security;

/// <summary>
/// The audit trail, accounts and memberships of an SQLite workspace, in the workspace file itself (tables
/// <c>audit_log</c>, <c>accounts</c>, <c>case_members</c>, made on first open). Triggers refuse updates and deletes of
/// the trail; whoever can write the file can drop them, which is what the hash chain and the anchors written out are for.
/// </summary>
public sealed partial class SqliteSecurityStore : ISecurityStore
{
    private readonly string _connectionString;
    private readonly SqliteConnection _writer;

    /// <summary>The one connection is not thread-safe: every use of it (by the threads sharing this handle) takes this lock.</summary>
    private readonly Lock _gate = new();

    private SqliteSecurityStore(string path, string connectionString, SqliteConnection writer)
    {
        Path = path;
        _connectionString = connectionString;
        _writer = writer;
    }

    /// <summary>The workspace file.</summary>
    public string Path { get; }

    /// <summary>Opens the security tables of an existing workspace file, making them when missing.</summary>
    /// <exception cref="WorkspaceException">No workspace there, not a workspace, or not writable.</exception>
    public static SqliteSecurityStore Open(string path)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(path);
        var fullPath = System.IO.Path.GetFullPath(path);
        if (!File.Exists(fullPath))
        {
            throw new WorkspaceException($"no workspace at '{path}'") { Kind = WorkspaceErrorKind.NotFound };
        }

        Connections.CheckHeader(fullPath, path);
        var connectionString = new SqliteConnectionStringBuilder
        {
            DataSource = fullPath,
            Mode = SqliteOpenMode.ReadWrite,
            Pooling = false,
            DefaultTimeout = Connections.BusyTimeoutMs / 1000,
        }.ToString();
        var writer = new SqliteConnection(connectionString);
        try
        {
            writer.Open();
            Connections.Execute(writer, $"PRAGMA busy_timeout = {Connections.BusyTimeoutMs};");
            Connections.Execute(writer, "BEGIN IMMEDIATE;" + SecuritySql.Create + "COMMIT;");
            return new SqliteSecurityStore(fullPath, connectionString, writer);
        }
        catch (SqliteException ex)
        {
            writer.Dispose();
            // 8 read-only, 14 cannot open (the -shm file in a folder the user may not write), 23 refused.
            throw ex.SqliteErrorCode is 8 or 14 or 23
                ? new WorkspaceException($"workspace '{path}' is read-only here: the audit trail cannot be written", ex) { Kind = WorkspaceErrorKind.ReadOnly }
                : new WorkspaceException($"cannot open the audit trail and accounts of '{path}': {ex.Message}", ex) { Kind = WorkspaceErrorKind.CannotOpen };
        }
    }

    /// <inheritdoc />
    public AuditRecord AppendAudit(AuditEntry entry, DateTimeOffset at)
    {
        ArgumentNullException.ThrowIfNull(entry);
        using var scope = _gate.EnterScope();
        using var transaction = _writer.BeginTransaction(deferred: false);
        long last = 0;
        var previous = AuditHash.Genesis;
        using (var head = Command("SELECT seq, hash FROM audit_log ORDER BY seq DESC LIMIT 1", transaction))
        using (var reader = head.ExecuteReader())
        {
            if (reader.Read())
            {
                last = reader.GetInt64(0);
                previous = reader.GetString(1);
            }
        }

        var record = AuditChain.Seal(entry, last + 1, at, previous);
        using (var insert = Command("INSERT INTO audit_log (seq, at, actor, action, subject, origin, case_ref, reason, prev_hash, hash) VALUES ($seq, $at, $actor, $action, $subject, $origin, $case, $reason, $prev, $hash)", transaction))
        {
            insert.Parameters.AddWithValue("$seq", record.Sequence);
            insert.Parameters.AddWithValue("$at", AuditHash.Time(record.At));
            insert.Parameters.AddWithValue("$actor", record.Actor);
            insert.Parameters.AddWithValue("$action", AuditActions.Name(record.Action));
            insert.Parameters.AddWithValue("$subject", record.Subject);
            insert.Parameters.AddWithValue("$origin", record.Origin);
            insert.Parameters.AddWithValue("$case", record.CaseReference);
            insert.Parameters.AddWithValue("$reason", record.Reason);
            insert.Parameters.AddWithValue("$prev", record.PreviousHash);
            insert.Parameters.AddWithValue("$hash", record.Hash);
            insert.ExecuteNonQuery();
        }

        transaction.Commit();
        return record;
    }

    /// <inheritdoc />
    public IEnumerable<AuditRecord> ReadAudit(long fromSequence = 1)
    {
        using var connection = new SqliteConnection(_connectionString);
        connection.Open();
        using var command = connection.CreateCommand();
        command.CommandText = "SELECT seq, at, actor, action, subject, origin, case_ref, reason, prev_hash, hash FROM audit_log WHERE seq >= $from ORDER BY seq";
        command.Parameters.AddWithValue("$from", fromSequence);
        using var reader = command.ExecuteReader();
        while (reader.Read())
        {
            yield return StoredAudit.Record(reader.GetInt64(0), reader.GetString(1), reader.GetString(2), reader.GetString(3), reader.GetString(4), reader.GetString(5), reader.GetString(6), reader.GetString(7), reader.GetString(8), reader.GetString(9));
        }
    }

    /// <inheritdoc />
    public long CountAudit()
    {
        using var scope = _gate.EnterScope();
        return Connections.Scalar(_writer, "SELECT count(*) FROM audit_log");
    }

    /// <inheritdoc />
    public void Dispose()
    {
        using var scope = _gate.EnterScope();
        _writer.Dispose();
    }

    private SqliteCommand Command(string sql, SqliteTransaction? transaction = null)
    {
        var command = _writer.CreateCommand();
        command.CommandText = sql;
        command.Transaction = transaction;
        return command;
    }
}
