using System.Globalization;
using System.IO.Compression;
using System.Text.Json;
using System.Xml;
using Threadline.Application.Export.Csv;
using Threadline.Application.Export.I2;
using Threadline.Linking;

namespace Threadline.Cli.Tests.Export;

/// <summary>Every export of a small simulated workspace, checked as the tool that reads it would check it.</summary>
public sealed class ExportFormatTests(ExportWorld world) : IClassFixture<ExportWorld>
{
    private static readonly string[] GexfAttributeTypes = ["integer", "long", "double", "float", "boolean", "string", "liststring", "listboolean", "listinteger", "listlong", "listdouble", "listfloat", "anyURI", "date"];

    [FtmModelFact]
    public void Ftm_entities_load_as_FollowTheMoney_with_every_concept_mapped()
    {
        var entities = FtmLine.ReadAll(world.File("ftm"));
        Assert.Empty(FtmModel.Load().CheckEntities(entities).Take(20));
        var schemata = entities.Select(e => e.Schema).ToHashSet(StringComparer.Ordinal);
        foreach (var expected in new[] { "Article", "Person", "Organization", "Membership", "Event", "Address", "BankAccount", "Ownership", "Payment", "LegalEntity", "Documentation", "UserAccount" })
        {
            Assert.Contains(expected, schemata);
        }

        Assert.DoesNotContain(entities, e => e.Properties.Keys.Any(p => p.Contains(':', StringComparison.Ordinal)));
        Assert.All(entities.Where(e => e.Schema == "Payment"), p => Assert.True(p.Properties.ContainsKey("payerAccount") || p.Properties.ContainsKey("beneficiaryAccount")));
        var owned = entities.Where(e => e.Schema == "Ownership").Select(e => e.Properties["asset"][0]).ToHashSet(StringComparer.Ordinal);
        Assert.All(entities.Where(e => e.Schema == "BankAccount"), a => Assert.Contains(a.Id, owned));
    }

    [Fact]
    public void Leads_are_worded_as_leads_and_flagged_ones_carry_FtMs_trafficking_topic()
    {
        var entities = FtmLine.ReadAll(world.File("ftm"));
        var networks = entities.Where(e => e.Id.StartsWith("N-", StringComparison.Ordinal)).ToList();
        Assert.NotEmpty(networks);
        Assert.All(networks, n => Assert.Contains(LinkResult.LeadNotice, n.Properties["summary"][0], StringComparison.Ordinal));
        var flagged = networks.Where(n => n.Properties.ContainsKey("topics")).ToList();
        Assert.All(flagged, n =>
        {
            Assert.Equal(new[] { "crime.traffick.human" }, n.Properties["topics"]);
            Assert.Contains("not a finding", n.Properties["summary"][0], StringComparison.Ordinal);
        });
        Assert.All(entities.Where(e => e.Schema == "Membership"), m => Assert.Contains("judgement to verify", m.Properties["summary"][0], StringComparison.Ordinal));
    }

    [FtmModelFact]
    public void One_networks_export_is_closed_and_valid()
    {
        var entities = FtmLine.ReadAll(world.File("network-ftm"));
        Assert.Empty(FtmModel.Load().CheckEntities(entities).Take(20));
        Assert.Contains(entities, e => e.Id == world.NetworkId && e.Schema == "Organization");
        var members = entities.Where(e => e.Schema == "Membership").ToList();
        Assert.NotEmpty(members);
        Assert.All(members, m => Assert.Equal(world.NetworkId, m.Properties["organization"][0]));
        Assert.True(entities.Count < FtmLine.ReadAll(world.File("ftm")).Count);
    }

    [FtmModelFact]
    public void Ftm_statements_in_JSON_Lines_and_CSV_are_FtMs_and_hold_the_same_rows()
    {
        var json = StatementRows.Json(world.File("ftm-statements"));
        var csv = StatementRows.Csv(world.File("ftm-statements-csv"));
        var model = FtmModel.Load();
        Assert.Empty(model.CheckStatements(json).Take(20));
        Assert.Empty(model.CheckStatements(csv).Take(20));
        Assert.Equal(json.Select(StatementRows.Canonical).Order(StringComparer.Ordinal), csv.Select(StatementRows.Canonical).Order(StringComparer.Ordinal));

        // Every entity and value of the entity export is there, and the workspace's provenance is each value's origin.
        var entities = FtmLine.ReadAll(world.File("ftm"));
        Assert.Equal(entities.Sum(e => e.Properties.Values.Sum(v => v.Count)) + entities.Count, json.Count);
        var origins = json.Where(r => r["prop"] != "id").Select(r => r["origin"]).ToList();
        Assert.All(origins, o => Assert.NotNull(o));
        using var doc = JsonDocument.Parse(origins[0]!);
        Assert.True(doc.RootElement[0].TryGetProperty("producer", out _));
        Assert.True(doc.RootElement[0].TryGetProperty("source", out _));
    }

