using Microsoft.AspNetCore.Html;
using Threadline.Application.Queries.Search;

namespace Threadline.Web.Html;

/// <summary>A search snippet as HTML: the text encoded, the matches in &lt;mark&gt;, nothing added between the parts.</summary>
public static class Snippets
{
    public static IHtmlContent Marked(IReadOnlyList<SnippetPart> parts)
    {
        ArgumentNullException.ThrowIfNull(parts);
        var html = new HtmlContentBuilder();
        foreach (var part in parts)
        {
            if (part.Match)
            {
                html.AppendHtml("<mark>").Append(part.Text).AppendHtml("</mark>");
            }
            else
            {
                html.Append(part.Text);
            }
        }

        return html;
    }
}
