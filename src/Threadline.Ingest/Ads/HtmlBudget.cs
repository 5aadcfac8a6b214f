using System.Globalization;
using AngleSharp;
using AngleSharp.Dom;
using AngleSharp.Html.Dom;
using AngleSharp.Html.Parser;
using AngleSharp.Html.Construction;
using AngleSharp.Html.Parser.Tokens.Struct;

namespace Threadline.Ingest.Ads;

/// <summary>
/// Parses one page with AngleSharp under limits checked while it parses, so hostile markup costs time
/// linear in its size. Checking the finished tree (as before) came too late: the HTML5 tree builder scans
/// its stack of open elements for most tags, so 100,000 nested <c>&lt;div&gt;</c> took 85 s, and
/// AngleSharp's own <c>MaximumDepth</c> only flattens the tree, not the stack. Three bounds:
/// <list type="bullet">
/// <item>nesting: each new element checks the depth of the one created before it (a walk of at most the
/// limit), so the parse stops at the first element past the limit;</item>
/// <item>elements rebuilt: at most one per element the page makes (plus 64). The tree builder re-creates
/// misnested formatting elements (<c>&lt;b&gt;</c>, <c>&lt;i&gt;</c>…) in every paragraph that follows,
/// so 25 KB of markup could build 1.5 million elements. The wrapped element factories see every element,
/// the tree builder's construction factory only those made for tags: the difference is the copies;</item>
/// <item>attributes per element: the tokenizer checks each new attribute against the ones before it.</item>
/// </list>
/// </summary>
internal sealed class HtmlBudget
{
    private static readonly IBrowsingContext Defaults = BrowsingContext.New();
    private static readonly IHtmlElementConstructionFactory Construction = Service<IHtmlElementConstructionFactory>();
    private static readonly IElementFactory<Document, HtmlElement> HtmlElements = Service<IElementFactory<Document, HtmlElement>>();

    private readonly Dictionary<INode, IElement> _templates = new(ReferenceEqualityComparer.Instance);
    private readonly int _maxDepth;
    private readonly int _maxAttributes;
    private long _made;
    private long _copies;
    private IElement? _last;

    public HtmlBudget(AdReaderLimits limits)
    {
        _maxDepth = limits.MaxHtmlDepth;
        _maxAttributes = limits.MaxHtmlAttributes;
    }

    /// <summary>True while the tree builder creates an element for a tag (so the HTML element factory is not counting a copy).</summary>
    internal bool MakingForTag { get; set; }

    /// <summary>Parses <paramref name="html"/>; throws <see cref="HtmlLimitException"/> as soon as a limit is passed.</summary>
    public IDocument Parse(string html)
    {
        var configuration = Configuration.Default
            .WithOnly<IHtmlElementConstructionFactory>(new HtmlBudgetConstruction(this, Construction))
            .WithOnly<IElementFactory<Document, HtmlElement>>(new HtmlCopyCounter(this, HtmlElements));
        var options = new HtmlParserOptions
        {
            IsScripting = false,
            IsKeepingSourceReferences = false,
            MaximumDepth = _maxDepth + 16, // AngleSharp flattens the tree below this depth; ours must see past the limit
            ShouldEmitAttribute = CheckAttribute,
        };
        var document = new HtmlParser(options, BrowsingContext.New(configuration)).ParseDocument(html);
        CheckDepthOfLast();
        return document;
    }

    /// <summary>An element made for a tag of the page (or an implied one: html, head, body, tbody…).</summary>
    internal void Made(IElement element)
    {
        _made++;
        Next(element);
    }

    /// <summary>A formatting element the tree builder re-creates (reconstruction, adoption agency).</summary>
    internal void Copied(IElement element)
    {
        if (++_copies > _made + 64)
        {
            throw new HtmlLimitException(string.Create(
                CultureInfo.InvariantCulture,
                $"misnested formatting tags are rebuilt more often than the limit of once per element of the page ({_copies:N0} copies of {_made:N0} elements)"));
        }

        Next(element);
    }

    private static T Service<T>()
        where T : class =>
        Defaults.GetService<T>() ?? throw new InvalidOperationException("AngleSharp has no " + typeof(T).Name);

    private bool CheckAttribute(ref StructHtmlToken token, ReadOnlyMemory<char> name)
    {
        if (token.Attributes.Count >= _maxAttributes)
        {
            throw new HtmlLimitException(string.Create(CultureInfo.InvariantCulture, $"an element has more attributes than the limit of {_maxAttributes}"));
        }

        return true;
    }

    private void Next(IElement element)
    {
        CheckDepthOfLast();
        if (element is IHtmlTemplateElement template)
        {
            _templates[template.Content] = template; // its content is a fragment: the walk up goes on at the template
        }

        _last = element;
    }

    /// <summary>The element created before the current one has been inserted by now: walk up from it, at most the limit.</summary>
    private void CheckDepthOfLast()
    {
        var depth = 0;
        for (var node = _last; node is not null; node = node.ParentElement ?? Host(node))
        {
            if (++depth > _maxDepth)
            {
                throw new HtmlLimitException(string.Create(CultureInfo.InvariantCulture, $"elements nested deeper than the limit of {_maxDepth}"));
            }
        }
    }

    private IElement? Host(IElement element) =>
        element.Parent is { } parent && _templates.TryGetValue(parent, out var template) ? template : null;
}