    [Fact]
    public void Gexf_is_well_formed_with_unique_ids_edges_between_nodes_and_declared_attributes()
    {
        foreach (var file in new[] { world.File("gexf"), world.File("network-gexf") })
        {
            var (nodes, edges) = CheckGexf(file);
            Assert.True(nodes > 10, file);
            Assert.True(edges > 10, file);
        }

        var entities = FtmLine.ReadAll(world.File("ftm"));
        var edgeSchemata = new[] { "Payment", "Membership", "Ownership", "UnknownLink", "Documentation" };
        Assert.Equal(entities.Count(e => !edgeSchemata.Contains(e.Schema)), CheckGexf(world.File("gexf")).Nodes);
    }

    [Fact]
    public void I2_tables_name_every_links_ends_with_their_types()
    {
        using var zip = ZipFile.OpenRead(world.File("i2"));
        Assert.Equal(new[] { "entities.csv", "links.csv" }, zip.Entries.Select(e => e.FullName).Order(StringComparer.Ordinal));
        var entities = Table(zip, "entities.csv");
        var links = Table(zip, "links.csv");
        Assert.Equal(I2Writer.EntityColumns, entities[0]);
        Assert.Equal(I2Writer.LinkColumns, links[0]);
        var types = new Dictionary<string, string>(StringComparer.Ordinal);
        foreach (var row in entities.Skip(1))
        {
            Assert.Equal(entities[0].Count, row.Count);
            Assert.True(types.TryAdd(row[0], row[1]), "entity id twice: " + row[0]);
        }

        var ids = new HashSet<string>(StringComparer.Ordinal);
        foreach (var row in links.Skip(1))
        {
            Assert.Equal(links[0].Count, row.Count);
            Assert.True(ids.Add(row[0]), "link id twice: " + row[0]);
            Assert.Equal(types[row[1]], row[2]);
            Assert.Equal(types[row[3]], row[4]);
        }

        Assert.Contains(links.Skip(1), l => l[5] == "Payment" && decimal.TryParse(l[9], NumberStyles.Number, CultureInfo.InvariantCulture, out _));
        Assert.Contains(links.Skip(1), l => l[5] == "Membership");
    }

    [Fact]
    public void Csv_tables_read_back_to_the_same_entities()
    {
        using var stream = File.OpenRead(world.File("csv"));
        var tables = CsvTablesReader.Read(stream);
        var fromCsv = tables.SelectMany(t => t.Value.Select(r => new FtmLine(r.Id, t.Key, r.Properties.ToDictionary(p => p.Key, p => p.Value.ToList(), StringComparer.Ordinal), []).Canonical()));
        var fromFtm = FtmLine.ReadAll(world.File("ftm")).Select(e => (e with { Datasets = [] }).Canonical());
        Assert.Equal(fromFtm.Order(StringComparer.Ordinal), fromCsv.Order(StringComparer.Ordinal));
    }

    [Fact]
    public void Ftm_export_ingested_into_a_fresh_workspace_exports_the_same()
    {
        foreach (var (format, read) in new (string, Func<string, IEnumerable<string>>)[]
        {
            ("ftm", p => FtmLine.ReadAll(p).Select(e => e.Canonical())),
            ("ftm-statements", p => StatementRows.Json(p).Select(StatementRows.Canonical)),
            ("ftm-statements-csv", p => StatementRows.Csv(p).Select(StatementRows.Canonical)),
        })
        {
            var fresh = Path.Combine(world.Directory, $"fresh-{format}.db");
            var file = world.File(format) + (format.EndsWith("csv", StringComparison.Ordinal) ? ".csv" : string.Empty);
            if (!File.Exists(file))
            {
                File.Copy(world.File(format), file);
            }

            var ingest = world.Run("ingest", "ftm", file, "--json", "--workspace", fresh);
            Assert.True(ingest.ExitCode == 0, ingest.Error);
            using (var doc = JsonDocument.Parse(ingest.Output))
            {
                Assert.Equal(0, doc.RootElement.GetProperty("rejected").GetInt64());
                Assert.Equal(0, doc.RootElement.GetProperty("values_left_out").GetInt64());
            }

            var again = Path.Combine(world.Directory, $"again.{format}");
            Assert.Equal(0, world.Run("export", "--format", format, "--out", again, "--workspace", fresh).ExitCode);
            Assert.Equal(read(world.File(format)).Order(StringComparer.Ordinal), read(again).Order(StringComparer.Ordinal));

            using var twice = JsonDocument.Parse(world.Run("ingest", "ftm", file, "--json", "--workspace", fresh).Output);
            Assert.Equal(1, twice.RootElement.GetProperty("skipped_files").GetInt32());
        }
    }

