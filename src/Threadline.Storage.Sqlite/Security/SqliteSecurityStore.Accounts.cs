using Microsoft.Data.Sqlite;
using Threadline.Security.Accounts;

namespace Threadline.Storage.Sqlite.Security;

public sealed partial class SqliteSecurityStore
{
    private const string UserColumns = "name, roles, password_hash, totp_secret, last_totp_step, failures, locked_until, disabled, created";

    /// <inheritdoc />
    public void AddUser(UserAccount user)
    {
        using var scope = _gate.EnterScope();
        ArgumentNullException.ThrowIfNull(user);
        AccountRules.CheckUser(user);
        using var command = Command($"INSERT INTO accounts ({UserColumns}) VALUES ($name, $roles, $hash, $secret, $step, $failures, $locked, $disabled, $created)");
        Bind(command, user);
        try
        {
            command.ExecuteNonQuery();
        }
        catch (SqliteException ex) when (ex.SqliteErrorCode == 19)
        {
            throw new ArgumentException($"a user named '{user.Name}' exists", nameof(user), ex);
        }
    }

    /// <inheritdoc />
    public void UpdateUser(UserAccount user)
    {
        using var scope = _gate.EnterScope();
        ArgumentNullException.ThrowIfNull(user);
        AccountRules.CheckUser(user);
        using var command = Command("UPDATE accounts SET roles = $roles, password_hash = $hash, totp_secret = $secret, last_totp_step = $step, failures = $failures, locked_until = $locked, disabled = $disabled, created = $created WHERE name = $name");
        Bind(command, user);
        if (command.ExecuteNonQuery() == 0)
        {
            throw new KeyNotFoundException($"no user named '{user.Name}'");
        }
    }

    /// <inheritdoc />
    public UserAccount? FindUser(string name)
    {
        using var scope = _gate.EnterScope();
        using var command = Command($"SELECT {UserColumns} FROM accounts WHERE name = $name");
        command.Parameters.AddWithValue("$name", name);
        using var reader = command.ExecuteReader();
        return reader.Read() ? ReadUser(reader) : null;
    }

    /// <inheritdoc />
    public IReadOnlyList<UserAccount> Users()
    {
        using var scope = _gate.EnterScope();
        using var command = Command($"SELECT {UserColumns} FROM accounts ORDER BY name");
        using var reader = command.ExecuteReader();
        var users = new List<UserAccount>();
        while (reader.Read())
        {
            users.Add(ReadUser(reader));
        }

        return users;
    }

    /// <inheritdoc />
    public void SetMembership(CaseMembership membership)
    {
        using var scope = _gate.EnterScope();
        ArgumentNullException.ThrowIfNull(membership);
        AccountRules.CheckMembership(membership);
        using var command = Command("INSERT INTO case_members (user_name, case_ref, lead) VALUES ($user, $case, $lead) ON CONFLICT (user_name, case_ref) DO UPDATE SET lead = excluded.lead");
        command.Parameters.AddWithValue("$user", membership.User);
        command.Parameters.AddWithValue("$case", membership.CaseReference);
        command.Parameters.AddWithValue("$lead", membership.IsLead ? 1 : 0);
        command.ExecuteNonQuery();
    }

    /// <inheritdoc />
    public bool RemoveMembership(string user, string caseReference)
    {
        using var scope = _gate.EnterScope();
        using var command = Command("DELETE FROM case_members WHERE user_name = $user AND case_ref = $case");
        command.Parameters.AddWithValue("$user", user);
        command.Parameters.AddWithValue("$case", caseReference);
        return command.ExecuteNonQuery() > 0;
    }

    /// <inheritdoc />
    public IReadOnlyList<CaseMembership> Memberships(string user)
    {
        using var scope = _gate.EnterScope();
        using var command = Command("SELECT user_name, case_ref, lead FROM case_members WHERE user_name = $user ORDER BY case_ref");
        command.Parameters.AddWithValue("$user", user);
        using var reader = command.ExecuteReader();
        var memberships = new List<CaseMembership>();
        while (reader.Read())
        {
            memberships.Add(new CaseMembership(reader.GetString(0), reader.GetString(1), reader.GetInt64(2) != 0));
        }

        return memberships;
    }

    private static void Bind(SqliteCommand command, UserAccount user)
    {
        command.Parameters.AddWithValue("$name", user.Name);
        command.Parameters.AddWithValue("$roles", AccountText.RolesText(user.Roles));
        command.Parameters.AddWithValue("$hash", user.PasswordHash);
        command.Parameters.AddWithValue("$secret", user.TotpSecret);
        command.Parameters.AddWithValue("$step", user.LastTotpStep);
        command.Parameters.AddWithValue("$failures", user.Failures);
        command.Parameters.AddWithValue("$locked", user.LockedUntil is { } until ? AccountText.Time(until) : DBNull.Value);
        command.Parameters.AddWithValue("$disabled", user.Disabled ? 1 : 0);
        command.Parameters.AddWithValue("$created", AccountText.Time(user.Created));
    }

    private static UserAccount ReadUser(SqliteDataReader reader) => new()
    {
        Name = reader.GetString(0),
        Roles = AccountText.ParseRoles(reader.GetString(1)),
        PasswordHash = reader.GetString(2),
        TotpSecret = (byte[])reader.GetValue(3),
        LastTotpStep = reader.GetInt64(4),
        Failures = (int)reader.GetInt64(5),
        LockedUntil = reader.IsDBNull(6) ? null : AccountText.ParseTime(reader.GetString(6)),
        Disabled = reader.GetInt64(7) != 0,
        Created = AccountText.ParseTime(reader.GetString(8)),
    };
}
