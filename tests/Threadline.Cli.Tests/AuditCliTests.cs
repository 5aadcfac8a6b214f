using System.Text.Json;
using Microsoft.Data.Sqlite;
using Threadline.Testing.Postgres;

namespace Threadline.Cli.Tests;

/// <summary>
/// Every command that reads or changes a workspace leaves a record in its hash-chained audit trail, with who, what and
/// why; <c>audit verify</c> names the first record someone changed or removed behind Threadline's back; <c>audit
/// export</c> writes a time range as JSON Lines.
/// </summary>
public sealed class AuditCliTests : IClassFixture<PostgresDatabase>
{
    private const string Ads = """
        {"site":"tulip.example","ad_id":"1","posted_at":"2026-03-01T10:00:00Z","city":"Gent","country":"BE","title":"Nieuw in Gent","body":"Lieve Anna, discreet. Bel 0470 11 22 33"}
        {"site":"tulip.example","ad_id":"2","posted_at":"2026-03-02T10:00:00Z","city":"Lyon","country":"FR","title":"Nouvelle à Lyon","body":"Douce et discrète"}
        """;

    private readonly PostgresDatabase _database;

    public AuditCliTests(PostgresDatabase database)
    {
        _database = database;
    }

    [Fact]
    public void Each_look_and_change_is_recorded_with_who_what_and_why_and_the_trail_verifies()
    {
        using var cli = new CliRunner();
        var ads = cli.Write("in/ads.jsonl", Ads);
        var ws = new[] { "--workspace", cli.Workspace };
        Assert.Equal(0, cli.Run(["ingest", "ads", ads, .. ws, "--as", "ana.k", "--case", "CASE-7", "--reason", "new site export"]).ExitCode);
        Assert.Equal(0, cli.Run(["extract", .. ws, "--as", "ana.k"]).ExitCode);
        Assert.Equal(0, cli.RunWith(new Dictionary<string, string> { ["THREADLINE_USER"] = "bob" }, ["search", "Anna discreet", .. ws, "--case", "CASE-7", "--reason", "check a tip"]).ExitCode);
        Assert.Equal(0, cli.Run(["stats", .. ws, "--as", "ana.k"]).ExitCode);

        // The export is itself a disclosure, recorded before it reads: the fifth record.
        var records = Export(cli, ws);
        Assert.Equal(["collection", "alteration", "consultation", "consultation", "disclosure"], records.Select(r => r.GetProperty("action").GetString()!).ToArray());
        Assert.Equal(["ana.k", "ana.k", "bob", "ana.k", Environment.UserName], records.Select(r => r.GetProperty("actor").GetString()!).ToArray());
        var search = records[2];
        Assert.Equal("threadline search \"Anna discreet\"", search.GetProperty("subject").GetString());
        Assert.Equal("CASE-7", search.GetProperty("case").GetString());
        Assert.Equal("check a tip", search.GetProperty("reason").GetString());
        Assert.StartsWith("threadline-cli ", search.GetProperty("origin").GetString(), StringComparison.Ordinal);
        Assert.DoesNotContain(cli.Workspace, records[0].GetProperty("subject").GetString(), StringComparison.Ordinal);

        var verify = cli.Run(["audit", "verify", .. ws]);
        Assert.True(verify.ExitCode == 0, verify.Error);
        Assert.Contains("intact", verify.Output, StringComparison.Ordinal);
    }

    [Fact]
    public void A_record_changed_in_the_file_is_named_by_audit_verify()
    {
        using var cli = new CliRunner();
        var ws = new[] { "--workspace", cli.Workspace };
        Assert.Equal(0, cli.Run(["ingest", "ads", cli.Write("in/ads.jsonl", Ads), .. ws]).ExitCode);
        for (var i = 0; i < 4; i++)
        {
            Assert.Equal(0, cli.Run(["search", "Anna", .. ws]).ExitCode);
        }

        Sql(cli.Workspace, "DROP TRIGGER audit_log_no_update; UPDATE audit_log SET actor = 'nobody' WHERE seq = 3");
        var verify = cli.Run(["audit", "verify", .. ws, "--json"]);
        Assert.Equal(1, verify.ExitCode);
        using var doc = JsonDocument.Parse(verify.Output);
        Assert.False(doc.RootElement.GetProperty("intact").GetBoolean());
        Assert.Equal(3, doc.RootElement.GetProperty("first_bad").GetInt64());
    }

