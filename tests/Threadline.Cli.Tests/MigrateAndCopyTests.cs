using System.Text.Json;
using Threadline.Testing.Postgres;

namespace Threadline.Cli.Tests;

/// <summary>
/// <c>threadline migrate</c> and <c>threadline copy</c>: a workspace moves between engines with nothing lost, which the
/// copy proves with counts and content hashes, and which the other commands then confirm (stats, search, networks).
/// </summary>
public sealed class MigrateAndCopyTests : IClassFixture<PostgresDatabase>
{
    private const string Password = "s3cret-do-not-print";
    private readonly PostgresDatabase _database;

    public MigrateAndCopyTests(PostgresDatabase database)
    {
        _database = database;
    }

    [Fact]
    public void Migrate_creates_a_file_workspace_and_says_when_it_is_already_current()
    {
        using var cli = new CliRunner();
        var first = cli.Run("migrate", "--workspace", cli.Workspace, "--json");
        Assert.Equal(0, first.ExitCode);
        using (var doc = JsonDocument.Parse(first.Output))
        {
            Assert.Equal(0, doc.RootElement.GetProperty("from_version").GetInt32());
            Assert.True(doc.RootElement.GetProperty("to_version").GetInt32() >= 2);
        }

        Assert.True(File.Exists(cli.Workspace));
        Assert.Contains("already at schema version", cli.Run("migrate", "--workspace", cli.Workspace).Error + cli.Run("migrate", "--workspace", cli.Workspace).Output, StringComparison.Ordinal);
    }

    [Fact]
    public void Copy_moves_a_linked_workspace_into_a_new_file_verifies_it_and_refuses_a_full_target()
    {
        using var cli = new CliRunner();
        Linked(cli);
        var target = Path.Combine(cli.Directory, "copy.db");
        var copy = cli.Run("copy", "--from", cli.Workspace, "--to", target, "--json");
        Assert.True(copy.ExitCode == 0, copy.Error);
        AssertVerified(copy.Output);
        AssertSameWorkspace(cli, cli.Workspace, target);

        var again = cli.Run("copy", "--from", cli.Workspace, "--to", target);
        Assert.Equal(1, again.ExitCode);
        Assert.Contains("not empty", again.Error, StringComparison.Ordinal);
        Assert.Equal(2, cli.Run("copy", "--from", target, "--to", target).ExitCode);
    }

    [PostgresFact]
    public void A_workspace_goes_from_sqlite_to_postgres_and_back_unchanged_and_no_password_is_printed()
    {
        using var cli = new CliRunner();
        Linked(cli);
        var server = ServerWorkspace("roundtrip");
        var outputs = new List<CliResult>();
        CliResult Run(params string[] args)
        {
            var result = cli.Run(args);
            outputs.Add(result);
            return result;
        }

        // Extraction caught up with everything (linking wrote to the ads after it), so its watermark is the last sequence.
        Assert.Equal(0, Run("extract", "--workspace", cli.Workspace).ExitCode);
        Assert.Equal(0, Run("migrate", "--workspace", server).ExitCode);
        var there = Run("copy", "--from", cli.Workspace, "--to", server, "--json");
        Assert.True(there.ExitCode == 0, there.Error);
        AssertVerified(there.Output);
        AssertSameWorkspace(cli, cli.Workspace, server);
        using (var doc = JsonDocument.Parse(Run("extract", "--workspace", server, "--json").Output))
        {
            // The extraction watermark was translated to the server's own change sequence: nothing is left to extract.
            Assert.Equal(0, doc.RootElement.GetProperty("ads").GetInt64());
        }

        var back = Path.Combine(cli.Directory, "back.db");
        var home = Run("copy", "--from", server, "--to", back, "--json");
        Assert.True(home.ExitCode == 0, home.Error);
        AssertVerified(home.Output);
        AssertSameWorkspace(cli, cli.Workspace, back);
        using (var a = JsonDocument.Parse(there.Output))
        using (var b = JsonDocument.Parse(home.Output))
        {
            foreach (var part in new[] { "statements", "results" })
            {
                Assert.Equal(
                    a.RootElement.GetProperty(part).GetProperty("source_sha256").GetString(),
                    b.RootElement.GetProperty(part).GetProperty("target_sha256").GetString());
            }
        }

        Assert.Contains(outputs, o => o.Output.Contains("postgres://postgres@", StringComparison.Ordinal));
        Assert.All(outputs, o => Assert.DoesNotContain(Password, o.Output + o.Error, StringComparison.Ordinal));
    }

