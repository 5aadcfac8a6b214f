using Npgsql;
using Threadline.Security.Accounts;

namespace Threadline.Storage.Postgres.Security;

public sealed partial class PostgresSecurityStore
{
    /// <inheritdoc />
    public void RegisterCase(RegisteredCase registered)
    {
        AccountRules.CheckCase(registered);
        using var connection = _data.OpenConnection();
        using var command = Command(connection, $"INSERT INTO {_tables.Schema}.cases (case_ref, workspace, title, created) VALUES ($1, $2, $3, $4) ON CONFLICT (case_ref) DO UPDATE SET workspace = excluded.workspace, title = excluded.title",
            registered.Reference, registered.Workspace, registered.Title, AccountText.Time(registered.Created));
        command.ExecuteNonQuery();
    }

    /// <inheritdoc />
    public RegisteredCase? FindCase(string reference)
    {
        using var connection = _data.OpenConnection();
        using var command = Command(connection, $"SELECT case_ref, workspace, title, created FROM {_tables.Schema}.cases WHERE case_ref = $1", reference);
        using var reader = command.ExecuteReader();
        return reader.Read() ? ReadCase(reader) : null;
    }

    /// <inheritdoc />
    public IReadOnlyList<RegisteredCase> Cases()
    {
        using var connection = _data.OpenConnection();
        using var command = Command(connection, $"SELECT case_ref, workspace, title, created FROM {_tables.Schema}.cases ORDER BY case_ref COLLATE \"C\"");
        using var reader = command.ExecuteReader();
        var cases = new List<RegisteredCase>();
        while (reader.Read())
        {
            cases.Add(ReadCase(reader));
        }

        return cases;
    }

    /// <inheritdoc />
    public bool RemoveCase(string reference)
    {
        using var connection = _data.OpenConnection();
        using var command = Command(connection, $"DELETE FROM {_tables.Schema}.cases WHERE case_ref = $1", reference);
        return command.ExecuteNonQuery() > 0;
    }

    private static RegisteredCase ReadCase(NpgsqlDataReader reader) =>
        new(reader.GetString(0), reader.GetString(1), reader.GetString(2), AccountText.ParseTime(reader.GetString(3)));
}
