using Npgsql;
using Threadline.Security;
using Threadline.Storage.Compliance;
using Threadline.Storage.Postgres.Security;
using Threadline.Testing.Postgres;

namespace Threadline.Storage.Postgres.Tests;

/// <summary>The PostgreSQL engine's audit trail and accounts pass the security compliance suite; tampering as the server's owner.</summary>
[EngineProbe(typeof(PostgresProbe))]
public sealed class PostgresSecurityStoreTests : SecurityStoreCompliance, IClassFixture<PostgresDatabase>
{
    private readonly PostgresDatabase _database;

    public PostgresSecurityStoreTests(PostgresDatabase database)
    {
        _database = database;
    }

    protected override ISecurityStore CreateStore() => PostgresSecurityStore.Open(_database.MigratedWorkspace());

    protected override ISecurityStore OpenSecond(ISecurityStore store) => PostgresSecurityStore.Open(((PostgresSecurityStore)store).Location);

    protected override void UpdateSubjectPlainly(ISecurityStore store, long sequence) =>
        Run(store, $"UPDATE {Table(store)} SET subject = 'x' WHERE seq = {sequence}");

    protected override void TamperSubject(ISecurityStore store, long sequence, string subject) =>
        Tamper(store, $"UPDATE {Table(store)} SET subject = '{subject.Replace("'", "''", StringComparison.Ordinal)}' WHERE seq = {sequence}");

    protected override void TamperRemove(ISecurityStore store, long sequence) =>
        Tamper(store, $"DELETE FROM {Table(store)} WHERE seq = {sequence}");

    protected override void TamperSwap(ISecurityStore store, long first, long second) =>
        Tamper(store, $"UPDATE {Table(store)} SET seq = -1 WHERE seq = {first}; UPDATE {Table(store)} SET seq = {first} WHERE seq = {second}; UPDATE {Table(store)} SET seq = {second} WHERE seq = -1");

    [PostgresFact]
    public void Truncating_the_trail_is_refused()
    {
        var store = NewStore();
        Fill(store, 2);
        Assert.ThrowsAny<PostgresException>(() => Run(store, $"TRUNCATE {Table(store)}"));
        Assert.Equal(2, store.CountAudit());
    }

    private static string Table(ISecurityStore store) => "\"" + ((PostgresSecurityStore)store).Location.Workspace + "\".audit_log";

    private static void Tamper(ISecurityStore store, string sql) =>
        Run(store, $"ALTER TABLE {Table(store)} DISABLE TRIGGER USER; {sql}; ALTER TABLE {Table(store)} ENABLE TRIGGER USER");

    private static void Run(ISecurityStore store, string sql)
    {
        using var connection = new NpgsqlConnection(((PostgresSecurityStore)store).Location.ConnectionString(readOnly: false));
        connection.Open();
        using var command = new NpgsqlCommand(sql, connection);
        command.ExecuteNonQuery();
    }
}