    [Fact]
    public void A_removed_record_is_named_and_a_cut_tail_is_found_against_the_anchors()
    {
        using var cli = new CliRunner();
        var ws = new[] { "--workspace", cli.Workspace };
        Assert.Equal(0, cli.Run(["ingest", "ads", cli.Write("in/ads.jsonl", Ads), .. ws]).ExitCode);
        var anchors = cli.Workspace + ".audit-anchors.jsonl";
        var first = cli.Run(["audit", "verify", .. ws]);
        Assert.Equal(0, first.ExitCode);
        // An anchor of record 3 (the export's own) as if written out then; then the tail from record 2 goes, and the
        // next command's record takes number 2 again.
        var head = Export(cli, ws)[2];
        File.WriteAllText(anchors, $"{{\"sequence\":3,\"hash\":\"{head.GetProperty("hash").GetString()}\",\"at\":\"{head.GetProperty("at").GetString()}\"}}\n");
        // Each open puts the guard back, so the tamperer drops it in the same breath.
        Sql(cli.Workspace, "DROP TRIGGER audit_log_no_delete; DELETE FROM audit_log WHERE seq >= 2");
        var verify = cli.Run(["audit", "verify", .. ws]);
        Assert.Equal(1, verify.ExitCode);
        Assert.Contains("NOT intact at record 3", verify.Output, StringComparison.Ordinal);
        Assert.Contains("removed from the end", verify.Output, StringComparison.Ordinal);

        Assert.Equal(0, cli.Run(["stats", .. ws]).ExitCode);
        Sql(cli.Workspace, "DROP TRIGGER audit_log_no_delete; DELETE FROM audit_log WHERE seq = 1");
        Assert.Contains("record 1 is missing", cli.Run(["audit", "verify", .. ws, "--anchors", Path.Combine(cli.Directory, "none.jsonl")]).Output, StringComparison.Ordinal);
    }

    [Fact]
    public void Export_keeps_to_the_time_range_and_refuses_bad_dates()
    {
        using var cli = new CliRunner();
        var ws = new[] { "--workspace", cli.Workspace };
        Assert.Equal(0, cli.Run(["ingest", "ads", cli.Write("in/ads.jsonl", Ads), .. ws]).ExitCode);
        var today = DateTime.UtcNow.ToString("yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture);
        var all = cli.Run(["audit", "export", .. ws, "--from", today, "--to", today]);
        Assert.Equal(0, all.ExitCode);
        Assert.Equal(2, all.Output.Split('\n', StringSplitOptions.RemoveEmptyEntries).Length);
        var none = cli.Run(["audit", "export", .. ws, "--to", "2001-01-01"]);
        Assert.Equal(string.Empty, none.Output);
        Assert.Equal(2, cli.Run(["audit", "export", .. ws, "--from", "yesterday"]).ExitCode);
        Assert.Equal(2, cli.Run(["audit", "export", .. ws, "--from", today, "--to", "2001-01-01"]).ExitCode);
    }

    [PostgresFact]
    public void A_server_workspace_keeps_its_trail_on_the_server_and_prints_no_password()
    {
        using var cli = new CliRunner();
        var location = _database.NewWorkspace().Shown;
        var at = location.IndexOf('@', StringComparison.Ordinal);
        var server = location[..at] + ":pw-never-shown" + location[at..];
        var ws = new[] { "--workspace", server };
        var results = new List<CliResult>
        {
            cli.Run(["migrate", .. ws]),
            cli.Run(["ingest", "ads", cli.Write("in/ads.jsonl", Ads), .. ws, "--as", "ana.k"]),
            cli.Run(["search", "Lyon", .. ws, "--as", "ana.k"]),
            cli.Run(["audit", "verify", .. ws]),
            cli.Run(["audit", "export", .. ws]),
        };
        Assert.All(results, r => Assert.True(r.ExitCode == 0, r.Error));
        Assert.Contains("intact", results[3].Output, StringComparison.Ordinal);
        Assert.Equal(5, results[4].Output.Split('\n', StringSplitOptions.RemoveEmptyEntries).Length);
        Assert.All(results, r => Assert.DoesNotContain("pw-never-shown", r.Output + r.Error, StringComparison.Ordinal));
    }

    private static JsonElement[] Export(CliRunner cli, string[] ws)
    {
        var export = cli.Run(["audit", "export", .. ws]);
        Assert.True(export.ExitCode == 0, export.Error);
        return export.Output.Split('\n', StringSplitOptions.RemoveEmptyEntries).Select(l => JsonDocument.Parse(l).RootElement.Clone()).ToArray();
    }

    private static void Sql(string path, string sql)
    {
        using var connection = new SqliteConnection($"Data Source={path};Pooling=False");
        connection.Open();
        using var command = connection.CreateCommand();
        command.CommandText = sql;
        command.ExecuteNonQuery();
    }
}
