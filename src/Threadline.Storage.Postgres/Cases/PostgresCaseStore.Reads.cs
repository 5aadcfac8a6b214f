using Npgsql;
using Threadline.Cases.Model;
using Threadline.Cases.Store;

namespace Threadline.Storage.Postgres.Cases;

public sealed partial class PostgresCaseStore
{
    private const string HeaderColumns = "reference, title, legal_basis, magistrate_role, magistrate_name, magistrate_office, status, opened_at, opened_by";

    /// <inheritdoc />
    public CaseHeader? FindCase(string reference)
    {
        ArgumentNullException.ThrowIfNull(reference);
        using var connection = _data.OpenConnection();
        using var command = new NpgsqlCommand($"SELECT {HeaderColumns} FROM {_tables.Schema}.case_files WHERE reference = $1", connection);
        command.Parameters.Add(new NpgsqlParameter<string> { TypedValue = reference });
        return Headers(command).FirstOrDefault();
    }

    /// <inheritdoc />
    public IReadOnlyList<CaseHeader> Cases()
    {
        using var connection = _data.OpenConnection();
        using var command = new NpgsqlCommand($"SELECT {HeaderColumns} FROM {_tables.Schema}.case_files ORDER BY reference LIMIT {CaseFiles.MaxCases}", connection);
        return Headers(command);
    }

    /// <inheritdoc />
    public IReadOnlyList<CaseRecord> Current(string reference, string? kind = null)
    {
        ArgumentNullException.ThrowIfNull(reference);
        var table = kind is null ? _tables.Schema + ".case_records" : Table(kind);
        using var connection = _data.OpenConnection();
        using var command = new NpgsqlCommand($"""
            SELECT DISTINCT ON (kind, id) {Columns} FROM {table}
            WHERE reference = $1 {(kind is null ? string.Empty : "AND kind = $2")}
            ORDER BY kind, id, version DESC
            """, connection);
        command.Parameters.Add(new NpgsqlParameter<string> { TypedValue = reference });
        if (kind is not null)
        {
            command.Parameters.Add(new NpgsqlParameter<string> { TypedValue = kind });
        }

        return Records(command);
    }

    /// <inheritdoc />
    public IReadOnlyList<CaseRecord> History(string reference, string kind, string id)
    {
        ArgumentNullException.ThrowIfNull(reference);
        ArgumentNullException.ThrowIfNull(kind);
        ArgumentNullException.ThrowIfNull(id);
        using var connection = _data.OpenConnection();
        using var command = new NpgsqlCommand($"SELECT {Columns} FROM {Table(kind)} WHERE reference = $1 AND kind = $2 AND id = $3 ORDER BY version", connection);
        command.Parameters.Add(new NpgsqlParameter<string> { TypedValue = reference });
        command.Parameters.Add(new NpgsqlParameter<string> { TypedValue = kind });
        command.Parameters.Add(new NpgsqlParameter<string> { TypedValue = id });
        return Records(command);
    }

    /// <inheritdoc />
    public IReadOnlyList<CaseRecord> CurrentOfKind(string kind)
    {
        ArgumentNullException.ThrowIfNull(kind);
        using var connection = _data.OpenConnection();
        using var command = new NpgsqlCommand($"""
            SELECT DISTINCT ON (reference, id) {Columns} FROM {Table(kind)}
            WHERE kind = $1
            ORDER BY reference, id, version DESC
            """, connection);
        command.Parameters.Add(new NpgsqlParameter<string> { TypedValue = kind });
        return Records(command);
    }

    private static List<CaseHeader> Headers(NpgsqlCommand command)
    {
        var list = new List<CaseHeader>();
        using var reader = command.ExecuteReader();
        while (reader.Read())
        {
            list.Add(new CaseHeader(
                reader.GetString(0),
                reader.GetString(1),
                reader.GetString(2),
                new Magistrate(Enum.Parse<MagistrateRole>(reader.GetString(3)), reader.GetString(4), reader.GetString(5)),
                Enum.Parse<CaseStatus>(reader.GetString(6)),
                reader.GetFieldValue<DateTimeOffset>(7),
                reader.GetString(8)));
        }

        return list;
    }

    private static List<CaseRecord> Records(NpgsqlCommand command)
    {
        var list = new List<CaseRecord>();
        using var reader = command.ExecuteReader();
        while (reader.Read())
        {
            list.Add(new CaseRecord(reader.GetString(0), reader.GetString(1), reader.GetString(2), reader.GetInt32(3), reader.GetFieldValue<DateTimeOffset>(4), reader.GetString(5), reader.GetString(6)));
        }

        return list;
    }
}
