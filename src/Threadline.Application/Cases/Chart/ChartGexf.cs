using System.Globalization;
using System.Text;
using System.Xml;

namespace Threadline.Application.Cases.Chart;

/// <summary>
/// Writes a chart disclosure as GEXF 1.3 for Gephi: the heading and the withheld items in the description, each node
/// and edge with its kind, marking, grade, handling code, source, who added it and when, date and note; pinned nodes at
/// their position (viz).
/// </summary>
public static class ChartGexf
{
    public const string Namespace = "http://gexf.net/1.3";
    public const string VizNamespace = "http://gexf.net/1.3/viz";

    public static readonly IReadOnlyList<string> NodeAttributes = ["kind", "marking", "grade", "handling", "source", "added_by", "added_at", "date", "by_hand", "note", "annotation"];

    public static readonly IReadOnlyList<string> EdgeAttributes = ["kind", "marking", "grade", "handling", "source", "added_by", "added_at", "date", "by_hand", "note"];

    public static void Write(ChartDisclosure d, Stream output)
    {
        ArgumentNullException.ThrowIfNull(d);
        var settings = new XmlWriterSettings { Encoding = new UTF8Encoding(false), Indent = true, IndentChars = "  ", NewLineChars = "\n", CloseOutput = false };
        using var xml = XmlWriter.Create(output, settings);
        xml.WriteStartDocument();
        xml.WriteStartElement("gexf", Namespace);
        xml.WriteAttributeString("xmlns", "viz", null, VizNamespace);
        xml.WriteAttributeString("version", "1.3");
        xml.WriteStartElement("meta", Namespace);
        xml.WriteAttributeString("lastmodifieddate", d.At.UtcDateTime.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture));
        xml.WriteElementString("creator", Namespace, "Threadline (" + d.By + ")");
        xml.WriteElementString("keywords", Namespace, $"case {d.Reference}, {d.PurposeName}");
        var description = new StringBuilder();
        foreach (var line in d.Heading())
        {
            description.Append(line).Append('\n');
        }

        foreach (var w in d.Withheld)
        {
            description.Append("Withheld ").Append(w.Item).Append(' ').Append(w.Id).Append(": ").Append(w.Reason).Append('\n');
        }

        xml.WriteElementString("description", Namespace, description.ToString().TrimEnd());
        xml.WriteEndElement();
        xml.WriteStartElement("graph", Namespace);
        xml.WriteAttributeString("mode", "static");
        xml.WriteAttributeString("defaultedgetype", "directed");
        xml.WriteAttributeString("idtype", "string");
        Declare(xml, "node", NodeAttributes);
        Declare(xml, "edge", EdgeAttributes);
        xml.WriteStartElement("nodes", Namespace);
        foreach (var n in d.Nodes)
        {
            xml.WriteStartElement("node", Namespace);
            xml.WriteAttributeString("id", n.Id);
            xml.WriteAttributeString("label", n.Label);
            Values(xml, [n.Kind, n.Grading, n.Marking.Grade.ToString(), n.Handling.ToString(), n.Source, n.AddedBy, Instant(n.AddedAt), n.Date, n.Hand ? "true" : "false", n.Detail, n.Annotation?.Text]);
            if (n.Pin is { } p)
            {
                xml.WriteStartElement("viz", "position", VizNamespace);
                xml.WriteAttributeString("x", p.X.ToString("R", CultureInfo.InvariantCulture));
                xml.WriteAttributeString("y", (-p.Y).ToString("R", CultureInfo.InvariantCulture));
                xml.WriteAttributeString("z", "0");
                xml.WriteEndElement();
            }

            xml.WriteEndElement();
        }

        xml.WriteEndElement();
        xml.WriteStartElement("edges", Namespace);
        foreach (var e in d.Edges)
        {
            xml.WriteStartElement("edge", Namespace);
            xml.WriteAttributeString("id", e.Id);
            xml.WriteAttributeString("source", e.From);
            xml.WriteAttributeString("target", e.To);
            xml.WriteAttributeString("type", e.Directed ? "directed" : "undirected");
            xml.WriteAttributeString("label", e.Kind);
            xml.WriteAttributeString("weight", (e.Weight > 0 ? e.Weight : 0.01).ToString("R", CultureInfo.InvariantCulture));
            Values(xml, [e.Kind, e.Grading, e.Marking.Grade.ToString(), e.Handling.ToString(), e.Source, e.AddedBy, Instant(e.AddedAt), e.Date, e.Hand ? "true" : "false", e.Detail]);
            xml.WriteEndElement();
        }

        xml.WriteEndElement();
        xml.WriteEndElement();
        xml.WriteEndElement();
        xml.WriteEndDocument();
    }

    private static string Instant(DateTimeOffset at) => at.UtcDateTime.ToString("yyyy-MM-ddTHH:mm:ssZ", CultureInfo.InvariantCulture);

    private static void Declare(XmlWriter xml, string of, IReadOnlyList<string> names)
    {
        xml.WriteStartElement("attributes", Namespace);
        xml.WriteAttributeString("class", of);
        for (var i = 0; i < names.Count; i++)
        {
            xml.WriteStartElement("attribute", Namespace);
            xml.WriteAttributeString("id", i.ToString(CultureInfo.InvariantCulture));
            xml.WriteAttributeString("title", names[i]);
            xml.WriteAttributeString("type", names[i] == "by_hand" ? "boolean" : "string");
            xml.WriteEndElement();
        }

        xml.WriteEndElement();
    }

    private static void Values(XmlWriter xml, IReadOnlyList<string?> values)
    {
        xml.WriteStartElement("attvalues", Namespace);
        for (var i = 0; i < values.Count; i++)
        {
            if (values[i] is { Length: > 0 } v)
            {
                xml.WriteStartElement("attvalue", Namespace);
                xml.WriteAttributeString("for", i.ToString(CultureInfo.InvariantCulture));
                xml.WriteAttributeString("value", v);
                xml.WriteEndElement();
            }
        }

        xml.WriteEndElement();
    }
}
