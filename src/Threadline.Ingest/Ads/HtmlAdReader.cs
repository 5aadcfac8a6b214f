using System.Globalization;
using System.Text;
using AngleSharp.Dom;
using Threadline.Core.Text;

namespace Threadline.Ingest.Ads;

/// <summary>
/// Reads one saved ad page (docs/formats.md, "Saved HTML pages") with AngleSharp, an HTML5 parser.
/// The page size is bounded before parsing; nesting, elements built and attributes while it parses
/// (<see cref="HtmlBudget"/>), so no markup costs more than time linear in the page's size.
/// </summary>
internal static class HtmlAdReader
{
    public static IEnumerable<AdReadItem> Read(Stream stream, string file, AdReaderLimits limits, CancellationToken cancellationToken)
    {
        cancellationToken.ThrowIfCancellationRequested();
        yield return ReadPage(stream, file, limits);
    }

    private static AdReadItem ReadPage(Stream stream, string file, AdReaderLimits limits)
    {
        var bytes = ReadBounded(stream, limits.MaxHtmlBytes, out var total);
        if (bytes is null)
        {
            return AdReadItem.Reject(file, 0, string.Create(CultureInfo.InvariantCulture, $"page is over the limit of {limits.MaxHtmlBytes:N0} bytes ({total:N0} bytes or more); skipped unread"), string.Empty);
        }

        var span = bytes.AsSpan();
        if (span.StartsWith("\uFEFF"u8))
        {
            span = span[3..];
        }

        var invalid = Utf8Check.FirstInvalid(span);
        if (invalid >= 0)
        {
            return AdReadItem.Reject(file, 0, string.Create(CultureInfo.InvariantCulture, $"invalid UTF-8 at byte {invalid + 1} of the page"), Excerpts.FromBytes(span, limits.ExcerptChars));
        }

        var text = Encoding.UTF8.GetString(span);
        IDocument parsed;
        try
        {
            parsed = new HtmlBudget(limits).Parse(text);
        }
        catch (HtmlLimitException e)
        {
            return AdReadItem.Reject(file, 0, e.Message, Excerpts.FromText(text, limits.ExcerptChars));
        }
        catch (Exception e) when (e is NullReferenceException or IndexOutOfRangeException or ArgumentException or InvalidOperationException or InvalidCastException or KeyNotFoundException)
        {
            // A bug of the parser on odd markup (AngleSharp 1.10.3 throws NullReferenceException on
            // "<p><select><xmp></xmp><select> "): one page is lost, not the run and the files after it.
            return AdReadItem.Reject(file, 0, $"the HTML parser failed on this page ({e.GetType().Name}); rejected unread", Excerpts.FromText(text, limits.ExcerptChars));
        }

        using var document = parsed;

        // The budget checked each element soon after it was inserted; the adoption agency can still move
        // elements down later, so the finished tree gets one last look (linear, it stops at the limit).
        var depth = MaxDepth(document.DocumentElement, limits.MaxHtmlDepth);
        if (depth > limits.MaxHtmlDepth)
        {
            return AdReadItem.Reject(file, 0, string.Create(CultureInfo.InvariantCulture, $"elements nested deeper than the limit of {limits.MaxHtmlDepth}"), Excerpts.FromText(text, limits.ExcerptChars));
        }

        var fields = Extract(document);
        var (ad, reason) = AdRecordBuilder.Build(fields, file, 0, limits);
        return ad is not null
            ? AdReadItem.Accept(ad)
            : AdReadItem.Reject(file, 0, reason!, Excerpts.FromText(document.Title ?? text, limits.ExcerptChars));
    }

