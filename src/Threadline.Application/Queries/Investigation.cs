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
    private readonly Indexes _indexes;
    private readonly Lazy<Stamp>? _pinned;

    /// <summary>Most costly answers (link charts, maps) kept between requests.</summary>
    public const int MemoCapacity = 256;

    /// <param name="store">The workspace read.</param>
    /// <param name="serving">
    /// True for a shell that answers many requests (the web app): it also keeps every ad's facet keys in memory
    /// (<see cref="Search.FacetColumns"/>, built on the thread pool from <see cref="Warm"/> or the first search, and
    /// again after the workspace changes: at 1M ads 20 s and 144 MiB), so that a search counts its facets without
    /// reading statements. A one-shot shell (a CLI command) leaves it false: the store counts them.
    /// </param>
    public Investigation(IWorkspaceStore store, bool serving = false)
    {
        ArgumentNullException.ThrowIfNull(store);
        Store = store;
        _indexes = new Indexes(store, serving);
    }

    private Investigation(Investigation shared)
    {
        Store = shared.Store;
        _indexes = shared._indexes;
        _pinned = new Lazy<Stamp>(() => Stamp.Of(shared.Store), LazyThreadSafetyMode.ExecutionAndPublication);
    }

    /// <summary>The workspace read.</summary>
    public IWorkspaceStore Store { get; }

    /// <summary>
    /// One request's view of the workspace, sharing this investigation's indexes: it asks the store whether the
    /// workspace changed once, at its first read, instead of at every index it reads (a round trip each on a server
    /// engine: dozens per search page). It sees every change made before that first read. A shell makes one per
    /// request; a view kept longer would not see later changes.
    /// </summary>
    public Investigation Pinned() => new(this);

    /// <summary>The counts of the last link run, or null when linking never ran.</summary>
    public LinkSummary? Summary() => _indexes.Summary.Get(CurrentStamp()).Value;

    internal LeadIndex Leads => _indexes.Leads.Get(CurrentStamp());

    internal MoneyIndex Money => _indexes.Money.Get(CurrentStamp());

    /// <summary>The hub decisions about an identifier (a phone, a photo, a template), or none.</summary>
    public IReadOnlyList<HubDecision> HubsOf(string value) =>
        _indexes.Hubs.Get(CurrentStamp()).TryGetValue(value, out var list) ? list : [];

    /// <summary>The template (near-duplicate cluster) an ad belongs to, or null.</summary>
    public string? TemplateOf(string adId) => _indexes.TemplateOfAd.Get(CurrentStamp()).GetValueOrDefault(adId);

    /// <summary>The countries the workspace's ads were posted in, most ads first (to read national phone numbers in).</summary>
    public IReadOnlyList<string> Regions() => _indexes.Regions.Get(CurrentStamp());

    /// <summary>How a network is named to an analyst: "Lead #N" by its rank in the last link run, else its id.</summary>
    public string LeadLabel(string networkId)
    {
        ArgumentNullException.ThrowIfNull(networkId);
        return Leads.RankOf(networkId) is { } rank ? "Lead #" + rank.ToString(System.Globalization.CultureInfo.InvariantCulture) : networkId;
    }

    /// <summary>A site's name from its entity id (the id itself when unknown).</summary>
    public string SiteName(string? siteId) =>
        siteId is null ? string.Empty : _indexes.Sites.Get(CurrentStamp()).GetValueOrDefault(siteId, siteId);

    /// <summary>Every ad's facet keys when a serving investigation holds them for the workspace as it is; otherwise null (and, serving, a build starts).</summary>
    internal Search.FacetColumns? AdFacets() => _indexes.AdFacets?.Get(CurrentStamp());

    /// <summary>
    /// Starts building, on the thread pool, what a serving investigation keeps in memory (the ads' facet keys), so that
    /// the first search finds it ready; returns at once, with the build (a finished task for a one-shot investigation,
    /// or when the kept value is current). A build that fails leaves searches to the store.
    /// </summary>
    public Task Warm()
    {
        if (_indexes.AdFacets is not null)
        {
            // And what a search's first request would pay (at 1M ads ~2 s each): the countries phones are read in, site names.
            _ = Task.Run(() =>
            {
                try
                {
                    _ = Regions();
                    _ = SiteName(string.Empty);
                }
                catch (Exception e) when (e is ObjectDisposedException or InvalidOperationException or System.Data.Common.DbException)
                {
                    // A workspace closed meanwhile: the first search builds them, or says what is wrong.
                }
            });
        }

        _ = AdFacets();
        return _indexes.AdFacets?.Building ?? Task.CompletedTask;
    }

    /// <summary>A costly answer kept until the workspace changes (see <see cref="Memo"/>).</summary>
    internal T? Remember<T>(string kind, string key, Func<T?> build)
        where T : class => _indexes.Memo.Get(CurrentStamp(), kind + "\u0000" + key, build);

    // Every link or money run, and every ingest, writes statements and so moves the sequence. Unpinned (a CLI command,
    // a test), every read asks; pinned (a web request), the first read does.
    private Stamp CurrentStamp() => _pinned?.Value ?? Stamp.Of(Store);

    /// <summary>What every view of one workspace shares: the indexes and the costly answers, each with its stamp.</summary>
    private sealed class Indexes(IWorkspaceStore store, bool serving)
    {
        public BuiltAside<Search.FacetColumns>? AdFacets { get; } = serving
            ? new(() => Search.FacetColumns.Build(store, "Advertisement", Search.SearchQueries.FacetFields), () => Stamp.Of(store))
            : null;

        public Stamped<LeadIndex> Leads { get; } = new(() => LeadIndex.Build(store));

        public Stamped<Dictionary<string, List<HubDecision>>> Hubs { get; } =
            new(() => LinkResults.Hubs(store).GroupBy(h => h.Value, StringComparer.Ordinal).ToDictionary(g => g.Key, g => g.ToList(), StringComparer.Ordinal));

        public Stamped<Dictionary<string, string>> TemplateOfAd { get; } = new(() => LinkResults.TemplateOfAd(store));

        public Stamped<MoneyIndex> Money { get; } = new(() => MoneyIndex.Build(store));

        public Stamped<Dictionary<string, string>> Sites { get; } = new(() => SiteNames(store));

        public Stamped<List<string>> Regions { get; } = new(() => store.Facet("Advertisement", "country", Storage.FacetKind.Value, 12)
            .Where(kv => kv.Key.Length == 2).Select(kv => kv.Key.ToUpperInvariant()).Distinct(StringComparer.Ordinal).ToList());

        public Stamped<Box<LinkSummary>> Summary { get; } = new(() => new Box<LinkSummary>(LinkResults.Summary(store)));

        public Memo Memo { get; } = new(MemoCapacity);
    }

    /// <summary>
    /// Each site's name as <see cref="Core.Statements.Entity.First"/> gives it (earliest seen, then lowest value), read
    /// from the name statements alone: every ingested file states its site's name again (212,185 statements for one
    /// site of a 1M-ad workspace), which whole entities would group and sort for nothing.
    /// </summary>
    private static Dictionary<string, string> SiteNames(IWorkspaceStore store)
    {
        var best = new Dictionary<string, (DateTimeOffset Seen, string Name)>(StringComparer.Ordinal);
        foreach (var statement in store.ReadStatements(new StatementQuery { Schema = "Site", Property = "name" }))
        {
            var seen = statement.FirstSeen ?? DateTimeOffset.MaxValue;
            if (!best.TryGetValue(statement.EntityId, out var held) || seen < held.Seen || (seen == held.Seen && string.CompareOrdinal(statement.Value, held.Name) < 0))
            {
                best[statement.EntityId] = (seen, statement.Value);
            }
        }

        return best.ToDictionary(kv => kv.Key, kv => kv.Value.Name, StringComparer.Ordinal);
    }

    private sealed record Box<T>(T? Value)
        where T : class;
}
