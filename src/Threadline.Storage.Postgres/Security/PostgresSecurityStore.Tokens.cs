using Npgsql;
using Threadline.Security.Accounts;
using Threadline.Security.Tokens;

namespace Threadline.Storage.Postgres.Security;

public sealed partial class PostgresSecurityStore
{
    private const string TokenColumns = "id, user_name, secret_hash, session_stamp, created, expires, label, revoked";

    /// <inheritdoc />
    public void AddToken(AccessToken token)
    {
        TeamSettings.CheckToken(token);
        using var connection = _data.OpenConnection();
        using var command = Command(connection, $"INSERT INTO {_tables.Schema}.access_tokens ({TokenColumns}) VALUES ($1, $2, $3, $4, $5, $6, $7, $8)",
            token.Id, token.User, token.SecretHash, token.SessionStamp, AccountText.Time(token.Created), AccountText.Time(token.Expires), token.Label, token.Revoked);
        try
        {
            command.ExecuteNonQuery();
        }
        catch (PostgresException ex) when (ex.SqlState == PostgresErrorCodes.UniqueViolation)
        {
            throw new ArgumentException($"a token with id '{token.Id}' exists", nameof(token), ex);
        }
    }

    /// <inheritdoc />
    public AccessToken? FindToken(string id)
    {
        using var connection = _data.OpenConnection();
        using var command = Command(connection, $"SELECT {TokenColumns} FROM {_tables.Schema}.access_tokens WHERE id = $1", id);
        using var reader = command.ExecuteReader();
        return reader.Read() ? ReadToken(reader) : null;
    }

    /// <inheritdoc />
    public IReadOnlyList<AccessToken> Tokens()
    {
        using var connection = _data.OpenConnection();
        using var command = Command(connection, $"SELECT {TokenColumns} FROM {_tables.Schema}.access_tokens ORDER BY created COLLATE \"C\", id COLLATE \"C\"");
        using var reader = command.ExecuteReader();
        var tokens = new List<AccessToken>();
        while (reader.Read())
        {
            tokens.Add(ReadToken(reader));
        }

        return tokens;
    }

    /// <inheritdoc />
    public bool RevokeToken(string id)
    {
        using var connection = _data.OpenConnection();
        using var command = Command(connection, $"UPDATE {_tables.Schema}.access_tokens SET revoked = true WHERE id = $1 AND NOT revoked", id);
        return command.ExecuteNonQuery() > 0;
    }

    /// <inheritdoc />
    public string? Setting(string key)
    {
        using var connection = _data.OpenConnection();
        using var command = Command(connection, $"SELECT value FROM {_tables.Schema}.security_settings WHERE key = $1", key);
        return command.ExecuteScalar() as string;
    }

    /// <inheritdoc />
    public void SetSetting(string key, string? value)
    {
        TeamSettings.Check(key, value);
        using var connection = _data.OpenConnection();
        using var command = value is null
            ? Command(connection, $"DELETE FROM {_tables.Schema}.security_settings WHERE key = $1", key)
            : Command(connection, $"INSERT INTO {_tables.Schema}.security_settings (key, value) VALUES ($1, $2) ON CONFLICT (key) DO UPDATE SET value = excluded.value", key, value);
        command.ExecuteNonQuery();
    }

    private static AccessToken ReadToken(NpgsqlDataReader reader) => new(
        reader.GetString(0), reader.GetString(1), reader.GetString(2), reader.GetInt64(3),
        AccountText.ParseTime(reader.GetString(4)), AccountText.ParseTime(reader.GetString(5)), reader.GetString(6), reader.GetBoolean(7));
}
