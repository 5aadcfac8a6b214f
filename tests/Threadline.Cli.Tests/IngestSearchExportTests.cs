using System.Text.Json;

namespace Threadline.Cli.Tests;

public sealed class IngestSearchExportTests
{
    private const string Ads = """
        {"site":"tulip.example","ad_id":"1","posted_at":"2026-03-01T10:00:00Z","city":"Gent","country":"BE","title":"Nieuw in Gent","body":"Lieve Anna, discreet. Bel 0470 11 22 33","agency":"none"}
        {"site":"tulip.example","ad_id":"2","posted_at":"2026-03-02T10:00:00Z","city":"Lyon","country":"FR","title":"Nouvelle à Lyon","body":"Douce et discrète"}
        {"site":"tulip.example","posted_at":"2026-03-03T10:00:00Z","title":"no ad_id or url"}
        """;

    [Fact]
    public void Ingest_then_stats_search_and_export_work_together()
    {
        using var cli = new CliRunner();
        var file = cli.Write("ads.jsonl", Ads);
        var ingest = cli.Run("ingest", "ads", file, "--workspace", cli.Workspace, "--json");
        Assert.Equal(0, ingest.ExitCode);
        using (var doc = JsonDocument.Parse(ingest.Output))
        {
            Assert.Equal(2, doc.RootElement.GetProperty("accepted").GetInt64());
            Assert.Equal(1, doc.RootElement.GetProperty("rejected").GetInt64());
        }

        var stats = cli.Run("stats", "--workspace", cli.Workspace, "--json");
        Assert.Equal(0, stats.ExitCode);
        using (var doc = JsonDocument.Parse(stats.Output))
        {
            Assert.Equal(2, doc.RootElement.GetProperty("entities").GetProperty("Advertisement").GetInt64());
            Assert.Equal(1, doc.RootElement.GetProperty("ads_by_country").GetProperty("FR").GetInt64());
            Assert.Equal(2, doc.RootElement.GetProperty("ads_by_month").GetProperty("2026-03").GetInt64());
            Assert.Equal(2, doc.RootElement.GetProperty("ads_by_site").GetProperty("tulip.example").GetInt64());
            Assert.Equal(
                ["BE", "FR"],
                doc.RootElement.GetProperty("ads_by_country").EnumerateObject().Select(p => p.Name).ToArray());
        }

        Assert.Contains("tulip.example", cli.Run("stats", "--workspace", cli.Workspace).Error, StringComparison.Ordinal);

        var search = cli.Run("search", "discreet", "--workspace", cli.Workspace, "--json");
        Assert.Equal(0, search.ExitCode);
        using (var doc = JsonDocument.Parse(search.Output))
        {
            Assert.Equal(1, doc.RootElement.GetProperty("hits").GetArrayLength());
        }

        var exported = Path.Combine(cli.Directory, "out.jsonl");
        Assert.Equal(0, cli.Run("export", "--type", "Advertisement", "--statements", "--workspace", cli.Workspace, "--out", exported).ExitCode);
        var lines = File.ReadAllLines(exported);
        Assert.Equal(2, lines.Length);
        using (var doc = JsonDocument.Parse(lines.Single(l => l.Contains("Gent", StringComparison.Ordinal))))
        {
            var root = doc.RootElement;
            Assert.StartsWith("ad-", root.GetProperty("id").GetString(), StringComparison.Ordinal);
            Assert.Equal("Advertisement", root.GetProperty("schema").GetString());
            Assert.Equal("Nieuw in Gent", root.GetProperty("properties").GetProperty("title")[0].GetString());
            Assert.Equal("none", root.GetProperty("properties").GetProperty("raw:agency")[0].GetString());
            var title = root.GetProperty("statements").EnumerateArray().First(s => s.GetProperty("prop").GetString() == "title");
            Assert.Equal("ads.jsonl:1", title.GetProperty("locator").GetString());
            Assert.Equal("ingest.ads", title.GetProperty("producer").GetString());
            Assert.StartsWith("2026-03-01T10:00:00", title.GetProperty("first_seen").GetString(), StringComparison.Ordinal);
        }

        var again = cli.Run("ingest", "ads", file, "--workspace", cli.Workspace, "--json");
        using (var doc = JsonDocument.Parse(again.Output))
        {
            Assert.Equal(0, doc.RootElement.GetProperty("statements_inserted").GetInt64());
        }
    }

