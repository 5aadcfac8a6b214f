using Microsoft.Data.Sqlite;
using Threadline.Security;
using Threadline.Storage.Compliance;
using Threadline.Storage.Sqlite.Security;

namespace Threadline.Storage.Sqlite.Tests;

/// <summary>The SQLite engine's audit trail and accounts pass the security compliance suite; tampering goes straight to the file.</summary>
public sealed class SqliteSecurityStoreTests : SecurityStoreCompliance
{
    private readonly string _folder = Path.Combine(Path.GetTempPath(), "threadline-security-" + Guid.NewGuid().ToString("N"));

    protected override ISecurityStore CreateStore()
    {
        var path = Path.Combine(_folder, Guid.NewGuid().ToString("N"), "threadline.db");
        SqliteWorkspaceStore.Open(path).Dispose();
        return SqliteSecurityStore.Open(path);
    }

    protected override ISecurityStore OpenSecond(ISecurityStore store) => SqliteSecurityStore.Open(((SqliteSecurityStore)store).Path);

    protected override void UpdateSubjectPlainly(ISecurityStore store, long sequence) =>
        Run(store, $"UPDATE audit_log SET subject = 'x' WHERE seq = {sequence}");

    protected override void TamperSubject(ISecurityStore store, long sequence, string subject) =>
        Run(store, $"DROP TRIGGER IF EXISTS audit_log_no_update; UPDATE audit_log SET subject = '{subject.Replace("'", "''", StringComparison.Ordinal)}' WHERE seq = {sequence}");

    protected override void TamperRemove(ISecurityStore store, long sequence) =>
        Run(store, $"DROP TRIGGER IF EXISTS audit_log_no_delete; DELETE FROM audit_log WHERE seq = {sequence}");

    protected override void TamperSwap(ISecurityStore store, long first, long second) =>
        Run(store, $"DROP TRIGGER IF EXISTS audit_log_no_update; UPDATE audit_log SET seq = -1 WHERE seq = {first}; UPDATE audit_log SET seq = {first} WHERE seq = {second}; UPDATE audit_log SET seq = {second} WHERE seq = -1");

    [Fact]
    public void Opening_the_trail_of_a_missing_workspace_fails_clearly()
    {
        var error = Assert.Throws<WorkspaceException>(() => SqliteSecurityStore.Open(Path.Combine(_folder, "none.db")));
        Assert.Equal(WorkspaceErrorKind.NotFound, error.Kind);
    }

    [Fact]
    public void The_workspace_store_still_opens_a_file_holding_the_security_tables()
    {
        var store = NewStore();
        Fill(store, 2);
        using var workspace = SqliteWorkspaceStore.Open(((SqliteSecurityStore)store).Path);
        Assert.Equal(0, workspace.CountStatements());
    }

    protected override void Dispose(bool disposing)
    {
        SqliteConnection.ClearAllPools();
        if (Directory.Exists(_folder))
        {
            Directory.Delete(_folder, recursive: true);
        }
    }

    private static void Run(ISecurityStore store, string sql)
    {
        using var connection = new SqliteConnection($"Data Source={((SqliteSecurityStore)store).Path};Pooling=False");
        connection.Open();
        using var command = connection.CreateCommand();
        command.CommandText = sql;
        command.ExecuteNonQuery();
    }
}
