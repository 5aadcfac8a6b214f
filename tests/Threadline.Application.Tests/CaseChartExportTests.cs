using System.IO.Compression;
using System.Text;
using System.Xml.Linq;
using Threadline.Application.Cases.Chart;
using Threadline.Application.Export.Csv;
using Threadline.Cases.Chart;
using Threadline.Cases.Grading;

namespace Threadline.Application.Tests;

/// <summary>
/// Exports of a case's link chart: GEXF that Gephi reads (well-formed, nodes and edges with their marking and source),
/// i2 tables with the importer's columns, SVG; every export filtered by the handling codes of its purpose (an H2 item is
/// withheld from the judicial file with the reason, and a link to it goes too), hidden nodes left out, no victim name
/// anywhere (her pseudonym instead), and never without a justification.
/// </summary>
public sealed class CaseChartExportTests
{
    private static readonly DateTimeOffset At = new(2026, 3, 2, 9, 0, 0, TimeSpan.Zero);
    private static readonly (string, string)[] Victims = [("V-7K3Q9M2T", "Li Mei Wong")];

    private static CaseChartGraph Chart()
    {
        CaseChartNode Node(string id, string kind, string label, string marking, bool hand = true, bool hidden = false, ChartPosition? pin = null, string? detail = null) =>
            new(id, kind, label, hand, hand ? "Statement of witness W3 (PV 114)" : "Threadline link run: network lead N-1", "ana.k", At, hand ? "2026-02-20" : null, detail, hidden, pin, null, Marking.Parse(marking));
        CaseChartEdge Edge(string id, string from, string to, string kind, string marking) =>
            new(id, from, to, kind, true, "Telecom records", "ana.k", At, "2026-02-21", "called at night", 1, true, Marking.Parse(marking));
        return new CaseChartGraph(
            "BE-2026-0042",
            "N-1",
            ["N-1"],
            [
                Node("persona:P-1", "persona", "P-1", "X3 H0", hand: false),
                Node("phone:+32470000001", "phone", "+32470000001", "X3 H0", hand: false),
                Node("entity:E1", "address", "Flat =1+1 above the night shop", "B2 H0", pin: new ChartPosition(10, 20)),
                Node("entity:E2", "person", "Informant's cousin", "C3 H2"),
                Node("entity:E3", "person", "Seen with li mei wong at the station", "B2 H1", detail: "Li Mei Wong said so"),
                Node("entity:E4", "vehicle", "Grey van", "B2 H0", hidden: true),
            ],
            [
                Edge("link:L1", "phone:+32470000001", "entity:E1", "called from", "A1 H0"),
                Edge("link:L2", "entity:E2", "persona:P-1", "drove", "B2 H0"),
                Edge("link:L3", "entity:E1", "entity:E3", "lives at", "B2 H2"),
            ],
            false,
            0);
    }

    private static ChartDisclosure Filter(ExportPurpose purpose) => ChartExport.Filter(Chart(), purpose, "file for the investigating judge", "ana.k", At, Victims);

    [Fact]
    public void The_judicial_file_leaves_out_H1_and_H2_items_and_links_to_them_each_with_its_reason()
    {
        var d = Filter(ExportPurpose.JudicialFile);

        Assert.Equal(["persona:P-1", "phone:+32470000001", "entity:E1"], d.Nodes.Select(n => n.Id));
        Assert.Equal(["link:L1"], d.Edges.Select(e => e.Id));
        var why = d.Withheld.ToDictionary(w => w.Id, w => w.Reason);
        Assert.Equal("H2: no onward dissemination without the provider's permission", why["entity:E2"]);
        Assert.Equal("H1: not for judicial proceedings without the provider's permission", why["entity:E3"]);
        Assert.Equal("hidden on the chart", why["entity:E4"]);
        Assert.Equal("an end of it is withheld", why["link:L2"]);
        Assert.StartsWith("H2", why["link:L3"], StringComparison.Ordinal);
    }

    [Fact]
    public void The_case_team_gets_everything_but_hidden_nodes_and_outside_law_enforcement_gets_nothing_without_permission()
    {
        Assert.Equal(5, Filter(ExportPurpose.CaseTeam).Nodes.Count);
        Assert.Equal(3, Filter(ExportPurpose.CaseTeam).Edges.Count);
        var outside = Filter(ExportPurpose.NonLawEnforcement);
        Assert.Empty(outside.Nodes);
        Assert.Contains(outside.Withheld, w => w.Id == "entity:E1" && w.Reason == "H0: law-enforcement use only");
    }

    [Fact]
    public void An_export_without_a_justification_is_refused()
    {
        var ex = Assert.Throws<ArgumentException>(() => ChartExport.Filter(Chart(), ExportPurpose.CaseTeam, "  ", "ana.k", At, Victims));
        Assert.Equal("reason", ex.ParamName);
    }

