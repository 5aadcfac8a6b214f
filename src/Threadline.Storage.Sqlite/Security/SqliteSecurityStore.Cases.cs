using Microsoft.Data.Sqlite;
using Threadline.Security.Accounts;

namespace Threadline.Storage.Sqlite.Security;

public sealed partial class SqliteSecurityStore
{
    /// <inheritdoc />
    public void RegisterCase(RegisteredCase registered)
    {
        AccountRules.CheckCase(registered);
        using var scope = _gate.EnterScope();
        using var command = Command("INSERT INTO cases (case_ref, workspace, title, created) VALUES ($case, $workspace, $title, $created) ON CONFLICT (case_ref) DO UPDATE SET workspace = excluded.workspace, title = excluded.title");
        command.Parameters.AddWithValue("$case", registered.Reference);
        command.Parameters.AddWithValue("$workspace", registered.Workspace);
        command.Parameters.AddWithValue("$title", registered.Title);
        command.Parameters.AddWithValue("$created", AccountText.Time(registered.Created));
        command.ExecuteNonQuery();
    }

    /// <inheritdoc />
    public RegisteredCase? FindCase(string reference)
    {
        using var scope = _gate.EnterScope();
        using var command = Command("SELECT case_ref, workspace, title, created FROM cases WHERE case_ref = $case");
        command.Parameters.AddWithValue("$case", reference);
        using var reader = command.ExecuteReader();
        return reader.Read() ? ReadCase(reader) : null;
    }

    /// <inheritdoc />
    public IReadOnlyList<RegisteredCase> Cases()
    {
        using var scope = _gate.EnterScope();
        using var command = Command("SELECT case_ref, workspace, title, created FROM cases ORDER BY case_ref");
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
        using var scope = _gate.EnterScope();
        using var command = Command("DELETE FROM cases WHERE case_ref = $case");
        command.Parameters.AddWithValue("$case", reference);
        return command.ExecuteNonQuery() > 0;
    }

    private static RegisteredCase ReadCase(SqliteDataReader reader) =>
        new(reader.GetString(0), reader.GetString(1), reader.GetString(2), AccountText.ParseTime(reader.GetString(3)));
}
