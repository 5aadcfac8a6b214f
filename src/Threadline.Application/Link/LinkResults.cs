using Threadline.Linking;
using Threadline.Storage;

namespace Threadline.Application.Link;

/// <summary>
/// The link result kept as records in the workspace (issue 13.4): one per network, persona, template, hub
/// and flagged booker, each found by its id or by keys (a network under <c>flagged</c>, <c>persona:ID</c>,
/// <c>phone:E164</c>, <c>country:XX</c>; a persona under <c>network:ID</c> and <c>phone:E164</c>), so a page
/// that shows one network reads that network and its personas, not the whole result (~125 MB at 1M ads).
/// </summary>
public static class LinkResults
{
    public const string NetworkKind = "link.network";
    public const string PersonaKind = "link.persona";
    public const string TemplateKind = "link.template";
    public const string TemplateHeadKind = "link.template-head";
    public const string HubKind = "link.hub";
    public const string BookerKind = "link.booker";
    public const string SummaryKind = "link.summary";
    public const string LineageKind = "link.lineage";
    private const string SummaryId = "last";

    /// <summary>
    /// Replaces the stored result. The summary goes first out and last in, so a run stopped half-way leaves
    /// no summary and readers say "run link" rather than show a mix of two runs.
    /// </summary>
    public static void Save(IWorkspaceStore store, LinkResult result, DateTimeOffset at)
    {
        ArgumentNullException.ThrowIfNull(store);
        ArgumentNullException.ThrowIfNull(result);
        var json = LinkStatements.Json;
        store.DeleteResults(SummaryKind);
        SaveNetworks(store, result.Networks, replace: true);
        store.WriteResults(PersonaKind, result.Personas, p => new ResultIndex(p.Id, -p.AdIds.Count, PersonaKeys(p)), replace: true, json);
        store.WriteResults(TemplateKind, result.Templates, t => new ResultIndex(t.Id, -t.AdIds.Count), replace: true, json);
        store.WriteResults(TemplateHeadKind, result.Templates.Select(TemplateHead.Of), t => new ResultIndex(t.Id, -t.AdCount), replace: true, json);
        // An identifier can be judged twice (cut as one kind of hub, down-weighted as another): filed by position, found by value.
        store.WriteResults(HubKind, result.Hubs.Select((h, i) => ResultJson.Record(new ResultIndex(Position(i), i, ["value:" + h.Value]), h, json)), replace: true);
        store.WriteResults(BookerKind, result.FlaggedBookers.Select((b, i) => ResultJson.Record(new ResultIndex(Position(i), i, b.NetworkId is null ? ["booker:" + b.BookerKey] : ["booker:" + b.BookerKey, "network:" + b.NetworkId]), b, json)), replace: true);
        var summary = new LinkSummary(at, result.Personas.Count, result.Networks.Count, result.Networks.Count(n => n.Flagged), result.Templates.Count, result.Hubs.Count, result.UnlinkedBookings, result.Statistics);
        store.WriteResults(SummaryKind, [summary], _ => new ResultIndex(SummaryId, 0), replace: true, json);
    }

    /// <summary>Writes networks (all of them, or changed ones with <paramref name="replace"/> false), filed by rank.</summary>
    public static void SaveNetworks(IWorkspaceStore store, IEnumerable<Network> networks, bool replace)
    {
        ArgumentNullException.ThrowIfNull(store);
        store.WriteResults(NetworkKind, networks, n => new ResultIndex(n.Id, n.Rank, NetworkKeys(n)), replace, LinkStatements.Json);
    }

    /// <summary>The counts of the last complete run, or null when linking never ran (or was stopped).</summary>
    public static LinkSummary? Summary(IWorkspaceStore store) => store.GetResult<LinkSummary>(SummaryKind, SummaryId, LinkStatements.Json);

    /// <summary>One network, or null.</summary>
    public static Network? Network(IWorkspaceStore store, string id) => store.GetResult<Network>(NetworkKind, id, LinkStatements.Json);

    /// <summary>One persona, or null.</summary>
    public static Persona? Persona(IWorkspaceStore store, string id) => store.GetResult<Persona>(PersonaKind, id, LinkStatements.Json);

    /// <summary>A page of networks by rank; only flagged ones with <paramref name="flaggedOnly"/>, or those under a key (<c>country:BE</c>, <c>phone:+32…</c>).</summary>
    public static IReadOnlyList<Network> Networks(IWorkspaceStore store, int offset, int limit, bool flaggedOnly = false, string? key = null) =>
        store.PageResults<Network>(NetworkKind, offset, limit, ResultOrder.Ascending, key ?? (flaggedOnly ? "flagged" : null), LinkStatements.Json);

