using System.Globalization;
using System.Text;
using System.Xml;

namespace Threadline.Application.Cases.Chart;

/// <summary>
/// Draws a chart disclosure as a standalone SVG (no script, no external reference): pinned nodes where the analysts
/// pinned them, the others on a circle in id order (the same input gives the same bytes), each node with its label and
/// marking, hand-drawn links with their type; the heading on top and the withheld items below.
/// </summary>
public static class ChartSvg
{
    /// <summary>The most withheld items listed in the picture (the rest are counted).</summary>
    public const int MaxWithheldLines = 40;

    private const double LineHeight = 16;

    public static void Write(ChartDisclosure d, Stream output)
    {
        ArgumentNullException.ThrowIfNull(d);
        var positions = Layout(d);
        double minX = -100, minY = -100, maxX = 100, maxY = 100;
        foreach (var (x, y) in positions.Values)
        {
            minX = Math.Min(minX, x);
            minY = Math.Min(minY, y);
            maxX = Math.Max(maxX, x);
            maxY = Math.Max(maxY, y);
        }

        var heading = d.Heading();
        var withheldLines = d.Withheld.Take(MaxWithheldLines).Select(w => $"Withheld {w.Item} {w.Id}: {w.Reason}").ToList();
        if (d.Withheld.Count > MaxWithheldLines)
        {
            withheldLines.Add($"… and {d.Withheld.Count - MaxWithheldLines} more (the GEXF and i2 exports list them all)");
        }

        var top = (heading.Count + 1) * LineHeight + 20;
        var width = Math.Max(900, maxX - minX + 320);
        var chartHeight = maxY - minY + 120;
        var height = top + chartHeight + ((withheldLines.Count + 1) * LineHeight) + 20;
        double X(double x) => x - minX + 160;
        double Y(double y) => y - minY + top + 60;

        var settings = new XmlWriterSettings { Encoding = new UTF8Encoding(false), Indent = true, IndentChars = " ", NewLineChars = "\n", CloseOutput = false };
        using var xml = XmlWriter.Create(output, settings);
        xml.WriteStartElement("svg", "http://www.w3.org/2000/svg");
        Attr(xml, "width", width);
        Attr(xml, "height", height);
        xml.WriteAttributeString("viewBox", string.Create(CultureInfo.InvariantCulture, $"0 0 {width:0.##} {height:0.##}"));
        xml.WriteAttributeString("font-family", "sans-serif");
        xml.WriteAttributeString("font-size", "12");
        xml.WriteElementString("title", $"Case {d.Reference} link chart ({d.PurposeName})");
        Rect(xml, 0, 0, width, height, "#ffffff");
        var line = 1;
        foreach (var h in heading)
        {
            Text(xml, 12, line++ * LineHeight, h, line == 2 ? "bold" : null, "#111111");
        }

        foreach (var e in d.Edges)
        {
            var (x1, y1) = positions[e.From];
            var (x2, y2) = positions[e.To];
            xml.WriteStartElement("line");
            Attr(xml, "x1", X(x1));
            Attr(xml, "y1", Y(y1));
            Attr(xml, "x2", X(x2));
            Attr(xml, "y2", Y(y2));
            xml.WriteAttributeString("stroke", e.Hand ? "#b45309" : "#9ca3af");
            xml.WriteAttributeString("stroke-width", e.Hand ? "2" : "1");
            xml.WriteEndElement();
            if (e.Hand)
            {
                Text(xml, X((x1 + x2) / 2), Y((y1 + y2) / 2) - 4, $"{e.Kind} [{e.Grading}]", null, "#92400e");
            }
        }

        foreach (var n in d.Nodes)
        {
            var (x, y) = positions[n.Id];
            if (n.Hand)
            {
                Rect(xml, X(x) - 9, Y(y) - 9, 18, 18, "#f59e0b");
            }
            else
            {
                xml.WriteStartElement("circle");
                Attr(xml, "cx", X(x));
                Attr(xml, "cy", Y(y));
                Attr(xml, "r", 9);
                xml.WriteAttributeString("fill", Color(n.Kind));
                xml.WriteEndElement();
            }

            Text(xml, X(x) + 12, Y(y) + 4, n.Label, "bold", "#111111");
            Text(xml, X(x) + 12, Y(y) + 18, $"{n.Kind} · {n.Grading}", null, "#374151");
        }

        var bottom = top + chartHeight + LineHeight;
        foreach (var w in withheldLines)
        {
            Text(xml, 12, bottom, w, null, "#7f1d1d");
            bottom += LineHeight;
        }

        xml.WriteEndElement();
    }

    /// <summary>Pinned nodes at their pin; the others on a circle, in id order.</summary>
    private static Dictionary<string, (double X, double Y)> Layout(ChartDisclosure d)
    {
        var positions = new Dictionary<string, (double, double)>(StringComparer.Ordinal);
        var free = new List<string>();
        foreach (var n in d.Nodes.OrderBy(n => n.Id, StringComparer.Ordinal))
        {
            if (n.Pin is { } p)
            {
                positions[n.Id] = (p.X, p.Y);
            }
            else
            {
                free.Add(n.Id);
            }
        }

        var radius = Math.Max(150, free.Count * 14);
        for (var i = 0; i < free.Count; i++)
        {
            var angle = 2 * Math.PI * i / Math.Max(1, free.Count);
            positions[free[i]] = (Math.Round(radius * Math.Cos(angle), 2), Math.Round(radius * Math.Sin(angle), 2));
        }

        return positions;
    }

    private static string Color(string kind) => kind switch
    {
        "network" => "#1d4ed8",
        "persona" => "#db2777",
        "phone" => "#059669",
        "account" => "#7c3aed",
        "community" => "#64748b",
        _ => "#0891b2",
    };

    private static void Rect(XmlWriter xml, double x, double y, double w, double h, string fill)
    {
        xml.WriteStartElement("rect");
        Attr(xml, "x", x);
        Attr(xml, "y", y);
        Attr(xml, "width", w);
        Attr(xml, "height", h);
        xml.WriteAttributeString("fill", fill);
        xml.WriteEndElement();
    }

    private static void Text(XmlWriter xml, double x, double y, string text, string? weight, string fill)
    {
        xml.WriteStartElement("text");
        Attr(xml, "x", x);
        Attr(xml, "y", y);
        xml.WriteAttributeString("fill", fill);
        if (weight is not null)
        {
            xml.WriteAttributeString("font-weight", weight);
        }

        xml.WriteString(text);
        xml.WriteEndElement();
    }

    private static void Attr(XmlWriter xml, string name, double value) =>
        xml.WriteAttributeString(name, value.ToString("0.##", CultureInfo.InvariantCulture));
}
