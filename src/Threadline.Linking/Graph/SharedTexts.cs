using System.Globalization;

namespace Threadline.Linking.Graph;

/// <summary>
/// Two advertisers who write from two texts of their own in common are one writer (issue 15): a controller who gives
/// each woman a number of her own, one after another or side by side, keeps composing her ads from the same few texts,
/// and an independent does not share two of her own texts with anyone. A text counts only when few advertisers use it
/// (at most <see cref="TemplateContinuation.MaxUsers"/> components with two of its ads or more): a stock text or a
/// template sold to many is nobody's signature. Copies take no part (a copier repeats someone else's ads). Two groups
/// that each show several women are left to the rule that needs one of their women in common
/// (<see cref="NetworkGrouper"/>): at a million ads, networks that compose from one sentence bank write near-duplicates of
/// each other's texts. One shared text is a coincidence; two are a writer.
/// </summary>
internal static class SharedTexts
{
    /// <summary>Fewest texts two components must share.</summary>
    internal const int MinShared = 2;

    /// <summary>One join: an ad of each side, the texts (template ids) they share, and the contact of each side.</summary>
    public sealed record Join(int AdA, int AdB, IReadOnlyList<string> Templates, string From, string To);

    public static List<Join> Link(IReadOnlyList<AdFeatures> ads, string[][] names, IdentifierTable table, bool[] hub, bool[] copied, UnionFind uf)
    {
        var counts = PersonaGrouper.NameCountsByGroup(uf, names);
        var several = counts.Where(kv => PersonaGrouper.StrongNames(kv.Value, kv.Value.Values.Sum(), everyNameBelow: 3) >= 2).Select(kv => kv.Key).ToHashSet();

        // (root a, root b) with a < b → the texts they share, and one ad of each.
        var pairs = new Dictionary<(int A, int B), (List<int> Templates, int AdA, int AdB)>();
        var perRoot = new Dictionary<int, (int Count, int Ad)>();
        for (var id = 0; id < table.Count; id++)
        {
            if (hub[id] || table.KindOf(id) != EvidenceKind.Template)
            {
                continue;
            }

            TemplateContinuation.UsersOf(table, id, copied, uf, perRoot);

            var users = perRoot.Where(kv => kv.Value.Count >= 2).Select(kv => (Root: kv.Key, kv.Value.Ad)).OrderBy(u => u.Root).ToList();
            if (users.Count < 2 || users.Count > TemplateContinuation.MaxUsers)
            {
                continue;
            }

            for (var i = 0; i < users.Count; i++)
            {
                for (var j = i + 1; j < users.Count; j++)
                {
                    if (several.Contains(users[i].Root) && several.Contains(users[j].Root))
                    {
                        continue;
                    }

                    var key = (users[i].Root, users[j].Root);
                    if (!pairs.TryGetValue(key, out var p))
                    {
                        pairs[key] = p = ([], users[i].Ad, users[j].Ad);
                    }

                    p.Templates.Add(id);
                }
            }
        }

        // A component of one woman whose texts meet two groups of several women joins neither: one writer cannot be
        // two networks, so the texts say nothing about which (an undetected copier, or stock texts of one bank).
        var strong = pairs.Where(kv => kv.Value.Templates.Count >= MinShared).OrderBy(kv => kv.Key.A).ThenBy(kv => kv.Key.B).ToList();
        var groupsMet = new Dictionary<int, int>();
        foreach (var ((a, b), _) in strong)
        {
            if (several.Contains(a) != several.Contains(b))
            {
                var single = several.Contains(a) ? b : a;
                groupsMet[single] = groupsMet.GetValueOrDefault(single) + 1;
            }
        }

        var joins = new List<Join>();
        foreach (var ((a, b), p) in strong)
        {
            if (groupsMet.GetValueOrDefault(a) > 1 || groupsMet.GetValueOrDefault(b) > 1)
            {
                continue;
            }

            if (uf.Union(p.AdA, p.AdB))
            {
                joins.Add(new Join(p.AdA, p.AdB, [.. p.Templates.Select(table.ValueOf)], TemplateContinuation.Contact(ads[p.AdA]), TemplateContinuation.Contact(ads[p.AdB])));
            }
        }

        return joins;
    }

    public static LinkEvidence ToEvidence(Join j) => new(
        EvidenceKind.Template,
        j.From + " ~ " + j.To,
        j.Templates.Count,
        0.6,
        string.Create(
            CultureInfo.InvariantCulture,
            $"{j.From} and {j.To} write from {j.Templates.Count} texts in common that few advertisers use ({string.Join(", ", j.Templates.Take(4))}): one writer"));
}
