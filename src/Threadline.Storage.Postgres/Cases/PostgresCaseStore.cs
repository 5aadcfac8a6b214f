using Npgsql;
using NpgsqlTypes;
using Threadline.Cases.Model;
using Threadline.Cases.Store;

namespace Threadline.Storage.Postgres.Cases;

/// <summary>
/// The case files of a PostgreSQL workspace, in its schema (tables <c>case_files</c>, <c>case_records</c> and
/// <c>case_victims</c>, schema step 2, applied by <c>threadline migrate</c>). Records are append-only (a trigger refuses
/// updates, deletes and truncation); a write is one transaction that locks the case's header row, and a version
/// someone else wrote first fails the primary key, rolls back and reports false.
/// </summary>
public sealed partial class PostgresCaseStore : ICaseStore
{
    private const string Columns = "reference, kind, id, version, written_at, author, payload";
    private readonly NpgsqlDataSource _data;
    private readonly Tables _tables;

    private PostgresCaseStore(NpgsqlDataSource data, Tables tables, PostgresLocation location)
    {
        _data = data;
        _tables = tables;
        Location = location;
    }

    /// <summary>The workspace.</summary>
    public PostgresLocation Location { get; }

    /// <summary>Opens the case files of an existing workspace at the current schema version.</summary>
    /// <exception cref="WorkspaceException">Not reachable, refused, missing, not a workspace, or at another version.</exception>
    public static PostgresCaseStore Open(PostgresLocation location, bool readOnly = false)
    {
        ArgumentNullException.ThrowIfNull(location);
        var data = NpgsqlDataSource.Create(location.ConnectionString(readOnly));
        var tables = new Tables(location.Workspace);
        try
        {
            using var connection = data.OpenConnection();
            PgMigrator.Check(connection, tables, location.Shown, PgMigrations.Latest);
            return new PostgresCaseStore(data, tables, location);
        }
        catch (Exception ex) when (PostgresErrors.IsDatabaseError(ex) || ex is WorkspaceException)
        {
            data.Dispose();
            throw PostgresErrors.Translate(ex, location);
        }
    }

    /// <inheritdoc />
    public bool CreateCase(CaseHeader header, IReadOnlyList<CaseRecord> records)
    {
        ArgumentNullException.ThrowIfNull(header);
        ArgumentNullException.ThrowIfNull(records);
        var list = Check(header.Reference, records);
        return Write((connection, transaction) =>
        {
            using var insert = new NpgsqlCommand($"INSERT INTO {_tables.Schema}.case_files (reference, title, legal_basis, magistrate_role, magistrate_name, magistrate_office, status, opened_at, opened_by) VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9)", connection, transaction);
            foreach (var text in new[] { header.Reference, header.Title, header.LegalBasis, header.Magistrate.Role.ToString(), header.Magistrate.Name, header.Magistrate.Office, header.Status.ToString() })
            {
                insert.Parameters.Add(new NpgsqlParameter<string> { TypedValue = text });
            }

            insert.Parameters.Add(new NpgsqlParameter<DateTimeOffset> { TypedValue = header.OpenedAt, NpgsqlDbType = NpgsqlDbType.TimestampTz });
            insert.Parameters.Add(new NpgsqlParameter<string> { TypedValue = header.OpenedBy });
            insert.ExecuteNonQuery();
            Insert(connection, transaction, list);
            return true;
        });
    }

    /// <inheritdoc />
    public bool Append(string reference, IReadOnlyList<CaseRecord> records, CaseStatus? status = null)
    {
        ArgumentNullException.ThrowIfNull(records);
        var list = Check(reference, records);
        return Write((connection, transaction) =>
        {
            using (var lockRow = new NpgsqlCommand($"SELECT 1 FROM {_tables.Schema}.case_files WHERE reference = $1 FOR UPDATE", connection, transaction))
            {
                lockRow.Parameters.Add(new NpgsqlParameter<string> { TypedValue = reference });
                if (lockRow.ExecuteScalar() is null)
                {
                    throw CaseFiles.NoCase(reference);
                }
            }

            Insert(connection, transaction, list);
            if (status is { } s)
            {
                using var update = new NpgsqlCommand($"UPDATE {_tables.Schema}.case_files SET status = $1 WHERE reference = $2", connection, transaction);
                update.Parameters.Add(new NpgsqlParameter<string> { TypedValue = s.ToString() });
                update.Parameters.Add(new NpgsqlParameter<string> { TypedValue = reference });
                update.ExecuteNonQuery();
            }

            return true;
        });
    }

    /// <inheritdoc />
    public void Dispose() => _data.Dispose();

    private static List<CaseRecord> Check(string reference, IReadOnlyList<CaseRecord> records)
    {
        var list = records.Select(r => r.Checked()).ToList();
        if (list.Any(r => !string.Equals(r.CaseReference, reference, StringComparison.Ordinal)))
        {
            throw new ArgumentException($"every record must belong to case {reference}", nameof(records));
        }

        return list;
    }

    private bool Write(Func<NpgsqlConnection, NpgsqlTransaction, bool> body)
    {
        using var connection = _data.OpenConnection();
        using var transaction = connection.BeginTransaction();
        try
        {
            var result = body(connection, transaction);
            transaction.Commit();
            return result;
        }
        catch (PostgresException ex) when (ex.SqlState == PostgresErrorCodes.UniqueViolation)
        {
            transaction.Rollback();
            return false;
        }
    }

    private void Insert(NpgsqlConnection connection, NpgsqlTransaction transaction, IEnumerable<CaseRecord> records)
    {
        foreach (var r in records)
        {
            using var insert = new NpgsqlCommand($"INSERT INTO {Table(r.Kind)} ({Columns}) VALUES ($1, $2, $3, $4, $5, $6, $7)", connection, transaction);
            insert.Parameters.Add(new NpgsqlParameter<string> { TypedValue = r.CaseReference });
            insert.Parameters.Add(new NpgsqlParameter<string> { TypedValue = r.Kind });
            insert.Parameters.Add(new NpgsqlParameter<string> { TypedValue = r.Id });
            insert.Parameters.Add(new NpgsqlParameter<int> { TypedValue = r.Version });
            insert.Parameters.Add(new NpgsqlParameter<DateTimeOffset> { TypedValue = r.At, NpgsqlDbType = NpgsqlDbType.TimestampTz });
            insert.Parameters.Add(new NpgsqlParameter<string> { TypedValue = r.By });
            insert.Parameters.Add(new NpgsqlParameter<string> { TypedValue = r.Payload });
            insert.ExecuteNonQuery();
        }
    }

    /// <summary>Victim records live in a table of their own, read only when asked for by kind.</summary>
    private string Table(string kind) => _tables.Schema + (string.Equals(kind, CaseKinds.Victim, StringComparison.Ordinal) ? ".case_victims" : ".case_records");
}
