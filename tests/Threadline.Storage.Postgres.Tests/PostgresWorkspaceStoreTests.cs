using Threadline.Storage.Compliance;
using Threadline.Testing.Postgres;

namespace Threadline.Storage.Postgres.Tests;

/// <summary>The PostgreSQL engine passes the compliance suite unchanged: each store a new workspace (schema) in this class's database.</summary>
[EngineProbe(typeof(PostgresProbe))]
public sealed class PostgresWorkspaceStoreTests : WorkspaceStoreCompliance, IClassFixture<PostgresDatabase>
{
    private readonly PostgresDatabase _database;

    public PostgresWorkspaceStoreTests(PostgresDatabase database)
    {
        _database = database;
    }

    protected override IWorkspaceStore CreateStore() => PostgresWorkspaceStore.Open(_database.MigratedWorkspace());

    protected override IWorkspaceStore OpenSecond(IWorkspaceStore store) => PostgresWorkspaceStore.Open(((PostgresWorkspaceStore)store).Location);
}
