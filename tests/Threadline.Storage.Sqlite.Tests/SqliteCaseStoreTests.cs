using Microsoft.Data.Sqlite;
using Threadline.Cases.Store;
using Threadline.Storage.Compliance;
using Threadline.Storage.Sqlite.Cases;

namespace Threadline.Storage.Sqlite.Tests;

/// <summary>The SQLite engine's case files pass the case compliance suite; plain SQL goes straight to the file.</summary>
public sealed class SqliteCaseStoreTests : CaseStoreCompliance
{
    private readonly string _folder = Path.Combine(Path.GetTempPath(), "threadline-cases-" + Guid.NewGuid().ToString("N"));

    protected override ICaseStore CreateStore()
    {
        var path = Path.Combine(_folder, Guid.NewGuid().ToString("N"), "threadline.db");
        SqliteWorkspaceStore.Open(path).Dispose();
        return SqliteCaseStore.Open(path);
    }

    protected override ICaseStore OpenSecond(ICaseStore store) => SqliteCaseStore.Open(((SqliteCaseStore)store).Path);

    protected override void UpdateRecordPlainly(ICaseStore store, string reference) =>
        Run(store, $"UPDATE case_records SET payload = '{{}}' WHERE reference = '{reference}'");

    protected override void DeleteRecordsPlainly(ICaseStore store, string reference) =>
        Run(store, $"DELETE FROM case_records WHERE reference = '{reference}'");

    [Fact]
    public void Opening_the_case_files_of_a_missing_workspace_fails_clearly()
    {
        var error = Assert.Throws<WorkspaceException>(() => SqliteCaseStore.Open(Path.Combine(_folder, "none.db")));
        Assert.Equal(WorkspaceErrorKind.NotFound, error.Kind);
    }

    [Fact]
    public void A_read_only_handle_reads_cases_and_cannot_write()
    {
        var store = NewStore();
        Opened(new CaseFiles(store));
        using var reader = SqliteCaseStore.Open(((SqliteCaseStore)store).Path, readOnly: true);
        Assert.Single(reader.Cases());
        Assert.ThrowsAny<SqliteException>(() => new CaseFiles(reader).ChangeStatus("BE-2026-0042", Threadline.Cases.Model.CaseStatus.Suspended, "lead.anna", Start));
    }

    protected override void Dispose(bool disposing)
    {
        SqliteConnection.ClearAllPools();
        if (Directory.Exists(_folder))
        {
            Directory.Delete(_folder, recursive: true);
        }
    }

    private static void Run(ICaseStore store, string sql)
    {
        using var connection = new SqliteConnection($"Data Source={((SqliteCaseStore)store).Path};Pooling=False");
        connection.Open();
        using var command = connection.CreateCommand();
        command.CommandText = sql;
        command.ExecuteNonQuery();
    }
}
