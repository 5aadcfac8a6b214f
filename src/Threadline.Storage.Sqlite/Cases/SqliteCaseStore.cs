using System.Globalization;
using Microsoft.Data.Sqlite;
using Threadline.Cases.Model;
using Threadline.Cases.Store;

namespace Threadline.Storage.Sqlite.Cases;

/// <summary>
/// The case files of an SQLite workspace, in the workspace file (tables <c>case_files</c>, <c>case_records</c> and
/// <c>case_victims</c>, schema step 3). Records are append-only (triggers refuse updates and deletes); a write is one
/// <c>BEGIN IMMEDIATE</c> transaction, and a version someone else wrote first fails the primary key, rolls back and
/// reports false.
/// </summary>
public sealed partial class SqliteCaseStore : ICaseStore
{
    private const string Columns = "reference, kind, id, version, written_at, author, payload";
    private readonly SqliteConnection _connection;
    private readonly Lock _gate = new();

    private SqliteCaseStore(string path, SqliteConnection connection)
    {
        Path = path;
        _connection = connection;
    }

    /// <summary>The workspace file.</summary>
    public string Path { get; }

    /// <summary>Opens the case files of an existing workspace (brought to the current schema first when writable).</summary>
    /// <exception cref="WorkspaceException">No workspace there, not a workspace, or one that needs an upgrade it cannot get here.</exception>
    public static SqliteCaseStore Open(string path, bool readOnly = false)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(path);
        var fullPath = System.IO.Path.GetFullPath(path);
        if (!File.Exists(fullPath))
        {
            throw new WorkspaceException($"no workspace at '{path}'") { Kind = WorkspaceErrorKind.NotFound };
        }

        Connections.CheckHeader(fullPath, path);
        if (!readOnly)
        {
            SqliteWorkspaceStore.Open(fullPath).Dispose();
        }

