using System.Text.Json;

namespace Threadline.Cli.Tests;

/// <summary>Issue 13.5 through the command line: a re-link after more data keeps network ids, and an old id still answers.</summary>
public sealed class StableIdCliTests
{
    [Fact]
    public void After_a_relink_with_more_exports_every_earlier_network_id_is_current_or_says_where_it_went()
    {
        using var cli = new CliRunner();
        var world = Path.Combine(cli.Directory, "world");
        Assert.Equal(0, cli.Run("simulate", "--seed", "9", "--ads", "3000", "--out", world).ExitCode);
        var ws = new[] { "--workspace", cli.Workspace };
        // The first run sees the first half (by posting date) of the JSON Lines site; the second everything.
        var jsonl = Directory.GetFiles(Path.Combine(world, "ads"), "*.jsonl", SearchOption.AllDirectories).Single();
        var lines = File.ReadAllLines(jsonl).Where(l => l.Length > 0).OrderBy(l => JsonDocument.Parse(l).RootElement.GetProperty("posted_at").GetString(), StringComparer.Ordinal).ToList();
        var firstHalf = cli.Write("first/half.jsonl", string.Join('\n', lines.Take(lines.Count / 2)));

        Assert.Equal(0, cli.Run(["ingest", "ads", firstHalf, .. ws]).ExitCode);
        Assert.Equal(0, cli.Run(["extract", .. ws]).ExitCode);
        Assert.Equal(0, cli.Run(["link", .. ws]).ExitCode);
        var before = NetworkIds(cli.Run(["networks", "--all", "--limit", "10000", "--json", .. ws]).Output);

        Assert.Equal(0, cli.Run(["ingest", "ads", Path.Combine(world, "ads"), .. ws]).ExitCode);
        Assert.Equal(0, cli.Run(["extract", .. ws]).ExitCode);
        var relink = cli.Run(["link", "--json", .. ws]);
        Assert.Equal(0, relink.ExitCode);
        var after = NetworkIds(cli.Run(["networks", "--all", "--limit", "10000", "--json", .. ws]).Output);

        Assert.True(before.Count >= 5, $"{before.Count} networks in the first run");
        Assert.True(before.Count(after.Contains) * 2 >= before.Count, $"{before.Count(after.Contains)} of {before.Count} network ids kept");
        foreach (var gone in before.Where(id => !after.Contains(id)))
        {
            var old = cli.Run(["networks", "--id", gone, "--json", .. ws]);
            Assert.True(old.ExitCode == 0, old.Error);
            using var doc = JsonDocument.Parse(old.Output);
            Assert.False(doc.RootElement.GetProperty("current").GetBoolean());
            Assert.NotEqual(0, doc.RootElement.GetProperty("history").GetArrayLength());
        }

        Assert.Equal(1, cli.Run(["networks", "--id", "N-never-existed", .. ws]).ExitCode);
    }

    private static HashSet<string> NetworkIds(string json)
    {
        using var doc = JsonDocument.Parse(json);
        return doc.RootElement.GetProperty("networks").EnumerateArray().Select(n => n.GetProperty("id").GetString()!).ToHashSet(StringComparer.Ordinal);
    }
}
