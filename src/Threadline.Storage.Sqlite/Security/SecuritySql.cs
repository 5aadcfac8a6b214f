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
            last_totp_step INTEGER NOT NULL, failures INTEGER NOT NULL, locked_until TEXT, disabled INTEGER NOT NULL, created TEXT NOT NULL);
        CREATE TABLE IF NOT EXISTS case_members (
            user_name TEXT NOT NULL, case_ref TEXT NOT NULL, lead INTEGER NOT NULL, PRIMARY KEY (user_name, case_ref));
        """;
}