        var connection = new SqliteConnection(new SqliteConnectionStringBuilder
        {
            DataSource = fullPath,
            Mode = readOnly ? SqliteOpenMode.ReadOnly : SqliteOpenMode.ReadWrite,
            Pooling = false,
            DefaultTimeout = Connections.BusyTimeoutMs / 1000,
        }.ToString());
        try
        {
            connection.Open();
            Connections.Execute(connection, string.Create(CultureInfo.InvariantCulture, $"PRAGMA busy_timeout = {Connections.BusyTimeoutMs};"));
            if (readOnly)
            {
                Migrator.CheckReadable(connection, Migrations.All, path);
            }

            return new SqliteCaseStore(fullPath, connection);
        }
        catch (SqliteException ex)
        {
            connection.Dispose();
            throw new WorkspaceException($"cannot open the case files of '{path}': {ex.Message}", ex) { Kind = WorkspaceErrorKind.CannotOpen };
        }
        catch
        {
            connection.Dispose();
            throw;
        }
    }

    /// <inheritdoc />
    public bool CreateCase(CaseHeader header, IReadOnlyList<CaseRecord> records)
    {
        ArgumentNullException.ThrowIfNull(header);
        ArgumentNullException.ThrowIfNull(records);
        var checkedRecords = Check(header.Reference, records);
        return Write(transaction =>
        {
            using var insert = Command("INSERT INTO case_files (reference, title, legal_basis, magistrate_role, magistrate_name, magistrate_office, status, opened_at, opened_by) VALUES ($r, $t, $l, $mr, $mn, $mo, $s, $at, $by)", transaction);
            insert.Parameters.AddWithValue("$r", header.Reference);
            insert.Parameters.AddWithValue("$t", header.Title);
            insert.Parameters.AddWithValue("$l", header.LegalBasis);
            insert.Parameters.AddWithValue("$mr", header.Magistrate.Role.ToString());
            insert.Parameters.AddWithValue("$mn", header.Magistrate.Name);
            insert.Parameters.AddWithValue("$mo", header.Magistrate.Office);
            insert.Parameters.AddWithValue("$s", header.Status.ToString());
            insert.Parameters.AddWithValue("$at", Time(header.OpenedAt));
            insert.Parameters.AddWithValue("$by", header.OpenedBy);
            insert.ExecuteNonQuery();
            Insert(checkedRecords, transaction);
        });
    }

    /// <inheritdoc />
    public bool Append(string reference, IReadOnlyList<CaseRecord> records, CaseStatus? status = null)
    {
        ArgumentNullException.ThrowIfNull(records);
        var checkedRecords = Check(reference, records);
        using var scope = _gate.EnterScope();
        using var transaction = _connection.BeginTransaction(deferred: false);
        using (var exists = Command("SELECT count(*) FROM case_files WHERE reference = $r", transaction))
        {
            exists.Parameters.AddWithValue("$r", reference);
            if (Convert.ToInt64(exists.ExecuteScalar(), CultureInfo.InvariantCulture) == 0)
            {
                throw CaseFiles.NoCase(reference);
            }
        }

        try
        {
            Insert(checkedRecords, transaction);
            if (status is { } s)
            {
                using var update = Command("UPDATE case_files SET status = $s WHERE reference = $r", transaction);
                update.Parameters.AddWithValue("$s", s.ToString());
                update.Parameters.AddWithValue("$r", reference);
                update.ExecuteNonQuery();
            }
        }
        catch (SqliteException ex) when (ex.SqliteErrorCode == 19)
        {
            transaction.Rollback();
            return false;
        }

        transaction.Commit();
        return true;
    }

    /// <inheritdoc />
    public void Dispose()
    {
        using var scope = _gate.EnterScope();
        _connection.Dispose();
    }

    private static IReadOnlyList<CaseRecord> Check(string reference, IReadOnlyList<CaseRecord> records)
    {
        var list = records.Select(r => r.Checked()).ToList();
        if (list.Any(r => !string.Equals(r.CaseReference, reference, StringComparison.Ordinal)))
        {
            throw new ArgumentException($"every record must belong to case {reference}", nameof(records));
        }

        return list;
    }

    private bool Write(Action<SqliteTransaction> body)
    {
        using var scope = _gate.EnterScope();
        using var transaction = _connection.BeginTransaction(deferred: false);
        try
        {
            body(transaction);
        }
        catch (SqliteException ex) when (ex.SqliteErrorCode == 19)
        {
            transaction.Rollback();
            return false;
        }

        transaction.Commit();
        return true;
    }

    private void Insert(IEnumerable<CaseRecord> records, SqliteTransaction transaction)
    {
        foreach (var r in records)
        {
            using var insert = Command($"INSERT INTO {Table(r.Kind)} ({Columns}) VALUES ($r, $k, $i, $v, $at, $by, $p)", transaction);
            insert.Parameters.AddWithValue("$r", r.CaseReference);
            insert.Parameters.AddWithValue("$k", r.Kind);
            insert.Parameters.AddWithValue("$i", r.Id);
            insert.Parameters.AddWithValue("$v", r.Version);
            insert.Parameters.AddWithValue("$at", Time(r.At));
            insert.Parameters.AddWithValue("$by", r.By);
            insert.Parameters.AddWithValue("$p", r.Payload);
            insert.ExecuteNonQuery();
        }
    }

    /// <summary>Victim records live in a table of their own, read only when asked for by kind.</summary>
    private static string Table(string kind) => string.Equals(kind, CaseKinds.Victim, StringComparison.Ordinal) ? "case_victims" : "case_records";

    private static string Time(DateTimeOffset t) => t.ToUniversalTime().ToString("yyyy-MM-dd'T'HH:mm:ss.fffffff'Z'", CultureInfo.InvariantCulture);

    private static DateTimeOffset ParseTime(string text) => DateTimeOffset.Parse(text, CultureInfo.InvariantCulture, DateTimeStyles.AssumeUniversal | DateTimeStyles.AdjustToUniversal);

    private SqliteCommand Command(string sql, SqliteTransaction? transaction = null)
    {
        var command = _connection.CreateCommand();
        command.CommandText = sql;
        command.Transaction = transaction;
        return command;
    }
}
