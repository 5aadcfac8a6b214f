using Npgsql;
using Threadline.Cases.Store;
using Threadline.Storage.Compliance;
using Threadline.Storage.Postgres.Cases;
using Threadline.Testing.Postgres;

namespace Threadline.Storage.Postgres.Tests;

/// <summary>The PostgreSQL engine's case files pass the case compliance suite (skipped, with the reason, where no server can be had).</summary>
[EngineProbe(typeof(PostgresProbe))]
public sealed class PostgresCaseStoreTests : CaseStoreCompliance, IClassFixture<PostgresDatabase>
{
    private readonly PostgresDatabase _database;

    public PostgresCaseStoreTests(PostgresDatabase database)
    {
        _database = database;
    }

    protected override ICaseStore CreateStore() => PostgresCaseStore.Open(_database.MigratedWorkspace());

    protected override ICaseStore OpenSecond(ICaseStore store) => PostgresCaseStore.Open(((PostgresCaseStore)store).Location);

    protected override void UpdateRecordPlainly(ICaseStore store, string reference) =>
        Run(store, $"UPDATE {Table(store)} SET payload = '{{}}' WHERE reference = '{reference}'");

    protected override void DeleteRecordsPlainly(ICaseStore store, string reference) =>
        Run(store, $"DELETE FROM {Table(store)} WHERE reference = '{reference}'");

    [PostgresFact]
    public void A_workspace_at_the_previous_schema_version_asks_for_migrate()
    {
        var location = _database.NewWorkspace();
        PostgresWorkspaceStore.Migrate(location);
        Run(location, $"DROP TABLE \"{location.Workspace}\".case_records, \"{location.Workspace}\".case_victims, \"{location.Workspace}\".case_files; DELETE FROM \"{location.Workspace}\".threadline_migrations WHERE version >= 2");
        var error = Assert.Throws<WorkspaceException>(() => PostgresCaseStore.Open(location));
        Assert.Equal(WorkspaceErrorKind.UpgradeRequired, error.Kind);
        Assert.Contains("threadline migrate", error.Message, StringComparison.Ordinal);
    }

    private static string Table(ICaseStore store) => "\"" + ((PostgresCaseStore)store).Location.Workspace + "\".case_records";

    private static void Run(ICaseStore store, string sql) => Run(((PostgresCaseStore)store).Location, sql);

    private static void Run(PostgresLocation location, string sql)
    {
        using var connection = new NpgsqlConnection(location.ConnectionString(readOnly: false));
        connection.Open();
        using var command = new NpgsqlCommand(sql, connection);
        command.ExecuteNonQuery();
    }
}