    private static List<RawField> Extract(IDocument document)
    {
        var fields = new List<RawField>();
        var article = document.QuerySelector("article");
        Add("site", document.QuerySelector("meta[property='og:site_name']")?.GetAttribute("content"));
        Add("url", document.QuerySelector("link[rel='canonical']")?.GetAttribute("href")
            ?? document.QuerySelector("meta[property='og:url']")?.GetAttribute("content"));
        Add("ad_id", article?.GetAttribute("data-ad-id"));
        Add("posted_at", article?.QuerySelector("time")?.GetAttribute("datetime"));
        Add("city", Text(document.QuerySelector("[itemprop='addressLocality']")));
        Add("country", Text(document.QuerySelector("[itemprop='addressCountry']")));
        Add("title", Text(article?.QuerySelector("h1")));
        Add("body", Text(document.QuerySelector(".ad-description")));
        Add("phone", Text(document.QuerySelector(".ad-phone")));
        var images = document.QuerySelectorAll("img.ad-photo")
            .Select(i => i.GetAttribute("src"))
            .Where(s => !string.IsNullOrWhiteSpace(s))
            .Select(s => s!)
            .ToList();
        if (images.Count > 0)
        {
            fields.Add(new RawField("images", RawKind.StringArray, string.Empty, images));
        }

        foreach (var list in document.QuerySelectorAll("dl.ad-attributes"))
        {
            string? name = null;
            foreach (var child in list.Children)
            {
                if (child.LocalName == "dt")
                {
                    name = Text(child);
                }
                else if (child.LocalName == "dd" && !string.IsNullOrWhiteSpace(name))
                {
                    fields.Add(RawField.Str(name, Text(child) ?? string.Empty, forceRaw: true));
                    name = null;
                }
            }
        }

        return fields;

        void Add(string name, string? value)
        {
            if (!string.IsNullOrWhiteSpace(value))
            {
                fields.Add(RawField.Str(name, value));
            }
        }
    }

    /// <summary>Rendered text: whitespace collapsed, <c>&lt;br&gt;</c> and block ends as line breaks. Iterative, so depth cannot overflow the stack.</summary>
    internal static string? Text(IElement? element)
    {
        if (element is null)
        {
            return null;
        }

        var builder = new StringBuilder();
        var stack = new Stack<(INode Node, bool Exit)>();
        stack.Push((element, false));
        while (stack.Count > 0)
        {
            var (node, exit) = stack.Pop();
            if (node is IElement el)
            {
                var block = IsBlock(el.LocalName);
                if (exit)
                {
                    if (block)
                    {
                        NewLine(builder);
                    }

                    continue;
                }

                if (el.LocalName == "br")
                {
                    NewLine(builder, force: true);
                    continue;
                }

                if (el.LocalName is "script" or "style" or "template")
                {
                    continue;
                }

                if (block)
                {
                    NewLine(builder);
                }

                stack.Push((el, true));
                for (var i = el.ChildNodes.Length - 1; i >= 0; i--)
                {
                    stack.Push((el.ChildNodes[i], false));
                }
            }
            else if (node.NodeType == NodeType.Text)
            {
                AppendCollapsed(builder, node.TextContent);
            }
        }

        var lines = builder.ToString().Split('\n').Select(l => l.Trim());
        var result = string.Join('\n', lines).Trim();
        return result.Length == 0 ? null : result;
    }

    private static void AppendCollapsed(StringBuilder builder, string text)
    {
        foreach (var c in text)
        {
            if (char.IsWhiteSpace(c))
            {
                if (builder.Length > 0 && builder[^1] is not (' ' or '\n'))
                {
                    builder.Append(' ');
                }
            }
            else
            {
                builder.Append(c);
            }
        }
    }

    private static void NewLine(StringBuilder builder, bool force = false)
    {
        while (builder.Length > 0 && builder[^1] == ' ')
        {
            builder.Length--;
        }

        if (force || (builder.Length > 0 && builder[^1] != '\n'))
        {
            builder.Append('\n');
        }
    }

    private static bool IsBlock(string name) => name is "p" or "div" or "li" or "ul" or "ol" or "h1" or "h2" or "h3" or "h4" or "h5" or "h6" or "tr" or "blockquote" or "section" or "article";

    private static int MaxDepth(IElement? root, int limit)
    {
        if (root is null)
        {
            return 0;
        }

        var max = 0;
        var stack = new Stack<(IElement Element, int Depth)>();
        stack.Push((root, 1));
        while (stack.Count > 0)
        {
            var (element, depth) = stack.Pop();
            max = Math.Max(max, depth);
            if (max > limit)
            {
                return max;
            }

            foreach (var child in element.Children)
            {
                stack.Push((child, depth + 1));
            }
        }

        return max;
    }

    private static byte[]? ReadBounded(Stream stream, int limit, out long total)
    {
        using var buffer = new MemoryStream();
        var chunk = new byte[64 * 1024];
        total = 0;
        int read;
        while ((read = stream.Read(chunk, 0, chunk.Length)) > 0)
        {
            total += read;
            if (total > limit)
            {
                return null;
            }

            buffer.Write(chunk, 0, read);
        }

        return buffer.ToArray();
    }
}