    private static (int Nodes, int Edges) CheckGexf(string path)
    {
        var settings = new XmlReaderSettings { DtdProcessing = DtdProcessing.Prohibit, XmlResolver = null };
        var doc = new XmlDocument { XmlResolver = null };
        using (var reader = XmlReader.Create(path, settings))
        {
            doc.Load(reader);
        }

        var ns = new XmlNamespaceManager(doc.NameTable);
        ns.AddNamespace("g", "http://gexf.net/1.3");
        var root = doc.DocumentElement!;
        Assert.Equal("gexf", root.LocalName);
        Assert.Equal("http://gexf.net/1.3", root.NamespaceURI);
        Assert.Equal("1.3", root.GetAttribute("version"));
        var graph = (XmlElement)root.SelectSingleNode("g:graph", ns)!;
        Assert.Equal("dynamic", graph.GetAttribute("mode"));
        Assert.Equal("date", graph.GetAttribute("timeformat"));
        var declared = new Dictionary<string, Dictionary<string, string>>(StringComparer.Ordinal);
        foreach (XmlElement attributes in graph.SelectNodes("g:attributes", ns)!)
        {
            var kind = attributes.GetAttribute("class");
            Assert.Contains(kind, new[] { "node", "edge" });
            declared[kind] = [];
            foreach (XmlElement a in attributes.SelectNodes("g:attribute", ns)!)
            {
                Assert.Contains(a.GetAttribute("type"), GexfAttributeTypes);
                Assert.True(declared[kind].TryAdd(a.GetAttribute("id"), a.GetAttribute("type")), "attribute id twice");
                Assert.NotEmpty(a.GetAttribute("title"));
            }
        }

        var nodes = new HashSet<string>(StringComparer.Ordinal);
        foreach (XmlElement node in graph.SelectNodes("g:nodes/g:node", ns)!)
        {
            Assert.True(nodes.Add(node.GetAttribute("id")), "node id twice: " + node.GetAttribute("id"));
            Assert.NotEmpty(node.GetAttribute("label"));
            CheckSpanAndValues(node, declared["node"], ns);
        }

        var edges = new HashSet<string>(StringComparer.Ordinal);
        foreach (XmlElement edge in graph.SelectNodes("g:edges/g:edge", ns)!)
        {
            Assert.True(edges.Add(edge.GetAttribute("id")), "edge id twice: " + edge.GetAttribute("id"));
            Assert.Contains(edge.GetAttribute("source"), nodes);
            Assert.Contains(edge.GetAttribute("target"), nodes);
            Assert.True(double.TryParse(edge.GetAttribute("weight"), NumberStyles.Float, CultureInfo.InvariantCulture, out var weight) && weight > 0);
            CheckSpanAndValues(edge, declared["edge"], ns);
        }

        return (nodes.Count, edges.Count);
    }

    private static void CheckSpanAndValues(XmlElement element, Dictionary<string, string> declared, XmlNamespaceManager ns)
    {
        var start = element.GetAttribute("start");
        var end = element.GetAttribute("end");
        foreach (var day in new[] { start, end }.Where(d => d.Length > 0))
        {
            Assert.True(DateOnly.TryParseExact(day, "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out _), "not a GEXF date: " + day);
        }

        if (start.Length > 0 && end.Length > 0)
        {
            Assert.True(string.CompareOrdinal(start, end) <= 0, $"{start} after {end}");
        }

        foreach (XmlElement v in element.SelectNodes("g:attvalues/g:attvalue", ns)!)
        {
            Assert.True(declared.TryGetValue(v.GetAttribute("for"), out var type), "undeclared attribute " + v.GetAttribute("for"));
            if (type == "double")
            {
                Assert.True(double.TryParse(v.GetAttribute("value"), NumberStyles.Float, CultureInfo.InvariantCulture, out _));
            }
        }
    }

    private static List<List<string>> Table(ZipArchive zip, string name)
    {
        using var reader = new StreamReader(zip.GetEntry(name)!.Open());
        return CsvTablesReader.Records(reader.ReadToEnd()).ToList();
    }
}
