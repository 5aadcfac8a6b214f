using Threadline.Application.Queries.Accounts;
using Threadline.Application.Queries.Leads;
using Threadline.Linking;
using Threadline.Storage;

namespace Threadline.Application.Queries;

/// <summary>
/// What a shell asks of one open workspace to show an analyst the leads: the lead list, a network, a persona, an ad, a
/// phone, an account, a search. One per open store, shared by every request (thread-safe): the few indexes a page needs
/// that the store does not keep (the leads' filter fields, hubs by value, each ad's template, the transaction graph)
/// are built on first use and rebuilt when the workspace changes. The rules stay in the libraries and jobs; this only
/// reads and joins their records.
/// </summary>
public sealed class Investigation
{
    private readonly Stamped<LeadIndex> _leads;
    private readonly Stamped<Dictionary<string, List<HubDecision>>> _hubs;
    private readonly Stamped<Dictionary<string, string>> _templateOfAd;
    private readonly Stamped<MoneyIndex> _money;
    private readonly Stamped<Dictionary<string, string>> _sites;
    private readonly Stamped<List<string>> _regions;
    private readonly Memo _memo = new(MemoCapacity);

    /// <summary>Most costly answers (link charts, maps) kept between requests.</summary>
    public const int MemoCapacity = 256;

    public Investigation(IWorkspaceStore store)
    {
        ArgumentNullException.ThrowIfNull(store);
        Store = store;
        _leads = new(() => LeadIndex.Build(store));
        _hubs = new(() => LinkResults.Hubs(store).GroupBy(h => h.Value, StringComparer.Ordinal).ToDictionary(g => g.Key, g => g.ToList(), StringComparer.Ordinal));
        _templateOfAd = new(() => LinkResults.TemplateOfAd(store));
        _money = new(() => MoneyIndex.Build(store));
        _regions = new(() => store.Facet("Advertisement", "country", Storage.FacetKind.Value, 12)
            .Where(kv => kv.Key.Length == 2).Select(kv => kv.Key.ToUpperInvariant()).Distinct(StringComparer.Ordinal).ToList());
        _sites = new(() => store.Entities("Site").ToDictionary(e => e.Id, e => e.First("name") ?? e.Id, StringComparer.Ordinal));
    }

    /// <summary>The workspace read.</summary>
    public IWorkspaceStore Store { get; }

    /// <summary>The counts of the last link run, or null when linking never ran.</summary>
    public LinkSummary? Summary() => LinkResults.Summary(Store);

    internal LeadIndex Leads => _leads.Get(Stamp());

    internal MoneyIndex Money => _money.Get(Stamp());

    /// <summary>The hub decisions about an identifier (a phone, a photo, a template), or none.</summary>
    public IReadOnlyList<HubDecision> HubsOf(string value) =>
        _hubs.Get(Stamp()).TryGetValue(value, out var list) ? list : [];

    /// <summary>The template (near-duplicate cluster) an ad belongs to, or null.</summary>
    public string? TemplateOf(string adId) => _templateOfAd.Get(Stamp()).GetValueOrDefault(adId);

    /// <summary>The countries the workspace's ads were posted in, most ads first (to read national phone numbers in).</summary>
    public IReadOnlyList<string> Regions() => _regions.Get(Stamp());

    /// <summary>How a network is named to an analyst: "Lead #N" by its rank in the last link run, else its id.</summary>
    public string LeadLabel(string networkId)
    {
        ArgumentNullException.ThrowIfNull(networkId);
        return Leads.RankOf(networkId) is { } rank ? "Lead #" + rank.ToString(System.Globalization.CultureInfo.InvariantCulture) : networkId;
    }

    /// <summary>A site's name from its entity id (the id itself when unknown).</summary>
    public string SiteName(string? siteId) =>
        siteId is null ? string.Empty : _sites.Get(Stamp()).GetValueOrDefault(siteId, siteId);

    /// <summary>A costly answer kept until the workspace changes (see <see cref="Memo"/>).</summary>
    internal T? Remember<T>(string kind, string key, Func<T?> build)
        where T : class => _memo.Get(Stamp(), kind + "\u0000" + key, build);

    // Every link or money run, and every ingest, writes statements and so moves the sequence.
    private string Stamp() => Store.LastSequence().ToString(System.Globalization.CultureInfo.InvariantCulture);
}
