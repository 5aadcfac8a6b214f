using System.Globalization;
using System.Text;
using System.Xml;
using Threadline.Application.Export.Ftm;
using Threadline.Application.Export.Graph;

namespace Threadline.Application.Export.Gexf;

/// <summary>
/// Writes FtM entities as a GEXF 1.3 graph for Gephi: a dynamic, directed graph whose nodes and edges carry their FtM
/// type, a label, the days they held (<c>start</c>/<c>end</c>, for Gephi's timeline) and attributes; edges carry a
/// weight (a payment's amount, else 1) and their evidence. An edge whose end is not in the export is left out.
/// </summary>
public static class GexfWriter
{
    public const string Namespace = "http://gexf.net/1.3";

    /// <summary>Edge attributes, in the order declared.</summary>
    public static readonly IReadOnlyList<string> EdgeAttributes = ["kind", "amount", "currency", "evidence"];

    public static (long Nodes, long Edges) Write(IEnumerable<FtmEntity> entities, Stream output, DateOnly? lastModified = null)
    {
        ArgumentNullException.ThrowIfNull(entities);
        var settings = new XmlWriterSettings { Encoding = new UTF8Encoding(false), Indent = true, IndentChars = "  ", NewLineChars = "\n", CloseOutput = false };
        using var spill = new SpillFile<GraphEdge>();
        var nodes = new HashSet<string>(StringComparer.Ordinal);
        long edges = 0;
        using (var xml = XmlWriter.Create(output, settings))
        {
            xml.WriteStartDocument();
            xml.WriteStartElement("gexf", Namespace);
            xml.WriteAttributeString("version", "1.3");
            xml.WriteStartElement("meta", Namespace);
            if (lastModified is { } day)
            {
                xml.WriteAttributeString("lastmodifieddate", day.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture));
            }

            xml.WriteElementString("creator", Namespace, "Threadline");
            xml.WriteElementString("description", Namespace, "Entities and their links as FollowTheMoney names them. Networks, personas and scores are leads for an analyst to verify, not findings.");
            xml.WriteEndElement();
            xml.WriteStartElement("graph", Namespace);
            xml.WriteAttributeString("mode", "dynamic");
            xml.WriteAttributeString("defaultedgetype", "directed");
            xml.WriteAttributeString("timeformat", "date");
            xml.WriteAttributeString("idtype", "string");
            Attributes(xml, "node", ["schema", .. FtmGraph.NodeAttributes.Select(a => a.Name)]);
            Attributes(xml, "edge", EdgeAttributes);
            xml.WriteStartElement("nodes", Namespace);
            foreach (var entity in entities)
            {
                if (FtmGraph.IsEdge(entity))
                {
                    foreach (var e in FtmGraph.Edges(entity))
                    {
                        spill.Add(e);
                    }

                    continue;
                }

                var node = FtmGraph.Node(entity);
                nodes.Add(node.Id);
                xml.WriteStartElement("node", Namespace);
                xml.WriteAttributeString("id", node.Id);
                xml.WriteAttributeString("label", node.Label);
                Span(xml, node.Start, node.End);
                var values = new List<(int, string)> { (0, node.Schema) };
                for (var i = 0; i < FtmGraph.NodeAttributes.Count; i++)
                {
                    if (node.Attributes.TryGetValue(FtmGraph.NodeAttributes[i].Name, out var v))
                    {
                        values.Add((i + 1, v));
                    }
                }

                AttValues(xml, values);
                xml.WriteEndElement();
                foreach (var e in FtmGraph.Edges(entity))
                {
                    spill.Add(e);
                }
            }

            xml.WriteEndElement();
            xml.WriteStartElement("edges", Namespace);
            var ids = new HashSet<string>(StringComparer.Ordinal);
            foreach (var e in spill.Read())
            {
                if (!nodes.Contains(e.Source) || !nodes.Contains(e.Target) || !ids.Add(e.Id))
                {
                    continue;
                }

                edges++;
                xml.WriteStartElement("edge", Namespace);
                xml.WriteAttributeString("id", e.Id);
                xml.WriteAttributeString("source", e.Source);
                xml.WriteAttributeString("target", e.Target);
                xml.WriteAttributeString("type", "directed");
                xml.WriteAttributeString("kind", e.Kind);
                xml.WriteAttributeString("label", e.Label);
                xml.WriteAttributeString("weight", e.Weight.ToString("R", CultureInfo.InvariantCulture));
                Span(xml, e.Start, e.End);
                var values = new List<(int, string)> { (0, e.Kind) };
                if (e.Amount is not null)
                {
                    values.Add((1, e.Amount));
                }

                if (e.Currency is not null)
                {
                    values.Add((2, e.Currency));
                }

                if (e.Evidence is not null)
                {
                    values.Add((3, e.Evidence));
                }

                AttValues(xml, values);
                xml.WriteEndElement();
            }

            xml.WriteEndElement();
            xml.WriteEndElement();
            xml.WriteEndElement();
            xml.WriteEndDocument();
        }

        output.WriteByte((byte)'\n');
        return (nodes.Count, edges);
    }

    private static void Attributes(XmlWriter xml, string kind, IReadOnlyList<string> names)
    {
        xml.WriteStartElement("attributes", Namespace);
        xml.WriteAttributeString("class", kind);
        xml.WriteAttributeString("mode", "static");
        for (var i = 0; i < names.Count; i++)
        {
            xml.WriteStartElement("attribute", Namespace);
            xml.WriteAttributeString("id", i.ToString(CultureInfo.InvariantCulture));
            xml.WriteAttributeString("title", names[i]);
            xml.WriteAttributeString("type", kind == "edge" && names[i] == "amount" ? "double" : "string");
            xml.WriteEndElement();
        }

        xml.WriteEndElement();
    }

    private static void AttValues(XmlWriter xml, List<(int For, string Value)> values)
    {
        xml.WriteStartElement("attvalues", Namespace);
        foreach (var (id, value) in values)
        {
            xml.WriteStartElement("attvalue", Namespace);
            xml.WriteAttributeString("for", id.ToString(CultureInfo.InvariantCulture));
            xml.WriteAttributeString("value", value);
            xml.WriteEndElement();
        }

        xml.WriteEndElement();
    }

    private static void Span(XmlWriter xml, string? start, string? end)
    {
        if (start is not null)
        {
            xml.WriteAttributeString("start", start);
        }

        if (end is not null)
        {
            xml.WriteAttributeString("end", end);
        }
    }
}
