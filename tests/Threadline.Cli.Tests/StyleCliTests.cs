using System.Text.Json;

namespace Threadline.Cli.Tests;

/// <summary><c>simulate --style</c> and the figures <c>eval</c> gives per writing style (issue 15, item 6).</summary>
public sealed class StyleCliTests
{
    [Fact]
    public void Eval_breaks_phones_personas_and_networks_down_by_writing_style()
    {
        using var cli = new CliRunner();
        var world = Path.Combine(cli.Directory, "world");
        var simulate = cli.Run("simulate", "--seed", "4", "--ads", "2500", "--style", "site_titles,name_scripts", "--style", "adversarial", "--out", world);
        Assert.True(simulate.ExitCode == 0, simulate.Error);
        var ws = new[] { "--workspace", cli.Workspace };
        Assert.Equal(0, cli.Run(["ingest", "ads", Path.Combine(world, "ads"), .. ws]).ExitCode);
        Assert.Equal(0, cli.Run(["extract", .. ws]).ExitCode);
        Assert.Equal(0, cli.Run(["link", .. ws]).ExitCode);

        var eval = cli.Run(["eval", "--truth", world, "--json", .. ws]);
        Assert.True(eval.ExitCode == 0, eval.Error);
        using var doc = JsonDocument.Parse(eval.Output);
        var tables = doc.RootElement.EnumerateArray().SelectMany(s => s.GetProperty("tables").EnumerateArray()).ToList();
        var phones = tables.Single(t => t.GetProperty("title").GetString() == "Phones by writing style");
        var linking = tables.Single(t => t.GetProperty("title").GetString()!.StartsWith("By writing style", StringComparison.Ordinal));
        foreach (var table in new[] { phones, linking })
        {
            var styles = table.GetProperty("rows").EnumerateArray().Select(r => r[0].GetString()).ToList();
            Assert.Equal(["adversarial", "name_scripts", "site_titles"], styles);
        }

        // Every row's figures are numbers in [0, 1] (precision / recall / F1 triples for personas and networks).
        foreach (var row in linking.GetProperty("rows").EnumerateArray())
        {
            foreach (var cell in new[] { row[2].GetString()!, row[3].GetString()! })
            {
                Assert.All(cell.Split(" / "), v => Assert.InRange(double.Parse(v, System.Globalization.CultureInfo.InvariantCulture), 0, 1));
            }
        }
    }

    [Fact]
    public void A_default_world_has_no_style_breakdown()
    {
        using var cli = new CliRunner();
        var world = Path.Combine(cli.Directory, "world");
        Assert.Equal(0, cli.Run("simulate", "--seed", "4", "--ads", "600", "--out", world).ExitCode);
        var ws = new[] { "--workspace", cli.Workspace };
        Assert.Equal(0, cli.Run(["ingest", "ads", Path.Combine(world, "ads"), .. ws]).ExitCode);
        Assert.Equal(0, cli.Run(["extract", .. ws]).ExitCode);
        var eval = cli.Run(["eval", "--truth", world, "--json", .. ws]);
        Assert.True(eval.ExitCode == 0, eval.Error);
        Assert.DoesNotContain("writing style", eval.Output, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("simulate --ads 10 --style cursive --out sim", "--style: unknown style 'cursive'")]
    [InlineData("demo --ads 10 --style rotation,nope --dir d", "--style: unknown style 'nope'")]
    public void Unknown_styles_are_refused_as_bad_usage(string args, string expected)
    {
        using var cli = new CliRunner();
        var result = cli.Run(args.Split(' '));
        Assert.Equal(2, result.ExitCode);
        Assert.Contains(expected, result.Error, StringComparison.Ordinal);
        Assert.Contains("agency_named", result.Error, StringComparison.Ordinal);
    }
}