    /// <summary>How many networks (flagged, or under a key) there are.</summary>
    public static long CountNetworks(IWorkspaceStore store, bool flaggedOnly = false, string? key = null) =>
        store.CountResults(NetworkKind, key ?? (flaggedOnly ? "flagged" : null));

    /// <summary>The personas of a network, largest first.</summary>
    public static IReadOnlyList<Persona> PersonasOf(IWorkspaceStore store, string networkId) =>
        store.AllResults<Persona>(PersonaKind, "network:" + networkId, LinkStatements.Json);

    /// <summary>A page of a network's personas, largest first (the stored order: most ads, then id).</summary>
    public static IReadOnlyList<Persona> PersonasOf(IWorkspaceStore store, string networkId, int offset, int limit) =>
        store.PageResults<Persona>(PersonaKind, offset, Math.Min(limit, ResultLimits.MaxPage), ResultOrder.Ascending, "network:" + networkId, LinkStatements.Json);

    /// <summary>The personas whose ads carry a phone (E.164).</summary>
    public static IReadOnlyList<Persona> PersonasWithPhone(IWorkspaceStore store, string e164) =>
        store.AllResults<Persona>(PersonaKind, "phone:" + e164, LinkStatements.Json);

    /// <summary>Every hub decision (identifiers judged to glue unrelated ads), in the order linking made them.</summary>
    public static IReadOnlyList<HubDecision> Hubs(IWorkspaceStore store) => store.AllResults<HubDecision>(HubKind, null, LinkStatements.Json);

    /// <summary>The templates with these ids (at most <see cref="ResultLimits.MaxPage"/>), those that exist.</summary>
    public static IReadOnlyList<Template> Templates(IWorkspaceStore store, IReadOnlyCollection<string> ids)
    {
        ArgumentNullException.ThrowIfNull(store);
        return store.GetResults(TemplateKind, ids).Select(r => ResultJson.Read<Template>(r, LinkStatements.Json)).ToList();
    }

    /// <summary>
    /// The heads of the templates with these ids (at most <see cref="ResultLimits.MaxPage"/>), those that exist, in id
    /// order; a workspace linked before heads were stored gives them from the whole templates.
    /// </summary>
    public static IReadOnlyList<TemplateHead> TemplateHeads(IWorkspaceStore store, IReadOnlyCollection<string> ids)
    {
        ArgumentNullException.ThrowIfNull(store);
        var heads = store.GetResults(TemplateHeadKind, ids).Select(r => ResultJson.Read<TemplateHead>(r, LinkStatements.Json)).ToList();
        if (heads.Count < ids.Count)
        {
            var found = heads.Select(h => h.Id).ToHashSet(StringComparer.Ordinal);
            var missing = ids.Where(id => !found.Contains(id)).Distinct(StringComparer.Ordinal).ToList();
            if (missing.Count > 0)
            {
                heads.AddRange(Templates(store, missing).Select(TemplateHead.Of));
                heads.Sort((a, b) => string.CompareOrdinal(a.Id, b.Id));
            }
        }

        return heads;
    }

    /// <summary>Each templated ad's template id (an ad is in at most one near-duplicate cluster).</summary>
    public static Dictionary<string, string> TemplateOfAd(IWorkspaceStore store)
    {
        var map = new Dictionary<string, string>(StringComparer.Ordinal);
        foreach (var template in store.AllResults<Template>(TemplateKind, null, LinkStatements.Json))
        {
            foreach (var ad in template.AdIds)
            {
                map.TryAdd(ad, template.Id);
            }
        }

        return map;
    }

    /// <summary>The flagged bookers tied to a network.</summary>
    public static IReadOnlyList<FlaggedBooker> BookersOf(IWorkspaceStore store, string networkId) =>
        store.AllResults<FlaggedBooker>(BookerKind, "network:" + networkId, LinkStatements.Json);

