using Npgsql;
using Threadline.Security.Accounts;

namespace Threadline.Storage.Postgres.Security;

public sealed partial class PostgresSecurityStore
{
    private const string UserColumns = "name, roles, password_hash, totp_secret, last_totp_step, failures, locked_until, disabled, created";

    /// <inheritdoc />
    public void AddUser(UserAccount user)
    {
        AccountRules.CheckUser(user);
        using var connection = _data.OpenConnection();
        using var command = Command(connection, $"INSERT INTO {_tables.Schema}.accounts ({UserColumns}) VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9)", Values(user));
        try
        {
            command.ExecuteNonQuery();
        }
        catch (PostgresException ex) when (ex.SqlState == PostgresErrorCodes.UniqueViolation)
        {
            throw new ArgumentException($"a user named '{user.Name}' exists", nameof(user), ex);
        }
    }

    /// <inheritdoc />
    public void UpdateUser(UserAccount user)
    {
        AccountRules.CheckUser(user);
        using var connection = _data.OpenConnection();
        using var command = Command(connection, $"UPDATE {_tables.Schema}.accounts SET roles = $2, password_hash = $3, totp_secret = $4, last_totp_step = $5, failures = $6, locked_until = $7, disabled = $8, created = $9 WHERE name = $1", Values(user));
        if (command.ExecuteNonQuery() == 0)
        {
            throw new KeyNotFoundException($"no user named '{user.Name}'");
        }
    }

    /// <inheritdoc />
    public UserAccount? FindUser(string name)
    {
        using var connection = _data.OpenConnection();
        using var command = Command(connection, $"SELECT {UserColumns} FROM {_tables.Schema}.accounts WHERE name = $1", name);
        using var reader = command.ExecuteReader();
        return reader.Read() ? ReadUser(reader) : null;
    }

    /// <inheritdoc />
    public IReadOnlyList<UserAccount> Users()
    {
        using var connection = _data.OpenConnection();
        using var command = Command(connection, $"SELECT {UserColumns} FROM {_tables.Schema}.accounts ORDER BY name COLLATE \"C\"");
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
        AccountRules.CheckMembership(membership);
        using var connection = _data.OpenConnection();
        using var command = Command(connection, $"INSERT INTO {_tables.Schema}.case_members (user_name, case_ref, lead) VALUES ($1, $2, $3) ON CONFLICT (user_name, case_ref) DO UPDATE SET lead = excluded.lead", membership.User, membership.CaseReference, membership.IsLead);
        command.ExecuteNonQuery();
    }

    /// <inheritdoc />
    public bool RemoveMembership(string user, string caseReference)
    {
        using var connection = _data.OpenConnection();
        using var command = Command(connection, $"DELETE FROM {_tables.Schema}.case_members WHERE user_name = $1 AND case_ref = $2", user, caseReference);
        return command.ExecuteNonQuery() > 0;
    }

    /// <inheritdoc />
    public IReadOnlyList<CaseMembership> Memberships(string user)
    {
        using var connection = _data.OpenConnection();
        using var command = Command(connection, $"SELECT user_name, case_ref, lead FROM {_tables.Schema}.case_members WHERE user_name = $1 ORDER BY case_ref COLLATE \"C\"", user);
        using var reader = command.ExecuteReader();
        var memberships = new List<CaseMembership>();
        while (reader.Read())
        {
            memberships.Add(new CaseMembership(reader.GetString(0), reader.GetString(1), reader.GetBoolean(2)));
        }

        return memberships;
    }

    private static object[] Values(UserAccount user) =>
    [
        user.Name,
        AccountText.RolesText(user.Roles),
        user.PasswordHash,
        user.TotpSecret,
        user.LastTotpStep,
        user.Failures,
        user.LockedUntil is { } until ? AccountText.Time(until) : DBNull.Value,
        user.Disabled,
        AccountText.Time(user.Created),
    ];

    private static UserAccount ReadUser(NpgsqlDataReader reader) => new()
    {
        Name = reader.GetString(0),
        Roles = AccountText.ParseRoles(reader.GetString(1)),
        PasswordHash = reader.GetString(2),
        TotpSecret = (byte[])reader.GetValue(3),
        LastTotpStep = reader.GetInt64(4),
        Failures = reader.GetInt32(5),
        LockedUntil = reader.IsDBNull(6) ? null : AccountText.ParseTime(reader.GetString(6)),
        Disabled = reader.GetBoolean(7),
        Created = AccountText.ParseTime(reader.GetString(8)),
    };
}
