using System.Globalization;
using Npgsql;

namespace Threadline.Storage.Postgres;

/// <summary>
/// Creates a workspace's schema and brings it to the latest version, one recorded step at a time, in one transaction
/// under an advisory lock (two `threadline migrate` runs at once apply each step once; PostgreSQL's DDL is
/// transactional, so a failed step leaves the workspace as it was). Opening never migrates: on a shared server an
/// upgrade is a deliberate act, so an analyst's newer client cannot change the schema under a colleague's older one.
/// </summary>
internal static class PgMigrator
{
    private const string Comment = "Threadline workspace";

    public static WorkspaceMigration Apply(NpgsqlConnection connection, Tables tables, string shown, IReadOnlyList<PgMigration> migrations)
    {
        var latest = migrations.Max(m => m.Version);
        using var transaction = connection.BeginTransaction();
        Execute(connection, $"SELECT pg_advisory_xact_lock(hashtext('threadline.migrate.' || {Literal(tables.Workspace)}));");
        var state = Inspect(connection, tables);
        if (state.SchemaExists && !state.IsWorkspace && state.Tables > 0)
        {
            throw NotAWorkspace(shown, tables);
        }

        if (state.Version > latest)
        {
            throw TooNew(shown, state.Version, latest);
        }

        if (!state.SchemaExists)
        {
            Execute(connection, $"CREATE SCHEMA {tables.Schema};");
        }

        if (!state.IsWorkspace)
        {
            Execute(connection, $"""
                COMMENT ON SCHEMA {tables.Schema} IS '{Comment}';
                CREATE TABLE {tables.Migrations}(version integer PRIMARY KEY, name text NOT NULL, applied_at timestamptz NOT NULL DEFAULT now());
                """);
        }

        foreach (var migration in migrations.Where(m => m.Version > state.Version).OrderBy(m => m.Version))
        {
            Execute(connection, migration.Sql.Replace("{s}", tables.Schema, StringComparison.Ordinal));
            using var record = new NpgsqlCommand($"INSERT INTO {tables.Migrations}(version, name) VALUES (@v, @n);", connection);
            record.Parameters.AddWithValue("v", migration.Version);
            record.Parameters.AddWithValue("n", migration.Name);
            record.ExecuteNonQuery();
        }

        transaction.Commit();
        return new WorkspaceMigration(shown, state.Version, Math.Max(state.Version, latest));
    }

    /// <summary>The version of an existing workspace at the latest version; a clear <see cref="WorkspaceException"/> otherwise.</summary>
    public static int Check(NpgsqlConnection connection, Tables tables, string shown, int latest)
    {
        var state = Inspect(connection, tables);
        if (!state.SchemaExists || (!state.IsWorkspace && state.Tables == 0))
        {
            throw new WorkspaceException($"no workspace '{tables.Workspace}' in '{shown}': create it with 'threadline migrate --workspace {shown}'")
            {
                Kind = WorkspaceErrorKind.NotFound,
            };
        }

        if (!state.IsWorkspace)
        {
            throw NotAWorkspace(shown, tables);
        }

        if (state.Version > latest)
        {
            throw TooNew(shown, state.Version, latest);
        }

        if (state.Version < latest)
        {
            throw new WorkspaceException(string.Create(
                CultureInfo.InvariantCulture,
                $"workspace '{shown}' has schema version {state.Version}; this Threadline needs {latest}: upgrade it with 'threadline migrate --workspace {shown}' (everyone using it then needs this Threadline)"))
            {
                Kind = WorkspaceErrorKind.UpgradeRequired,
            };
        }

        return state.Version;
    }

    private static State Inspect(NpgsqlConnection connection, Tables tables)
    {
        using var command = new NpgsqlCommand(
            """
            SELECT n.oid IS NOT NULL,
                   coalesce(obj_description(n.oid, 'pg_namespace') = @comment, false),
                   (SELECT count(*) FROM pg_class AS c WHERE c.relnamespace = n.oid AND c.relkind IN ('r', 'p')),
                   to_regclass(@migrations) IS NOT NULL
            FROM (SELECT 1) AS one LEFT JOIN pg_namespace AS n ON n.nspname = @schema;
            """,
            connection);
        command.Parameters.AddWithValue("comment", Comment);
        command.Parameters.AddWithValue("migrations", tables.Migrations);
        command.Parameters.AddWithValue("schema", tables.Workspace);
        bool exists, marked, hasMigrations;
        long count;
        using (var reader = command.ExecuteReader())
        {
            reader.Read();
            exists = reader.GetBoolean(0);
            marked = reader.GetBoolean(1);
            count = reader.GetInt64(2);
            hasMigrations = reader.GetBoolean(3);
        }

        var version = 0;
        if (marked && hasMigrations)
        {
            using var max = new NpgsqlCommand($"SELECT coalesce(max(version), 0) FROM {tables.Migrations};", connection);
            version = (int)max.ExecuteScalar()!;
        }

        return new State(exists, marked && hasMigrations, count, version);
    }

    private static void Execute(NpgsqlConnection connection, string sql)
    {
        using var command = new NpgsqlCommand(sql, connection);
        command.ExecuteNonQuery();
    }

    private static string Literal(string text) => "'" + text.Replace("'", "''", StringComparison.Ordinal) + "'";

    private static WorkspaceException NotAWorkspace(string shown, Tables tables) =>
        new($"'{shown}': the schema '{tables.Workspace}' holds tables but is not a Threadline workspace; name another with ?workspace=NAME")
        {
            Kind = WorkspaceErrorKind.NotAWorkspace,
        };

    private static WorkspaceException TooNew(string shown, int found, int latest) =>
        new(string.Create(CultureInfo.InvariantCulture, $"workspace '{shown}' has schema version {found}, newer than this Threadline supports ({latest}): use a newer Threadline"))
        {
            Kind = WorkspaceErrorKind.TooNew,
        };

    private sealed record State(bool SchemaExists, bool IsWorkspace, long Tables, int Version);
}
