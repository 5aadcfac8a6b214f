namespace Threadline.Storage.Postgres.Security;

/// <summary>The security tables of one workspace schema: the audit trail (append-only by trigger), accounts, memberships.</summary>
internal static class PgSecuritySql
{
    /// <summary>Serialises first-time creation of the tables between sessions (CREATE … IF NOT EXISTS races otherwise).</summary>
    public const long CreateLock = 0x5468_7244_5365_63; // "ThrdSec"

    public static string Create(Tables t) => $"""
        CREATE TABLE IF NOT EXISTS {t.Schema}.audit_log (
            seq bigint PRIMARY KEY, at text NOT NULL, actor text NOT NULL, action text NOT NULL, subject text NOT NULL,
            origin text NOT NULL, case_ref text NOT NULL, reason text NOT NULL, prev_hash text NOT NULL, hash text NOT NULL);
        CREATE OR REPLACE FUNCTION {t.Schema}.audit_log_append_only() RETURNS trigger LANGUAGE plpgsql AS
            $f$ BEGIN RAISE EXCEPTION 'the audit trail is append-only'; END $f$;
        CREATE OR REPLACE TRIGGER audit_log_append_only BEFORE UPDATE OR DELETE ON {t.Schema}.audit_log
            FOR EACH ROW EXECUTE FUNCTION {t.Schema}.audit_log_append_only();
        CREATE OR REPLACE TRIGGER audit_log_no_truncate BEFORE TRUNCATE ON {t.Schema}.audit_log
            FOR EACH STATEMENT EXECUTE FUNCTION {t.Schema}.audit_log_append_only();
        CREATE TABLE IF NOT EXISTS {t.Schema}.accounts (
            name text PRIMARY KEY, roles text NOT NULL, password_hash text NOT NULL, totp_secret bytea NOT NULL,
            last_totp_step bigint NOT NULL, failures integer NOT NULL, locked_until text, disabled boolean NOT NULL, created text NOT NULL);
        CREATE TABLE IF NOT EXISTS {t.Schema}.case_members (
            user_name text NOT NULL, case_ref text NOT NULL, lead boolean NOT NULL, PRIMARY KEY (user_name, case_ref));
        ALTER TABLE {t.Schema}.accounts ADD COLUMN IF NOT EXISTS session_stamp bigint NOT NULL DEFAULT 0;
        CREATE TABLE IF NOT EXISTS {t.Schema}.cases (
            case_ref text PRIMARY KEY, workspace text NOT NULL, title text NOT NULL, created text NOT NULL);
        CREATE TABLE IF NOT EXISTS {t.Schema}.access_tokens (
            id text PRIMARY KEY, user_name text NOT NULL, secret_hash text NOT NULL, session_stamp bigint NOT NULL,
            created text NOT NULL, expires text NOT NULL, label text NOT NULL, revoked boolean NOT NULL);
        CREATE TABLE IF NOT EXISTS {t.Schema}.security_settings (key text PRIMARY KEY, value text NOT NULL);
        """;
}