    [Fact]
    public void Gexf_is_well_formed_with_every_node_and_edge_its_marking_source_and_the_withheld_items()
    {
        using var buffer = new MemoryStream();
        ChartGexf.Write(Filter(ExportPurpose.JudicialFile), buffer);
        var doc = XDocument.Parse(Encoding.UTF8.GetString(buffer.ToArray()));
        XNamespace g = ChartGexf.Namespace;

        var nodes = doc.Descendants(g + "node").ToList();
        Assert.Equal(["persona:P-1", "phone:+32470000001", "entity:E1"], nodes.Select(n => (string)n.Attribute("id")!));
        var edge = Assert.Single(doc.Descendants(g + "edge"));
        Assert.Equal(("phone:+32470000001", "entity:E1", "called from"), ((string)edge.Attribute("source")!, (string)edge.Attribute("target")!, (string)edge.Attribute("label")!));
        var titles = doc.Descendants(g + "attributes").First(a => (string)a.Attribute("class")! == "node").Elements(g + "attribute").ToDictionary(a => (string)a.Attribute("title")!, a => (string)a.Attribute("id")!);
        string Att(XElement e, string name) => (string)e.Descendants(g + "attvalue").Single(v => (string)v.Attribute("for")! == titles[name]).Attribute("value")!;
        var flat = nodes.Single(n => (string)n.Attribute("id")! == "entity:E1");
        Assert.Equal("B2 · H0", Att(flat, "marking"));
        Assert.Equal("H0", Att(flat, "handling"));
        Assert.Equal("Statement of witness W3 (PV 114)", Att(flat, "source"));
        Assert.Equal("ana.k", Att(flat, "added_by"));
        Assert.NotNull(flat.Element(XName.Get("position", ChartGexf.VizNamespace)));
        var description = doc.Descendants(g + "description").Single().Value;
        Assert.Contains("judicial-file", description, StringComparison.Ordinal);
        Assert.Contains("Justification: file for the investigating judge", description, StringComparison.Ordinal);
        Assert.Contains("Withheld node entity:E2: H2: no onward dissemination", description, StringComparison.Ordinal);
    }

    [Fact]
    public void I2_tables_have_the_importer_columns_and_a_withheld_table()
    {
        using var buffer = new MemoryStream();
        ChartI2.Write(Filter(ExportPurpose.CaseTeam), buffer);
        buffer.Position = 0;
        using var zip = new ZipArchive(buffer, ZipArchiveMode.Read);
        Assert.Equal(["README.txt", "entities.csv", "links.csv", "withheld.csv"], zip.Entries.Select(e => e.FullName));
        string Read(string name)
        {
            using var reader = new StreamReader(zip.GetEntry(name)!.Open(), Encoding.UTF8);
            return reader.ReadToEnd();
        }

        var entities = Read("entities.csv").Split("\r\n", StringSplitOptions.RemoveEmptyEntries);
        Assert.Equal(CsvText.Line(ChartI2.EntityColumns).TrimEnd(), entities[0]);
        Assert.Equal(["Entity ID", "Entity Type", "Label", "Marking", "Grade", "Handling Code", "Source", "Date", "Added By", "Added At", "Description"], ChartI2.EntityColumns);
        Assert.Contains(entities, l => l.StartsWith("entity:E1,address,'=1+1", StringComparison.Ordinal) || l.StartsWith("entity:E1,address,Flat =1+1", StringComparison.Ordinal));
        Assert.Contains(entities, l => l.StartsWith("phone:+32470000001,phone,+32470000001,X3 · H0,X3,H0,", StringComparison.Ordinal));
        var links = Read("links.csv").Split("\r\n", StringSplitOptions.RemoveEmptyEntries);
        Assert.Equal("Link ID,From ID,From Type,To ID,To Type,Link Type,Marking,Grade,Handling Code,Source,Date,Direction,Added By,Added At,Description", links[0]);
        Assert.Contains("link:L1,phone:+32470000001,phone,entity:E1,address,called from,A1 · H0,A1,H0,Telecom records,2026-02-21,Directed,ana.k,2026-03-02 09:00,called at night", links);
        Assert.Contains("entity:E4,node,hidden on the chart", Read("withheld.csv"), StringComparison.Ordinal);
        Assert.Contains("Justification: file for the investigating judge", Read("README.txt"), StringComparison.Ordinal);
    }

    [Fact]
    public void No_victim_name_appears_in_any_format_her_pseudonym_does()
    {
        foreach (var write in new Action<ChartDisclosure, Stream>[] { ChartGexf.Write, ChartI2.Write, ChartSvg.Write })
        {
            using var buffer = new MemoryStream();
            write(Filter(ExportPurpose.CaseTeam), buffer);
            var text = Text(buffer.ToArray());
            Assert.DoesNotContain("Li Mei Wong", text, StringComparison.OrdinalIgnoreCase);
            Assert.Contains("V-7K3Q9M2T", text, StringComparison.Ordinal);
        }
    }

    [Fact]
    public void Svg_is_well_formed_prints_each_marking_and_the_withheld_items()
    {
        using var buffer = new MemoryStream();
        ChartSvg.Write(Filter(ExportPurpose.JudicialFile), buffer);
        var doc = XDocument.Parse(Encoding.UTF8.GetString(buffer.ToArray()));
        var texts = doc.Descendants(XName.Get("text", "http://www.w3.org/2000/svg")).Select(t => t.Value).ToList();
        Assert.Contains("address · B2 · H0", texts);
        Assert.Contains(texts, t => t.StartsWith("Withheld node entity:E2: H2", StringComparison.Ordinal));
        Assert.Empty(doc.Descendants(XName.Get("script", "http://www.w3.org/2000/svg")));
    }

    private static string Text(byte[] bytes)
    {
        if (bytes.Length > 2 && bytes[0] == 'P' && bytes[1] == 'K')
        {
            using var zip = new ZipArchive(new MemoryStream(bytes), ZipArchiveMode.Read);
            return string.Concat(zip.Entries.Select(e =>
            {
                using var reader = new StreamReader(e.Open(), Encoding.UTF8);
                return reader.ReadToEnd();
            }));
        }

        return Encoding.UTF8.GetString(bytes);
    }
}