    [Fact]
    public void Ingesting_a_missing_path_fails_with_one_line()
    {
        using var cli = new CliRunner();
        var result = cli.Run("ingest", "ads", "nothing-here.jsonl", "--workspace", cli.Workspace);
        Assert.Equal(1, result.ExitCode);
        Assert.Contains("nothing-here.jsonl", result.Error, StringComparison.Ordinal);
    }

    [Fact]
    public void Search_takes_threadline_syntax_pages_and_numbers_hits_best_first()
    {
        using var cli = new CliRunner();
        cli.Run("ingest", "ads", cli.Write("ads.jsonl", Ads), "--workspace", cli.Workspace);
        var both = cli.Run("search", "discreet OR douce", "--workspace", cli.Workspace, "--json");
        using (var doc = JsonDocument.Parse(both.Output))
        {
            var hits = doc.RootElement.GetProperty("hits");
            Assert.Equal([1, 2], hits.EnumerateArray().Select(h => h.GetProperty("rank").GetInt32()).ToArray());
        }

        var second = cli.Run("search", "discreet OR douce", "--offset", "1", "--workspace", cli.Workspace, "--json");
        using (var doc = JsonDocument.Parse(second.Output))
        {
            var hit = Assert.Single(doc.RootElement.GetProperty("hits").EnumerateArray());
            Assert.Equal(2, hit.GetProperty("rank").GetInt32());
        }

        var field = cli.Run("search", "title:nieuw", "country:BE", "--workspace", cli.Workspace, "--json");
        using (var doc = JsonDocument.Parse(field.Output))
        {
            var hit = Assert.Single(doc.RootElement.GetProperty("hits").EnumerateArray());
            Assert.Equal("title", hit.GetProperty("property").GetString());
        }

        Assert.Equal(2, cli.Run("search", "x", "--offset", "-1", "--workspace", cli.Workspace).ExitCode);
        var help = cli.Run("search", "--help");
        Assert.Contains("title:lina", help.Output, StringComparison.Ordinal);
        Assert.Contains("docs/search.md", help.Output, StringComparison.Ordinal);
    }

    [Fact]
    public void Hostile_search_syntax_does_not_crash()
    {
        using var cli = new CliRunner();
        cli.Run("ingest", "ads", cli.Write("ads.jsonl", Ads), "--workspace", cli.Workspace);
        foreach (var query in new[] { "\"unbalanced", "AND OR NOT", "*", "title:(", "[x]" })
        {
            Assert.Equal(0, cli.Run("search", query, "--workspace", cli.Workspace).ExitCode);
        }
    }

    [Fact]
    public void Export_is_byte_identical_across_runs()
    {
        using var cli = new CliRunner();
        var file = cli.Write("ads.jsonl", Ads);
        var a = Path.Combine(cli.Directory, "a.db");
        var b = Path.Combine(cli.Directory, "b.db");
        cli.Run("ingest", "ads", file, "--workspace", a);
        cli.Run("ingest", "ads", file, "--workspace", b);
        cli.Run("export", "--statements", "--workspace", a, "--out", Path.Combine(cli.Directory, "a.jsonl"));
        cli.Run("export", "--statements", "--workspace", b, "--out", Path.Combine(cli.Directory, "b.jsonl"));
        Assert.Equal(File.ReadAllBytes(Path.Combine(cli.Directory, "a.jsonl")), File.ReadAllBytes(Path.Combine(cli.Directory, "b.jsonl")));
    }
}
