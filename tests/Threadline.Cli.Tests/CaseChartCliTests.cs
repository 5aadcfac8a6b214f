using System.IO.Compression;
using System.Text;
using System.Text.Json;
using System.Xml.Linq;

namespace Threadline.Cli.Tests;

/// <summary>
/// <c>threadline case chart …</c> on a small simulated world: the chart starts from the top lead's graph, an analyst adds
/// an entity and a link by hand, and the exports go through the handling codes of their purpose (an H2 entity withheld
/// from the judicial file with the reason), never carry the victim's name, need a reason and are audited as disclosures.
/// </summary>
public sealed class CaseChartCliTests
{
    private const string Ref = "BE-2026-0077";

    [Fact]
    public void A_chart_built_by_hand_on_the_top_lead_exports_through_the_handling_codes()
    {
        using var cli = new CliRunner();
        var world = Path.Combine(cli.Directory, "world");
        var ws = new[] { "--workspace", cli.Workspace };
        var lead = new[] { "--workspace", cli.Workspace, "--as", "lead.anna" };
        Assert.Equal(0, cli.Run("simulate", "--seed", "5", "--ads", "800", "--out", world).ExitCode);
        Assert.Equal(0, cli.Run(["ingest", "ads", Path.Combine(world, "ads"), .. ws]).ExitCode);
        Assert.Equal(0, cli.Run(["extract", .. ws]).ExitCode);
        Assert.Equal(0, cli.Run(["link", .. ws]).ExitCode);
        string top;
        using (var networks = JsonDocument.Parse(cli.Run(["networks", "--json", "--limit", "1", .. ws]).Output))
        {
            top = networks.RootElement.GetProperty("networks")[0].GetProperty("id").GetString()!;
        }

        Assert.Equal(0, cli.Run(["case", "open", "--from-network", top, "--reference", Ref, "--title", "Chart", "--legal-basis", "Art. 433quinquies", "--magistrate", "J. Peeters", "--office", "Antwerp", .. lead]).ExitCode);
        var added = cli.Run(["case", "victim", "add", Ref, "--name", "Li Mei Wong", "--referred-to", "Payoke", "--on", "2026-03-09", "--reason", "first contact", "--json", .. lead]);
        Assert.True(added.ExitCode == 0, added.Error);
        var pseudonym = JsonDocument.Parse(added.Output).RootElement.GetProperty("pseudonym").GetString()!;

        string persona;
        using (var shown = JsonDocument.Parse(cli.Run(["case", "chart", "show", Ref, "--json", .. lead]).Output))
        {
            Assert.Equal(top, shown.RootElement.GetProperty("base_network").GetString());
            persona = shown.RootElement.GetProperty("nodes").EnumerateArray().First(n => n.GetProperty("kind").GetString() == "persona").GetProperty("id").GetString()!;
        }

        var entity = cli.Run(["case", "chart", "entity", Ref, "--id", "E1", "--type", "address", "--label", "Flat above the night shop", "--source", "Surveillance PV 114", "--marking", "B2 H0", "--date", "2026-02-20", .. lead]);
        Assert.True(entity.ExitCode == 0, entity.Error);
        Assert.Equal(0, cli.Run(["case", "chart", "entity", Ref, "--id", "E2", "--type", "person", "--label", "Driver seen with Li Mei Wong", "--source", "Informant", "--marking", "C3 H2", .. lead]).ExitCode);
        var link = cli.Run(["case", "chart", "link", Ref, "--id", "L1", "--from", persona, "--to", "entity:E1", "--type", "stays at", "--source", "Booking records", "--marking", "A1 H0", .. lead]);
        Assert.True(link.ExitCode == 0, link.Error);
        var nowhere = cli.Run(["case", "chart", "link", Ref, "--id", "L2", "--from", "phone:+10000000000", "--to", "entity:E1", "--type", "called", "--source", "x", .. lead]);
        Assert.Equal(2, nowhere.ExitCode);
        Assert.Contains("--from", nowhere.Error, StringComparison.Ordinal);

        var gexf = Path.Combine(cli.Directory, "chart.gexf");
        var noReason = cli.Run(["case", "chart", "export", Ref, "--format", "gexf", "--purpose", "judicial-file", "--out", gexf, .. lead]);
        Assert.Equal(2, noReason.ExitCode);
        Assert.Contains("--reason", noReason.Error, StringComparison.Ordinal);
        Assert.False(File.Exists(gexf));
        Assert.Equal(2, cli.Run(["case", "chart", "export", Ref, "--format", "gexf", "--purpose", "press", "--out", gexf, "--reason", "x", .. lead]).ExitCode);

        var export = cli.Run(["case", "chart", "export", Ref, "--format", "gexf", "--purpose", "judicial-file", "--out", gexf, "--reason", "file for the judge", .. lead]);
        Assert.True(export.ExitCode == 0, export.Error);
        Assert.Contains("withheld node entity:E2: H2: no onward dissemination", export.Output, StringComparison.Ordinal);
        var doc = XDocument.Load(gexf);
        XNamespace g = "http://gexf.net/1.3";
        var ids = doc.Descendants(g + "node").Select(n => (string)n.Attribute("id")!).ToList();
        Assert.Contains("entity:E1", ids);
        Assert.Contains(persona, ids);
        Assert.DoesNotContain("entity:E2", ids);
        Assert.Contains(doc.Descendants(g + "edge"), e => (string)e.Attribute("id")! == "link:L1");

        var i2 = Path.Combine(cli.Directory, "chart.zip");
        Assert.Equal(0, cli.Run(["case", "chart", "export", Ref, "--format", "i2", "--purpose", "case-team", "--out", i2, "--reason", "analysis", .. lead]).ExitCode);
        var svg = Path.Combine(cli.Directory, "chart.svg");
        Assert.Equal(0, cli.Run(["case", "chart", "export", Ref, "--format", "svg", "--purpose", "case-team", "--out", svg, "--reason", "briefing", .. lead]).ExitCode);
        var all = File.ReadAllText(gexf) + File.ReadAllText(svg) + Unzipped(i2);
        Assert.DoesNotContain("Li Mei Wong", all, StringComparison.OrdinalIgnoreCase);
        Assert.Contains("Driver seen with " + pseudonym, all, StringComparison.Ordinal);
        Assert.Contains("B2 · H0", all, StringComparison.Ordinal);

        var trail = Path.Combine(cli.Directory, "trail.jsonl");
        Assert.Equal(0, cli.Run(["audit", "export", "--out", trail, .. ws]).ExitCode);
        var records = File.ReadAllLines(trail).Select(l => JsonDocument.Parse(l).RootElement).ToList();
        var disclosures = records.Where(r => r.GetProperty("subject").GetString()!.Contains("case chart export", StringComparison.Ordinal) && r.GetProperty("action").GetString() == "disclosure").ToList();
        Assert.Equal(3, disclosures.Count);
        Assert.All(disclosures, r => Assert.Equal(Ref, r.GetProperty("case").GetString()));
        Assert.Contains(disclosures, r => r.GetProperty("reason").GetString() == "file for the judge");
        Assert.Contains(records, r => r.GetProperty("subject").GetString()!.Contains("case chart entity", StringComparison.Ordinal) && r.GetProperty("action").GetString() == "alteration");
    }

    private static string Unzipped(string path)
    {
        using var zip = ZipFile.OpenRead(path);
        return string.Concat(zip.Entries.Select(e =>
        {
            using var reader = new StreamReader(e.Open(), Encoding.UTF8);
            return reader.ReadToEnd();
        }));
    }
}
