using System.Globalization;

namespace Threadline.Linking;

/// <summary>
/// Keeps persona, network and template ids stable across re-links as data grows. Linking is global (a
/// new ad can join two personas), so each run groups from scratch and names its groups by a hash of
/// their smallest ad; this then gives every new group the id of the earlier group it shares most ads
/// with (greedily, largest overlap first, each old id to one new group), gives the rest fresh ids never
/// used before, and records where every old id that was merged, split or dissolved went.
/// </summary>
public static class IdReconciler
{
    /// <summary>The result with its ids carried over from <paramref name="previous"/>, and the changes to record.</summary>
    public static (LinkResult Result, IReadOnlyList<IdChange> Changes) Reconcile(LinkResult current, PreviousGroups previous, DateTimeOffset at)
    {
        ArgumentNullException.ThrowIfNull(current);
        ArgumentNullException.ThrowIfNull(previous);
        var taken = new HashSet<string>(previous.Retired, StringComparer.Ordinal);
        taken.UnionWith(previous.Personas.Keys);
        taken.UnionWith(previous.Networks.Keys);
        taken.UnionWith(previous.Templates.Keys);
        var changes = new List<IdChange>();

        var personaAds = current.Personas.ToDictionary(p => p.Id, p => p.AdIds, StringComparer.Ordinal);
        var personas = Map(GroupKind.Persona, current.Personas.Select(p => (p.Id, p.AdIds)).ToList(), previous, taken, at, changes);
        var networks = Map(GroupKind.Network, current.Networks.Select(n => (n.Id, (IReadOnlyList<string>)n.PersonaIds.SelectMany(p => personaAds[p]).ToList())).ToList(), previous, taken, at, changes);
        var templates = Map(GroupKind.Template, current.Templates.Select(t => (t.Id, t.AdIds)).ToList(), previous, taken, at, changes);
        return (Rename(current, personas, networks, templates), changes);
    }

    private static Dictionary<string, string> Map(
        GroupKind kind,
        List<(string Id, IReadOnlyList<string> Ads)> groups,
        PreviousGroups previous,
        HashSet<string> taken,
        DateTimeOffset at,
        List<IdChange> changes)
    {
        var old = previous.Of(kind);
        var oldOfAd = new Dictionary<string, string>(StringComparer.Ordinal);
        foreach (var (id, ads) in old)
        {
            foreach (var ad in ads)
            {
                oldOfAd.TryAdd(ad, id);
            }
        }

        // Overlaps: for each new group, how many of its ads each old group had.
        var pairs = new List<(int Group, string Old, int Overlap)>();
        var spread = new Dictionary<string, List<(int Group, int Ads)>>(StringComparer.Ordinal);
        for (var g = 0; g < groups.Count; g++)
        {
            var counts = new Dictionary<string, int>(StringComparer.Ordinal);
            foreach (var ad in groups[g].Ads)
            {
                if (oldOfAd.TryGetValue(ad, out var o))
                {
                    counts[o] = counts.GetValueOrDefault(o) + 1;
                }
            }

            foreach (var (o, count) in counts)
            {
                pairs.Add((g, o, count));
                if (!spread.TryGetValue(o, out var list))
                {
                    spread[o] = list = [];
                }

                list.Add((g, count));
            }
        }

        pairs.Sort((a, b) =>
        {
            var c = b.Overlap.CompareTo(a.Overlap);
            c = c != 0 ? c : string.CompareOrdinal(groups[a.Group].Id, groups[b.Group].Id);
            return c != 0 ? c : string.CompareOrdinal(a.Old, b.Old);
        });

        var final = new string?[groups.Count];
        var kept = new HashSet<string>(StringComparer.Ordinal);
        foreach (var (g, o, _) in pairs)
        {
            if (final[g] is null && kept.Add(o))
            {
                final[g] = o;
            }
        }

        var map = new Dictionary<string, string>(StringComparer.Ordinal);
        for (var g = 0; g < groups.Count; g++)
        {
            var id = final[g] ?? Fresh(groups[g].Id, taken);
            final[g] = id;
            taken.Add(id);
            map[groups[g].Id] = id;
        }

        foreach (var (o, ads) in old.OrderBy(kv => kv.Key, StringComparer.Ordinal))
        {
            var destinations = (spread.GetValueOrDefault(o) ?? [])
                .Select(d => new IdDestination(final[d.Group]!, d.Ads))
                .OrderByDescending(d => d.Ads).ThenBy(d => d.Id, StringComparer.Ordinal).ToList();
            var isKept = kept.Contains(o);
            if (isKept && destinations.Count <= 1)
            {
                continue;
            }

            var type = (isKept, destinations.Count) switch
            {
                (true, _) => IdChangeType.Split,
                (false, 0) => IdChangeType.Dissolved,
                (false, 1) => IdChangeType.Merged,
                _ => IdChangeType.SplitAndRetired,
            };
            changes.Add(new IdChange(kind, o, type, ads.Count, destinations, at, Reason(kind, o, type, ads.Count, destinations)));
        }

        return map;
    }

