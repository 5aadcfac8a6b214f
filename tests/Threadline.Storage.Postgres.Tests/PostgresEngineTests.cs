using Npgsql;
using Threadline.Testing.Postgres;
using static Threadline.Storage.Compliance.Statements;

namespace Threadline.Storage.Postgres.Tests;

/// <summary>What only the server engine has: schemas per workspace, explicit migration, read-only sessions, the index plans.</summary>
public sealed class PostgresEngineTests : IClassFixture<PostgresDatabase>
{
    private readonly PostgresDatabase _database;

    public PostgresEngineTests(PostgresDatabase database)
    {
        _database = database;
    }

    [PostgresFact]
    public void Workspaces_in_one_database_are_separate_schemas()
    {
        var a = _database.MigratedWorkspace();
        var b = _database.MigratedWorkspace();
        using var first = PostgresWorkspaceStore.Open(a);
        using var second = PostgresWorkspaceStore.Open(b);
        first.Write([Ad("ad-1", "title", "Lina in Gent")]);
        Assert.Equal(1, first.CountStatements());
        Assert.Equal(0, second.CountStatements());
        Assert.Empty(second.Search("lina"));
        Assert.Equal(1, Query<long>(a, $"SELECT count(*) FROM \"{a.Workspace}\".statements"));
    }

    [PostgresFact]
    public void A_read_only_store_refuses_writes_and_its_sessions_are_read_only_on_the_server()
    {
        var location = _database.MigratedWorkspace();
        using (var store = PostgresWorkspaceStore.Open(location))
        {
            store.Write([Ad("ad-1", "title", "Lina in Gent")]);
        }

        using var reader = PostgresWorkspaceStore.OpenReadOnly(location);
        Assert.True(reader.IsReadOnly);
        Assert.Single(reader.Search("gent"));
        Assert.Equal(WorkspaceErrorKind.ReadOnly, Assert.Throws<WorkspaceException>(() => reader.Write([Ad("ad-2", "title", "x")])).Kind);
        Assert.Throws<WorkspaceException>(() => reader.SetMeta("k", "v"));
        Assert.Throws<WorkspaceException>(() => reader.DeleteByProducer("ingest.ads"));
        Assert.Throws<WorkspaceException>(() => reader.WriteResults("network", [], replace: true));
        using var data = NpgsqlDataSource.Create(location.ConnectionString(readOnly: true));
        using var command = data.CreateCommand("SHOW default_transaction_read_only;");
        Assert.Equal("on", command.ExecuteScalar());
    }

    [PostgresFact]
    public void A_schema_of_another_program_is_not_taken_for_a_workspace()
    {
        var location = _database.NewWorkspace();
        Execute(location, $"CREATE SCHEMA \"{location.Workspace}\"; CREATE TABLE \"{location.Workspace}\".orders(id int);");
        Assert.Equal(WorkspaceErrorKind.NotAWorkspace, Assert.Throws<WorkspaceException>(() => PostgresWorkspaceStore.Migrate(location)).Kind);
        Assert.Equal(WorkspaceErrorKind.NotAWorkspace, Assert.Throws<WorkspaceException>(() => PostgresWorkspaceStore.Open(location)).Kind);
    }

    [PostgresFact]
    public void A_workspace_written_by_a_newer_threadline_is_refused_and_an_older_one_asks_for_migrate()
    {
        var location = _database.MigratedWorkspace();
        Execute(location, $"INSERT INTO \"{location.Workspace}\".threadline_migrations(version, name) VALUES (999, 'future');");
        var error = Assert.Throws<WorkspaceException>(() => PostgresWorkspaceStore.Open(location));
        Assert.Equal(WorkspaceErrorKind.TooNew, error.Kind);
        Assert.Equal(WorkspaceErrorKind.TooNew, Assert.Throws<WorkspaceException>(() => PostgresWorkspaceStore.Migrate(location)).Kind);

        var older = _database.MigratedWorkspace();
        Execute(older, $"DELETE FROM \"{older.Workspace}\".threadline_migrations;");
        var upgrade = Assert.Throws<WorkspaceException>(() => PostgresWorkspaceStore.OpenReadOnly(older));
        Assert.True(upgrade.UpgradeRequired);
        Assert.Contains("threadline migrate", upgrade.Message, StringComparison.Ordinal);
    }

    [PostgresFact]
    public void Two_migrations_at_once_apply_each_step_once()
    {
        var location = _database.NewWorkspace();
        var results = Enumerable.Range(0, 4).AsParallel().Select(_ => PostgresWorkspaceStore.Migrate(location)).ToList();
        Assert.Single(results, r => r.From == 0);
        Assert.All(results, r => Assert.Equal(PostgresWorkspaceStore.LatestVersion, r.To));
        Assert.Equal(PostgresWorkspaceStore.LatestVersion, Query<long>(location, $"SELECT count(*) FROM \"{location.Workspace}\".threadline_migrations"));
    }

    [PostgresFact]
    public void A_word_search_can_use_the_full_text_index()
    {
        var location = _database.MigratedWorkspace();
        using (var store = PostgresWorkspaceStore.Open(location))
        {
            store.Write(Enumerable.Range(0, 2000).Select(i => Ad($"ad-{i:D4}", "body", i % 500 == 0 ? "rare heron" : "common words " + i)).ToList());
        }

        // A table this small is read whole by choice; with that choice taken away, the plan shows the index can serve.
        var plan = string.Join('\n', QueryAll(location, $"EXPLAIN SELECT eid FROM \"{location.Workspace}\".statements AS s WHERE s.words @@ 'heron'::tsquery", "SET enable_seqscan = off"));
        Assert.Contains("statements_by_words", plan, StringComparison.Ordinal);
    }

    [PostgresFact]
    public void Stored_words_are_this_engines_own_and_seen_times_are_utc_ticks()
    {
        var location = _database.MigratedWorkspace();
        using (var store = PostgresWorkspaceStore.Open(location))
        {
            store.Write([Ad("ad-1", "body", "Café near tulip.example, 10:30", day: 2)]);
        }

        Assert.Equal("'10':5 '30':6 'cafe':1 'example':4 'near':2 'tulip':3", Query<string>(location, $"SELECT words::text FROM \"{location.Workspace}\".statements WHERE words IS NOT NULL"));
        Assert.Equal(Day(2).UtcTicks, Query<long>(location, $"SELECT first_seen FROM \"{location.Workspace}\".statements"));
    }

    private static T Query<T>(PostgresLocation location, string sql)
    {
        using var data = NpgsqlDataSource.Create(location.ConnectionString(readOnly: false));
        using var command = data.CreateCommand(sql);
        return (T)command.ExecuteScalar()!;
    }

    private static List<string> QueryAll(PostgresLocation location, string sql, string setup)
    {
        using var data = NpgsqlDataSource.Create(location.ConnectionString(readOnly: false));
        using var connection = data.OpenConnection();
        using (var set = new NpgsqlCommand(setup, connection))
        {
            set.ExecuteNonQuery();
        }

        using var command = new NpgsqlCommand(sql, connection);
        using var reader = command.ExecuteReader();
        var rows = new List<string>();
        while (reader.Read())
        {
            rows.Add(reader.GetString(0));
        }

        return rows;
    }

    private static void Execute(PostgresLocation location, string sql)
    {
        using var data = NpgsqlDataSource.Create(location.ConnectionString(readOnly: false));
        using var command = data.CreateCommand(sql);
        command.ExecuteNonQuery();
    }
}