    [PostgresFact]
    public void Commands_use_a_postgres_workspace_once_migrate_has_created_it()
    {
        using var cli = new CliRunner();
        var server = ServerWorkspace("direct");
        var ads = cli.Write("ads.jsonl", """
            {"site":"tulip.example","ad_id":"1","posted_at":"2026-03-01T10:00:00Z","city":"Gent","country":"BE","title":"Nieuw in Gent","body":"Lieve Anna, discreet. Bel 0470 11 22 33"}
            {"site":"tulip.example","ad_id":"2","posted_at":"2026-03-02T10:00:00Z","city":"Lyon","country":"FR","title":"Nouvelle à Lyon","body":"Douce et discrète"}
            """);
        var before = cli.Run("ingest", "ads", ads, "--workspace", server);
        Assert.Equal(1, before.ExitCode);
        Assert.Contains("threadline migrate", before.Error, StringComparison.Ordinal);
        Assert.DoesNotContain(Password, before.Error, StringComparison.Ordinal);

        Assert.Equal(0, cli.Run("migrate", "--workspace", server).ExitCode);
        var ingest = cli.Run("ingest", "ads", ads, "--workspace", server, "--json");
        Assert.True(ingest.ExitCode == 0, ingest.Error);
        Assert.True(File.Exists(Path.Combine(cli.Directory, "threadline.quarantine.ads.jsonl")) || !ingest.Output.Contains("\"rejected\":1", StringComparison.Ordinal));
        Assert.Equal(0, cli.Run("extract", "--workspace", server).ExitCode);
        using var stats = JsonDocument.Parse(cli.Run("stats", "--workspace", server, "--json").Output);
        Assert.Equal(2, stats.RootElement.GetProperty("entities").GetProperty("Advertisement").GetInt64());
        Assert.DoesNotContain(Password, stats.RootElement.GetProperty("workspace").GetString()!, StringComparison.Ordinal);
        using var search = JsonDocument.Parse(cli.Run("search", "discrete", "--workspace", server, "--json").Output);
        Assert.Equal(1, search.RootElement.GetProperty("hits").GetArrayLength());
    }

    /// <summary>A small world ingested, extracted and linked into the runner's workspace file.</summary>
    private static void Linked(CliRunner cli)
    {
        var world = Path.Combine(cli.Directory, "world");
        Assert.Equal(0, cli.Run("simulate", "--seed", "3", "--ads", "300", "--out", world).ExitCode);
        var ws = new[] { "--workspace", cli.Workspace };
        Assert.Equal(0, cli.Run(["ingest", "ads", Path.Combine(world, "ads"), .. ws]).ExitCode);
        Assert.Equal(0, cli.Run(["ingest", "bookings", Path.Combine(world, "bookings"), .. ws]).ExitCode);
        Assert.Equal(0, cli.Run(["extract", .. ws]).ExitCode);
        var link = cli.Run(["link", .. ws]);
        Assert.True(link.ExitCode == 0, link.Error);
    }

    /// <summary>A new workspace on the test server, named with a password the server does not need (it trusts local logins).</summary>
    private string ServerWorkspace(string name)
    {
        var shown = _database.NewWorkspace().Shown;
        var at = shown.IndexOf('@', StringComparison.Ordinal);
        var workspace = shown[..at] + ":" + Password + shown[at..];
        var query = workspace.IndexOf('?', StringComparison.Ordinal);
        return (query < 0 ? workspace : workspace[..query]) + "?workspace=" + name;
    }

    private static void AssertVerified(string json)
    {
        using var doc = JsonDocument.Parse(json);
        Assert.True(doc.RootElement.GetProperty("verified").GetBoolean(), json);
        Assert.True(doc.RootElement.GetProperty("statements").GetProperty("source").GetInt64() > 1000);
        Assert.True(doc.RootElement.GetProperty("results").GetProperty("source").GetInt64() > 10);
    }

    /// <summary>
    /// What the read commands say of both workspaces is the same: stats and networks exactly; searches find the same
    /// entities (each engine ranks by its own measure, so the order of equally relevant hits may differ).
    /// </summary>
    private static void AssertSameWorkspace(CliRunner cli, string a, string b)
    {
        foreach (var args in new[] { new[] { "stats", "--json" }, ["networks", "--all", "--json"] })
        {
            Assert.Equal(Without(Run(cli, args, a), "workspace"), Without(Run(cli, args, b), "workspace"));
        }

        foreach (var query in new[] { "euro", "lisa OR eva", "ital*", "\"ragazza italiana\"", "schone", "country:IT" })
        {
            string[] args = ["search", query, "--limit", "10000", "--json"];
            var left = Hits(Run(cli, args, a));
            Assert.NotEmpty(left);
            Assert.Equal(left, Hits(Run(cli, args, b)));
        }
    }

    private static string Run(CliRunner cli, string[] args, string workspace)
    {
        var result = cli.Run([.. args, "--workspace", workspace]);
        Assert.True(result.ExitCode == 0, result.Error);
        return result.Output;
    }

    private static string[] Hits(string json)
    {
        using var doc = JsonDocument.Parse(json);
        return doc.RootElement.GetProperty("hits").EnumerateArray().Select(h => h.GetProperty("entity_id").GetString()!).Order(StringComparer.Ordinal).ToArray();
    }

    private static string Without(string json, string property)
    {
        using var doc = JsonDocument.Parse(json);
        if (doc.RootElement.ValueKind != JsonValueKind.Object)
        {
            return json;
        }

        return JsonSerializer.Serialize(doc.RootElement.EnumerateObject().Where(p => p.Name != property).ToDictionary(p => p.Name, p => p.Value));
    }
}