    /// <summary>The whole result (for the report, eval and money), or null when linking never ran.</summary>
    public static LinkResult? Load(IWorkspaceStore store)
    {
        ArgumentNullException.ThrowIfNull(store);
        if (Summary(store) is not { } summary)
        {
            return null;
        }

        var personas = store.AllResults<Persona>(PersonaKind, null, LinkStatements.Json).OrderBy(p => p.Id, StringComparer.Ordinal).ToList();
        var templates = store.AllResults<Template>(TemplateKind, null, LinkStatements.Json).OrderBy(t => t.Id, StringComparer.Ordinal).ToList();
        var templateOf = new Dictionary<string, string>(StringComparer.Ordinal);
        foreach (var template in templates)
        {
            foreach (var ad in template.AdIds)
            {
                templateOf.TryAdd(ad, template.Id);
            }
        }

        // Assignments are not stored twice: they follow from the personas and templates.
        var assignments = personas
            .SelectMany(p => p.AdIds.Select(ad => new AdAssignment(ad, p.Id, p.NetworkId, templateOf.GetValueOrDefault(ad))))
            .OrderBy(a => a.AdId, StringComparer.Ordinal)
            .ToList();
        return new LinkResult
        {
            Personas = personas,
            Networks = store.AllResults<Network>(NetworkKind, null, LinkStatements.Json),
            Templates = templates,
            Hubs = store.AllResults<HubDecision>(HubKind, null, LinkStatements.Json),
            FlaggedBookers = store.AllResults<FlaggedBooker>(BookerKind, null, LinkStatements.Json),
            Assignments = assignments,
            UnlinkedBookings = summary.UnlinkedBookings,
            Statistics = summary.Statistics,
        };
    }

    /// <summary>
    /// The stored networks and the network of each ad a networked persona holds, or null when nothing was linked: what
    /// the money job needs of a link result. Only the networks' own personas are read (at 1M ads the whole result, with
    /// every persona and template, took a tenth of `money`).
    /// </summary>
    public static (List<Network> Networks, Dictionary<string, string> AdNetwork)? LoadNetworks(IWorkspaceStore store)
    {
        ArgumentNullException.ThrowIfNull(store);
        if (Summary(store) is null)
        {
            return null;
        }

        var networks = store.AllResults<Network>(NetworkKind, null, LinkStatements.Json);
        var personaIds = networks.SelectMany(n => n.PersonaIds).Distinct(StringComparer.Ordinal).Order(StringComparer.Ordinal).ToList();
        var adNetwork = new Dictionary<string, string>(StringComparer.Ordinal);
        const int Chunk = 500;
        for (var at = 0; at < personaIds.Count; at += Chunk)
        {
            foreach (var record in store.GetResults(PersonaKind, personaIds.GetRange(at, Math.Min(Chunk, personaIds.Count - at))))
            {
                var persona = ResultJson.Read<Persona>(record, LinkStatements.Json);
                if (persona.NetworkId is { } network)
                {
                    foreach (var ad in persona.AdIds)
                    {
                        adNetwork.TryAdd(ad, network);
                    }
                }
            }
        }

        return (networks, adNetwork);
    }

    /// <summary>Appends id changes to the lineage, in order, each found by its old id.</summary>
    public static void AppendLineage(IWorkspaceStore store, IReadOnlyList<IdChange> changes)
    {
        ArgumentNullException.ThrowIfNull(store);
        ArgumentNullException.ThrowIfNull(changes);
        var start = store.CountResults(LineageKind);
        store.WriteResults(LineageKind, changes.Select((c, i) => ResultJson.Record(
            new ResultIndex((start + i).ToString("D9", System.Globalization.CultureInfo.InvariantCulture), start + i, ["id:" + c.OldId]), c, LinkStatements.Json)), replace: false);
    }

    /// <summary>Every recorded id change, oldest first.</summary>
    public static IReadOnlyList<IdChange> Lineage(IWorkspaceStore store) => store.AllResults<IdChange>(LineageKind, null, LinkStatements.Json);

    /// <summary>What became of an id, oldest change first (empty when it never changed).</summary>
    public static IReadOnlyList<IdChange> History(IWorkspaceStore store, string id) => store.AllResults<IdChange>(LineageKind, "id:" + id, LinkStatements.Json);


    private static string Position(int i) => i.ToString("D9", System.Globalization.CultureInfo.InvariantCulture);

    private static List<string> NetworkKeys(Network n)
    {
        var keys = new List<string>();
        if (n.Flagged)
        {
            keys.Add("flagged");
        }

        keys.AddRange(n.PersonaIds.Select(p => "persona:" + p));
        keys.AddRange(n.Phones.Select(p => "phone:" + p));
        keys.AddRange(n.Movement.Countries.Select(c => "country:" + c.ToUpperInvariant()));
        keys.AddRange(n.TemplateIds.Select(t => "template:" + t));
        return keys;
    }

    private static List<string> PersonaKeys(Persona p)
    {
        var keys = new List<string>();
        if (p.NetworkId is { } network)
        {
            keys.Add("network:" + network);
        }

        keys.AddRange(p.Phones.Select(phone => "phone:" + phone));
        return keys;
    }
}
