using System.Globalization;
using Microsoft.Data.Sqlite;

namespace Threadline.Storage.Sqlite;

/// <summary>Brings a workspace to the latest schema version, one recorded step at a time.</summary>
internal static class Migrator
{
    private const string CreateTable = """
        CREATE TABLE IF NOT EXISTS migrations(
            version INTEGER PRIMARY KEY,
            name TEXT NOT NULL,
            applied_at TEXT NOT NULL);
        """;

    /// <summary>Applies the missing steps and returns the version the workspace is at.</summary>
    public static int Apply(SqliteConnection connection, IReadOnlyList<Migration> migrations, string shownPath) =>
        Apply(connection, migrations, shownPath, out _);

    /// <summary>Applies the missing steps and returns the version the workspace is at, and the one it was at.</summary>
    public static int Apply(SqliteConnection connection, IReadOnlyList<Migration> migrations, string shownPath, out int from)
    {
        var latest = migrations.Count == 0 ? 0 : migrations.Max(m => m.Version);
        CheckIdentity(connection, shownPath);
        Connections.ConfigureWriter(connection);
        var current = CurrentVersion(connection, null);
        from = current;
        if (current > latest)
        {
            throw TooNew(shownPath, current, latest);
        }

        foreach (var migration in migrations.OrderBy(m => m.Version))
        {
            if (migration.Version <= current)
            {
                continue;
            }

            using var transaction = connection.BeginTransaction();
            // Another process may have migrated while we waited for the write lock.
            var now = CurrentVersion(connection, transaction);
            if (now > latest)
            {
                throw TooNew(shownPath, now, latest);
            }

            if (migration.Version > now)
            {
                Connections.Execute(connection, migration.Sql, transaction);
                using var record = connection.CreateCommand();
                record.Transaction = transaction;
                record.CommandText = "INSERT INTO migrations(version, name, applied_at) VALUES ($v, $n, $t);";
                record.Parameters.AddWithValue("$v", migration.Version);
                record.Parameters.AddWithValue("$n", migration.Name);
                record.Parameters.AddWithValue("$t", DateTimeOffset.UtcNow.ToString("O", CultureInfo.InvariantCulture));
                record.ExecuteNonQuery();
                Connections.Execute(
                    connection,
                    string.Create(CultureInfo.InvariantCulture, $"PRAGMA user_version = {migration.Version}; PRAGMA application_id = {Migrations.ApplicationId};"),
                    transaction);
            }

            transaction.Commit();
            current = migration.Version;
        }

        return CurrentVersion(connection, null);
    }

    /// <summary>
    /// For a read-only open: the file must be a workspace at exactly the latest version, since nothing
    /// can be migrated. Writes nothing.
    /// </summary>
    public static int CheckReadable(SqliteConnection connection, IReadOnlyList<Migration> migrations, string shownPath)
    {
        var latest = migrations.Count == 0 ? 0 : migrations.Max(m => m.Version);
        CheckIdentity(connection, shownPath);
        var hasMigrations = Connections.Scalar(connection, "SELECT count(*) FROM sqlite_schema WHERE type = 'table' AND name = 'migrations';") > 0;
        var current = hasMigrations ? (int)Connections.Scalar(connection, "SELECT coalesce(max(version), 0) FROM migrations;") : 0;
        if (current > latest)
        {
            throw TooNew(shownPath, current, latest);
        }

        if (current < latest)
        {
            throw new WorkspaceException(string.Create(
                CultureInfo.InvariantCulture,
                $"workspace '{shownPath}' is read-only and has schema version {current}; this Threadline needs {latest}: open it once with write access to upgrade it"))
            {
                Kind = WorkspaceErrorKind.UpgradeRequired,
            };
        }

        return current;
    }

    private static void CheckIdentity(SqliteConnection connection, string shownPath)
    {
        var applicationId = Connections.Scalar(connection, "PRAGMA application_id;");
        if (applicationId == Migrations.ApplicationId)
        {
            return;
        }

        var hasMigrations = Connections.Scalar(connection, "SELECT count(*) FROM sqlite_schema WHERE type = 'table' AND name = 'migrations';") > 0;
        var objects = Connections.Scalar(connection, "SELECT count(*) FROM sqlite_schema;");
        if (applicationId != 0 || (objects > 0 && !hasMigrations))
        {
            throw new WorkspaceException($"'{shownPath}' is an SQLite database but not a Threadline workspace") { Kind = WorkspaceErrorKind.NotAWorkspace };
        }
    }

    private static int CurrentVersion(SqliteConnection connection, SqliteTransaction? transaction)
    {
        Connections.Execute(connection, CreateTable, transaction);
        return (int)Connections.Scalar(connection, "SELECT coalesce(max(version), 0) FROM migrations;", transaction);
    }

    private static WorkspaceException TooNew(string shownPath, int found, int latest) =>
        new(string.Create(
            CultureInfo.InvariantCulture,
            $"workspace '{shownPath}' has schema version {found}, newer than this Threadline supports ({latest}): use a newer Threadline"))
        {
            Kind = WorkspaceErrorKind.TooNew,
        };
}
