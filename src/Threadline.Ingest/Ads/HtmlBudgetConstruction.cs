using AngleSharp;
using AngleSharp.Common;
using AngleSharp.Dom;
using AngleSharp.Html.Construction;
using AngleSharp.Text;

namespace Threadline.Ingest.Ads;

/// <summary>
/// AngleSharp's construction factory (what the tree builder calls for each tag), reporting every element
/// it makes to the <see cref="HtmlBudget"/>: the one place that sees templates, scripts, forms and
/// foreign (SVG, MathML) elements as well as ordinary ones.
/// </summary>
internal sealed class HtmlBudgetConstruction(HtmlBudget budget, IHtmlElementConstructionFactory inner) : IHtmlElementConstructionFactory
{
    public Element Create(Document document, StringOrMemory localName, StringOrMemory prefix = default, NodeFlags flags = NodeFlags.None) =>
        Made(() => inner.Create(document, localName, prefix, flags));

    public Element CreateNoScript(Document document, bool scripting) => Made(() => inner.CreateNoScript(document, scripting));

    public Element CreateUnknown(Document document, StringOrMemory localName) => Made(() => inner.CreateUnknown(document, localName));

    public IConstructableMathElement CreateMath(Document document, StringOrMemory name = default) => Made(() => inner.CreateMath(document, name));

    public IConstructableSvgElement CreateSvg(Document document, StringOrMemory name = default) => Made(() => inner.CreateSvg(document, name));

    public IConstructableMetaElement CreateMeta(Document document) => Made(() => inner.CreateMeta(document));

    public IConstructableScriptElement CreateScript(Document document, bool parserInserted, bool started) => Made(() => inner.CreateScript(document, parserInserted, started));

    public IConstructableFrameElement CreateFrame(Document document) => Made(() => inner.CreateFrame(document));

    public IConstructableTemplateElement CreateTemplate(Document document) => Made(() => inner.CreateTemplate(document));

    public IConstructableFormElement CreateForm(Document document) => Made(() => inner.CreateForm(document));

    public IConstructableNode CreateDocumentType(Document document, StringOrMemory name, StringOrMemory publicIdentifier, StringOrMemory systemIdentifier) =>
        inner.CreateDocumentType(document, name, publicIdentifier, systemIdentifier);

    public Document CreateDocument(TextSource source, IBrowsingContext? context = null) => inner.CreateDocument(source, context);

    private T Made<T>(Func<T> create)
        where T : class
    {
        budget.MakingForTag = true;
        T made;
        try
        {
            made = create();
        }
        finally
        {
            budget.MakingForTag = false;
        }

        if (made is IElement element)
        {
            budget.Made(element);
        }

        return made;
    }
}
