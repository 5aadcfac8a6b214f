namespace Threadline.Storage.Sqlite.Security;

/// <summary>The security tables' definitions in this engine.</summary>
internal static class SecuritySql
{
    public const string Create = """
        CREATE TABLE IF NOT EXISTS audit_log (
            seq INTEGER PRIMARY KEY, at TEXT NOT NULL, actor TEXT NOT NULL, action TEXT NOT NULL, subject TEXT NOT NULL,
            origin TEXT NOT NULL, case_ref TEXT NOT NULL, reason TEXT NOT NULL, prev_hash TEXT NOT NULL, hash TEXT NOT NULL);
        CREATE TRIGGER IF NOT EXISTS audit_log_no_update BEFORE UPDATE ON audit_log BEGIN SELECT RAISE(ABORT, 'the audit trail is append-only'); END;
        CREATE TRIGGER IF NOT EXISTS audit_log_no_delete BEFORE DELETE ON audit_log BEGIN SELECT RAISE(ABORT, 'the audit trail is append-only'); END;
        CREATE TABLE IF NOT EXISTS accounts (
            name TEXT PRIMARY KEY, roles TEXT NOT NULL, password_hash TEXT NOT NULL, totp_secret BLOB NOT NULL,
            last_totp_step INTEGER NOT NULL, failures INTEGER NOT NULL, locked_until TEXT, disabled INTEGER NOT NULL, created TEXT NOT NULL,
            session_stamp INTEGER NOT NULL DEFAULT 0);
        CREATE TABLE IF NOT EXISTS case_members (
            user_name TEXT NOT NULL, case_ref TEXT NOT NULL, lead INTEGER NOT NULL, PRIMARY KEY (user_name, case_ref));
        CREATE TABLE IF NOT EXISTS cases (
            case_ref TEXT PRIMARY KEY, workspace TEXT NOT NULL, title TEXT NOT NULL, created TEXT NOT NULL);
        CREATE TABLE IF NOT EXISTS access_tokens (
            id TEXT PRIMARY KEY, user_name TEXT NOT NULL, secret_hash TEXT NOT NULL, session_stamp INTEGER NOT NULL,
            created TEXT NOT NULL, expires TEXT NOT NULL, label TEXT NOT NULL, revoked INTEGER NOT NULL);
        CREATE TABLE IF NOT EXISTS security_settings (key TEXT PRIMARY KEY, value TEXT NOT NULL);
        """;

    /// <summary>Whether the accounts table (made before sessions could be revoked) lacks the session stamp.</summary>
    public const string LacksSessionStamp = "SELECT count(*) = 0 FROM pragma_table_info('accounts') WHERE name = 'session_stamp'";

    /// <summary>Adds the session stamp to an accounts table made before it.</summary>
    public const string AddSessionStamp = "ALTER TABLE accounts ADD COLUMN session_stamp INTEGER NOT NULL DEFAULT 0;";
}
