using System.Text;
using System.Xml;

namespace Threadline.Money.Import;

/// <summary>
/// A small, read-only element tree for one part of a camt document (an entry, an account), built from
/// the streaming reader within limits: nesting, value length and element count are checked while reading,
/// so a hostile part costs time linear in its size and is rejected on its own.
/// Elements outside the document's namespace keep their namespace in <see cref="Name"/> and so never match.
/// </summary>
internal sealed class CamtNode
{
    private readonly List<CamtNode> _children = [];
    private readonly List<KeyValuePair<string, string>> _attributes = [];
    private readonly StringBuilder _text = new();

    private CamtNode(string name, int line)
    {
        Name = name;
        Line = line;
    }

    public string Name { get; }

    public int Line { get; }

    /// <summary>All text inside, as <c>XElement.Value</c> gives it.</summary>
    public string Value => _children.Count == 0 ? _text.ToString() : _text + string.Concat(_children.Select(c => c.Value));

    public CamtNode? Element(string name) => _children.Find(c => string.Equals(c.Name, name, StringComparison.Ordinal));

    public IEnumerable<CamtNode> Elements(string name) => _children.Where(c => string.Equals(c.Name, name, StringComparison.Ordinal));

    public string? Attribute(string name) => _attributes.Find(a => string.Equals(a.Key, name, StringComparison.Ordinal)).Value;

    /// <summary>
    /// Loads the element the reader is on, with all it holds, and leaves the reader on its end. On a
    /// limit, <paramref name="problem"/> says where and why, and the rest of the element is skipped unread.
    /// </summary>
    public static CamtNode Load(XmlReader reader, string ns, out (int Line, string Reason)? problem)
    {
        problem = null;
        var info = (IXmlLineInfo)reader;
        using var sub = reader.ReadSubtree();
        sub.Read();
        var root = Start(sub, ns, info.LineNumber);
        if (sub.IsEmptyElement)
        {
            return root;
        }

        var open = new Stack<CamtNode>();
        open.Push(root);
        var elements = 1;
        while (sub.Read() && open.Count > 0)
        {
            switch (sub.NodeType)
            {
                case XmlNodeType.Element:
                    if (reader.Depth >= CamtReader.MaxDepth)
                    {
                        problem = (info.LineNumber, $"elements nested deeper than {CamtReader.MaxDepth} levels: this part is skipped");
                        return root;
                    }

                    if (++elements > CamtReader.MaxElementsPerPart)
                    {
                        problem = (info.LineNumber, $"more than {CamtReader.MaxElementsPerPart} elements in one part: it is skipped");
                        return root;
                    }

                    var node = Start(sub, ns, info.LineNumber);
                    open.Peek()._children.Add(node);
                    if (!sub.IsEmptyElement)
                    {
                        open.Push(node);
                    }

                    break;
                case XmlNodeType.EndElement:
                    open.Pop();
                    break;
                case XmlNodeType.Text or XmlNodeType.CDATA or XmlNodeType.SignificantWhitespace:
                    var text = open.Peek()._text;
                    if (text.Length + sub.Value.Length > CamtReader.MaxValueChars)
                    {
                        problem = (info.LineNumber, $"a value longer than {CamtReader.MaxValueChars} characters in <{open.Peek().Name}>: this part is skipped");
                        return root;
                    }

                    text.Append(sub.Value);
                    break;
            }
        }

        return root;
    }

    /// <summary>Reads past the element the reader is on, checking its nesting; returns the line where it went too deep, or null.</summary>
    public static int? Skip(XmlReader reader)
    {
        if (reader.IsEmptyElement)
        {
            return null;
        }

        var depth = reader.Depth;
        while (reader.Read() && reader.Depth > depth)
        {
            if (reader.NodeType == XmlNodeType.Element && reader.Depth >= CamtReader.MaxDepth)
            {
                var line = ((IXmlLineInfo)reader).LineNumber;
                while (reader.Depth > depth && reader.Read())
                {
                    // Cheap: the reader itself is linear in nesting; only building a tree of it was not.
                }

                return line;
            }
        }

        return null;
    }

    private static CamtNode Start(XmlReader reader, string ns, int line)
    {
        var node = new CamtNode(string.Equals(reader.NamespaceURI, ns, StringComparison.Ordinal) ? reader.LocalName : "{" + reader.NamespaceURI + "}" + reader.LocalName, line);
        if (reader.MoveToFirstAttribute())
        {
            do
            {
                if (reader.NamespaceURI.Length == 0)
                {
                    node._attributes.Add(new(reader.LocalName, reader.Value));
                }
            }
            while (reader.MoveToNextAttribute());

            reader.MoveToElement();
        }

        return node;
    }
}
