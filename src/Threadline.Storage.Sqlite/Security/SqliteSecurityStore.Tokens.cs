using Microsoft.Data.Sqlite;
using Threadline.Security.Accounts;
using Threadline.Security.Tokens;

namespace Threadline.Storage.Sqlite.Security;

public sealed partial class SqliteSecurityStore
{
    private const string TokenColumns = "id, user_name, secret_hash, session_stamp, created, expires, label, revoked";

    /// <inheritdoc />
    public void AddToken(AccessToken token)
    {
        TeamSettings.CheckToken(token);
        using var scope = _gate.EnterScope();
        using var command = Command($"INSERT INTO access_tokens ({TokenColumns}) VALUES ($id, $user, $hash, $stamp, $created, $expires, $label, $revoked)");
        command.Parameters.AddWithValue("$id", token.Id);
        command.Parameters.AddWithValue("$user", token.User);
        command.Parameters.AddWithValue("$hash", token.SecretHash);
        command.Parameters.AddWithValue("$stamp", token.SessionStamp);
        command.Parameters.AddWithValue("$created", AccountText.Time(token.Created));
        command.Parameters.AddWithValue("$expires", AccountText.Time(token.Expires));
        command.Parameters.AddWithValue("$label", token.Label);
        command.Parameters.AddWithValue("$revoked", token.Revoked ? 1 : 0);
        try
        {
            command.ExecuteNonQuery();
        }
        catch (SqliteException ex) when (ex.SqliteErrorCode == 19)
        {
            throw new ArgumentException($"a token with id '{token.Id}' exists", nameof(token), ex);
        }
    }

    /// <inheritdoc />
    public AccessToken? FindToken(string id)
    {
        using var scope = _gate.EnterScope();
        using var command = Command($"SELECT {TokenColumns} FROM access_tokens WHERE id = $id");
        command.Parameters.AddWithValue("$id", id);
        using var reader = command.ExecuteReader();
        return reader.Read() ? ReadToken(reader) : null;
    }

    /// <inheritdoc />
    public IReadOnlyList<AccessToken> Tokens()
    {
        using var scope = _gate.EnterScope();
        using var command = Command($"SELECT {TokenColumns} FROM access_tokens ORDER BY created, id");
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
        using var scope = _gate.EnterScope();
        using var command = Command("UPDATE access_tokens SET revoked = 1 WHERE id = $id AND revoked = 0");
        command.Parameters.AddWithValue("$id", id);
        return command.ExecuteNonQuery() > 0;
    }

    /// <inheritdoc />
    public string? Setting(string key)
    {
        using var scope = _gate.EnterScope();
        using var command = Command("SELECT value FROM security_settings WHERE key = $key");
        command.Parameters.AddWithValue("$key", key);
        return command.ExecuteScalar() as string;
    }

    /// <inheritdoc />
    public void SetSetting(string key, string? value)
    {
        TeamSettings.Check(key, value);
        using var scope = _gate.EnterScope();
        using var command = Command(value is null
            ? "DELETE FROM security_settings WHERE key = $key"
            : "INSERT INTO security_settings (key, value) VALUES ($key, $value) ON CONFLICT (key) DO UPDATE SET value = excluded.value");
        command.Parameters.AddWithValue("$key", key);
        if (value is not null)
        {
            command.Parameters.AddWithValue("$value", value);
        }

        command.ExecuteNonQuery();
    }

    private static AccessToken ReadToken(SqliteDataReader reader) => new(
        reader.GetString(0), reader.GetString(1), reader.GetString(2), reader.GetInt64(3),
        AccountText.ParseTime(reader.GetString(4)), AccountText.ParseTime(reader.GetString(5)), reader.GetString(6), reader.GetInt64(7) != 0);
}