    private static string Fresh(string id, HashSet<string> taken)
    {
        var dash = id.IndexOf('-', StringComparison.Ordinal);
        var prefix = dash >= 0 ? id[..(dash + 1)] : string.Empty;
        var candidate = id;
        for (var salt = 1; taken.Contains(candidate); salt++)
        {
            candidate = StableId.Of(prefix, id + "#" + salt.ToString(CultureInfo.InvariantCulture));
        }

        return candidate;
    }

    private static string Reason(GroupKind kind, string old, IdChangeType type, int oldAds, IReadOnlyList<IdDestination> to)
    {
        var noun = kind.ToString().ToLowerInvariant();
        string Where(IEnumerable<IdDestination> list) => string.Join(", ", list.Select(d => FormattableString.Invariant($"{d.Id} ({d.Ads} ads)")));
        return type switch
        {
            IdChangeType.Merged => FormattableString.Invariant($"{noun} {old} ({oldAds} ads) was merged into {to[0].Id}, which kept another id: new evidence joined them"),
            IdChangeType.Split => FormattableString.Invariant($"{noun} {old} ({oldAds} ads) was split: it keeps {to.FirstOrDefault(d => d.Id == old)?.Ads ?? 0} ads; the others went to {Where(to.Where(d => d.Id != old))}"),
            IdChangeType.SplitAndRetired => FormattableString.Invariant($"{noun} {old} ({oldAds} ads) was split into {Where(to)}, each of which kept another id"),
            _ => FormattableString.Invariant($"{noun} {old} ({oldAds} ads) no longer exists: {(kind == GroupKind.Network ? "its personas are no longer linked into a network" : "its ads are gone")}"),
        };
    }

    private static LinkResult Rename(LinkResult r, Dictionary<string, string> personas, Dictionary<string, string> networks, Dictionary<string, string> templates)
    {
        string P(string id) => personas.GetValueOrDefault(id, id);
        string? N(string? id) => id is null ? null : networks.GetValueOrDefault(id, id);
        string T(string id) => templates.GetValueOrDefault(id, id);
        LinkEvidence E(LinkEvidence e) => e.Kind == EvidenceKind.Template && templates.TryGetValue(e.Value, out var t)
            ? e with { Value = t, Reason = e.Reason.Replace(e.Value, t, StringComparison.Ordinal) }
            : e;

        var ranked = r.Networks
            .Select(n => n with
            {
                Id = N(n.Id)!,
                PersonaIds = n.PersonaIds.Select(P).ToArray(),
                TemplateIds = n.TemplateIds.Select(T).Order(StringComparer.Ordinal).ToArray(),
                Evidence = n.Evidence.Select(E).ToArray(),
                Bookings = n.Bookings.Select(b => b.PersonaId is null ? b : b with { PersonaId = P(b.PersonaId) }).ToArray(),
            })
            .OrderByDescending(x => x.Risk.Total).ThenByDescending(x => x.AdCount).ThenBy(x => x.Id, StringComparer.Ordinal)
            .Select((x, i) => x with { Rank = i + 1 })
            .ToList();
        return r with
        {
            Personas = r.Personas.Select(p => p with { Id = P(p.Id), NetworkId = N(p.NetworkId), Evidence = p.Evidence.Select(E).ToArray() }).ToArray(),
            Networks = ranked,
            Templates = r.Templates.Select(t => t with { Id = T(t.Id) }).ToArray(),
            Hubs = r.Hubs.Select(h => h.Kind == EvidenceKind.Template && templates.TryGetValue(h.Value, out var t) ? h with { Value = t } : h).ToArray(),
            FlaggedBookers = r.FlaggedBookers.Select(b => b with { NetworkId = N(b.NetworkId) }).ToArray(),
            Assignments = r.Assignments.Select(a => a with { PersonaId = P(a.PersonaId), NetworkId = N(a.NetworkId), TemplateId = a.TemplateId is null ? null : T(a.TemplateId) }).ToArray(),
        };
    }
}
