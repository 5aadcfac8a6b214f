using Microsoft.Data.Sqlite;
using Threadline.Cases.Model;
using Threadline.Cases.Store;

namespace Threadline.Storage.Sqlite.Cases;

public sealed partial class SqliteCaseStore
{
    private const string HeaderColumns = "reference, title, legal_basis, magistrate_role, magistrate_name, magistrate_office, status, opened_at, opened_by";

    /// <inheritdoc />
    public CaseHeader? FindCase(string reference)
    {
        ArgumentNullException.ThrowIfNull(reference);
        using var scope = _gate.EnterScope();
        using var command = Command($"SELECT {HeaderColumns} FROM case_files WHERE reference = $r");
        command.Parameters.AddWithValue("$r", reference);
        return Headers(command).FirstOrDefault();
    }

    /// <inheritdoc />
    public IReadOnlyList<CaseHeader> Cases()
    {
        using var scope = _gate.EnterScope();
        using var command = Command($"SELECT {HeaderColumns} FROM case_files ORDER BY reference LIMIT {CaseFiles.MaxCases}");
        return Headers(command);
    }

    /// <inheritdoc />
    public IReadOnlyList<CaseRecord> Current(string reference, string? kind = null)
    {
        ArgumentNullException.ThrowIfNull(reference);
        var table = kind is null ? "case_records" : Table(kind);
        using var scope = _gate.EnterScope();
        using var command = Command($"""
            SELECT {Columns} FROM {table} AS r
            WHERE r.reference = $r {(kind is null ? string.Empty : "AND r.kind = $k")}
              AND r.version = (SELECT max(m.version) FROM {table} AS m WHERE m.reference = r.reference AND m.kind = r.kind AND m.id = r.id)
            ORDER BY r.kind, r.id
            """);
        command.Parameters.AddWithValue("$r", reference);
        if (kind is not null)
        {
            command.Parameters.AddWithValue("$k", kind);
        }

        return Records(command);
    }

    /// <inheritdoc />
    public IReadOnlyList<CaseRecord> History(string reference, string kind, string id)
    {
        ArgumentNullException.ThrowIfNull(reference);
        ArgumentNullException.ThrowIfNull(kind);
        ArgumentNullException.ThrowIfNull(id);
        using var scope = _gate.EnterScope();
        using var command = Command($"SELECT {Columns} FROM {Table(kind)} WHERE reference = $r AND kind = $k AND id = $i ORDER BY version");
        command.Parameters.AddWithValue("$r", reference);
        command.Parameters.AddWithValue("$k", kind);
        command.Parameters.AddWithValue("$i", id);
        return Records(command);
    }

    /// <inheritdoc />
    public IReadOnlyList<CaseRecord> CurrentOfKind(string kind)
    {
        ArgumentNullException.ThrowIfNull(kind);
        var table = Table(kind);
        using var scope = _gate.EnterScope();
        using var command = Command($"""
            SELECT {Columns} FROM {table} AS r
            WHERE r.kind = $k
              AND r.version = (SELECT max(m.version) FROM {table} AS m WHERE m.reference = r.reference AND m.kind = r.kind AND m.id = r.id)
            ORDER BY r.reference, r.id
            """);
        command.Parameters.AddWithValue("$k", kind);
        return Records(command);
    }

    private static List<CaseHeader> Headers(SqliteCommand command)
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
                ParseTime(reader.GetString(7)),
                reader.GetString(8)));
        }

        return list;
    }

    private static List<CaseRecord> Records(SqliteCommand command)
    {
        var list = new List<CaseRecord>();
        using var reader = command.ExecuteReader();
        while (reader.Read())
        {
            list.Add(new CaseRecord(reader.GetString(0), reader.GetString(1), reader.GetString(2), reader.GetInt32(3), ParseTime(reader.GetString(4)), reader.GetString(5), reader.GetString(6)));
        }

        return list;
    }
}
