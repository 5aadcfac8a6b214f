using System.Globalization;

namespace Threadline.Linking.Graph;

/// <summary>Collects the shared identifiers behind a grouping, with weights, and combines them into a confidence.</summary>
internal static class Evidence
{
    private const int MaxItems = 25;

    /// <summary>Identifiers (not hubs) shared by at least <paramref name="minGroups"/> distinct groups of <paramref name="members"/>.</summary>
    public static List<LinkEvidence> Shared(ResultAssembler.Context c, List<int> members, Func<int, int> groupOf, int minGroups, bool personaLevel)
    {
        var perId = new Dictionary<int, (int Ads, HashSet<int> Groups)>();
        foreach (var a in members)
        {
            foreach (var id in c.Table.OfAd(a))
            {
                if (c.Hub[id])
                {
                    continue;
                }

                if (!perId.TryGetValue(id, out var v))
                {
                    v = (0, []);
                }

                v.Groups.Add(groupOf(a));
                perId[id] = (v.Ads + 1, v.Groups);
            }
        }

        var list = new List<LinkEvidence>();
        foreach (var (id, (count, groups)) in perId)
        {
            if (groups.Count < minGroups)
            {
                continue;
            }

            var kind = c.Table.KindOf(id);
            var value = c.Table.ValueOf(id);
            var sharedBeyond = c.Table.AdCount(id) > count;
            double weight;
            string reason;
            if (personaLevel)
            {
                weight = kind switch
                {
                    EvidenceKind.Photo => 0.9,
                    EvidenceKind.Email => 0.85,
                    EvidenceKind.Handle or EvidenceKind.Phone => sharedBeyond ? 0.3 : 0.8,
                    _ => 0.4,
                };
                reason = Inv($"{count} ads share {Describe(kind)} {value}{(sharedBeyond && kind is EvidenceKind.Phone or EvidenceKind.Email or EvidenceKind.Handle ? " (also used for other personas)" : "")}");
            }
            else
            {
                weight = kind switch
                {
                    EvidenceKind.Email => 0.85,
                    EvidenceKind.Phone => 0.8,
                    EvidenceKind.Handle => 0.75,
                    EvidenceKind.Photo => 0.7,
                    _ => 0.5,
                };
                reason = Inv($"{Describe(kind)} {value} is shared by {groups.Count} personas ({count} ads)");
            }

            list.Add(new LinkEvidence(kind, value, count, weight, reason));
        }

        if (personaLevel)
        {
            AddNames(c, members, list);
        }

        return list.OrderByDescending(e => e.Weight).ThenByDescending(e => e.AdCount).ThenBy(e => e.Value, StringComparer.Ordinal).Take(MaxItems).ToList();
    }

    /// <summary>Noisy-or: 1 − Π(1 − wᵢ) over the distinct evidence items.</summary>
    public static double NoisyOr(IReadOnlyList<LinkEvidence> evidence)
    {
        var miss = 1.0;
        foreach (var e in evidence)
        {
            miss *= 1 - e.Weight;
        }

        return Math.Round(1 - miss, 3);
    }

    private static void AddNames(ResultAssembler.Context c, List<int> members, List<LinkEvidence> list)
    {
        var byName = new Dictionary<string, (string Display, int Count)>(StringComparer.Ordinal);
        foreach (var a in members)
        {
            foreach (var name in c.Ads[a].Names.Distinct(StringComparer.OrdinalIgnoreCase))
            {
                var key = PersonaGrouper.NormaliseName(name);
                byName[key] = byName.TryGetValue(key, out var v) ? (v.Display, v.Count + 1) : (name, 1);
            }
        }

        foreach (var (display, count) in byName.Values.Where(v => v.Count >= 2))
        {
            list.Add(new LinkEvidence(EvidenceKind.Name, display, count, 0.6, Inv($"{count} ads give the name {display}")));
        }

        var figures = new Dictionary<int, int>();
        foreach (var a in members)
        {
            var body = c.Bodies[a];
            if (Text.BodyStats.Complete(body))
            {
                figures[body] = figures.GetValueOrDefault(body) + 1;
            }
        }

        foreach (var (body, count) in figures.Where(kv => kv.Value >= 2).OrderByDescending(kv => kv.Value).ThenBy(kv => kv.Key).Take(3))
        {
            var value = Inv($"{Text.BodyStats.Height(body)} cm, {Text.BodyStats.Weight(body)} kg");
            list.Add(new LinkEvidence(EvidenceKind.Figures, value, count, 0.5, Inv($"{count} ads give the same height and weight ({value})")));
        }
    }

    private static string Describe(EvidenceKind kind) => kind switch
    {
        EvidenceKind.Phone => "phone",
        EvidenceKind.Email => "e-mail",
        EvidenceKind.Handle => "handle",
        EvidenceKind.Photo => "photo",
        EvidenceKind.Template => "text template",
        EvidenceKind.Figures => "height and weight",
        _ => kind.ToString().ToLowerInvariant(),
    };

    private static string Inv(FormattableString s) => s.ToString(CultureInfo.InvariantCulture);
}
