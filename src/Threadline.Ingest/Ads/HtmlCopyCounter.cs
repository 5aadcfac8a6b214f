using AngleSharp.Dom;
using AngleSharp.Html.Dom;

namespace Threadline.Ingest.Ads;

/// <summary>
/// AngleSharp's HTML element factory, counting the elements it builds outside a tag's construction:
/// the copies of formatting elements the tree builder re-creates (see <see cref="HtmlBudget"/>).
/// </summary>
internal sealed class HtmlCopyCounter(HtmlBudget budget, IElementFactory<Document, HtmlElement> inner) : IElementFactory<Document, HtmlElement>
{
    public HtmlElement Create(Document document, string localName, string? prefix = null, NodeFlags flags = NodeFlags.None)
    {
        var element = inner.Create(document, localName, prefix, flags);
        if (!budget.MakingForTag)
        {
            budget.Copied(element);
        }

        return element;
    }
}
