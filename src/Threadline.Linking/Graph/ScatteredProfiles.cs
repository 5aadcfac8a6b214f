namespace Threadline.Linking.Graph;

/// <summary>
/// Which groups rule 2d of <see cref="PersonaGrouper"/> (the same name, age, height and weight under numbers that
/// share nothing else) may join when both numbers show several women. A number that shows one woman copied from
/// each of several groups is a scam's: its women are scattered, one to a group, and are a good part of what it
/// shows. A number a controller took over shows women of one group only (often one woman: the others are new). So
/// a join through one woman is refused only when a number on either side is scattered: its women match two other
/// groups or more (of any kind) through one woman each, those are two women or more, and they are at least half of
/// the names it shows or each on two of its ads at most (a copy is posted once or twice; a controller advertises
/// its women again and again). A join through two women or more is a group's women moving together, whatever the number
/// shows. Groups are the network components as they stand before rule 2d. The caller asks only about ads whose
/// numbers both show several names (a woman who changed her own number joins as before).
/// </summary>
internal sealed class ScatteredProfiles
{
    /// <summary>Groups compared per profile; a profile shown by more groups than this is a stock one and says nothing.</summary>
    private const int MaxGroupsPerProfile = 32;

    /// <summary>Ads of one woman under a number, at most, for her to look like a copy there.</summary>
    private const int MaxCopyAds = 2;

    private readonly int[] _root;
    private readonly IdentifierTable _table;
    private readonly bool[] _numberId;
    private readonly Dictionary<(int Id, int Group), HashSet<string>> _shared;
    private readonly HashSet<int> _scattered;

    private ScatteredProfiles(int[] root, IdentifierTable table, bool[] numberId, Dictionary<(int, int), HashSet<string>> shared, HashSet<int> scattered)
    {
        _root = root;
        _table = table;
        _numberId = numberId;
        _shared = shared;
        _scattered = scattered;
    }

    /// <summary>
    /// Reads the groups as they stand before rule 2d: <paramref name="network"/>'s components, the profile (person key
    /// and figures) of every ad with a full one, and which identifiers show several women.
    /// </summary>
    public static ScatteredProfiles Read(string?[] keys, string[][] names, int[] bodies, IdentifierTable table, bool[] numberId, UnionFind network)
    {
        var n = keys.Length;
        var root = new int[n];
        for (var ad = 0; ad < n; ad++)
        {
            root[ad] = network.Find(ad);
        }

        // Per profile, the numbers that show several women and show it, with their groups.
        var shownBy = new Dictionary<(string Key, int Body), HashSet<(int Id, int Group)>>();
        for (var ad = 0; ad < n; ad++)
        {
            if (keys[ad] is { } key && !key.EndsWith('|') && Text.BodyStats.Complete(bodies[ad]))
            {
                foreach (var id in table.OfAd(ad))
                {
                    if (!numberId[id])
                    {
                        continue;
                    }

                    if (!shownBy.TryGetValue((key, bodies[ad]), out var set))
                    {
                        shownBy[(key, bodies[ad])] = set = [];
                    }

                    if (set.Count <= MaxGroupsPerProfile)
                    {
                        set.Add((id, root[ad]));
                    }
                }
            }
        }

        // The women (person keys) each number shares with each other group.
        var shared = new Dictionary<(int, int), HashSet<string>>();
        foreach (var ((key, _), set) in shownBy)
        {
            if (set.Count < 2 || set.Count > MaxGroupsPerProfile)
            {
                continue;
            }

            foreach (var a in set)
            {
                foreach (var b in set)
                {
                    if (a.Group == b.Group)
                    {
                        continue;
                    }

                    if (!shared.TryGetValue((a.Id, b.Group), out var women))
                    {
                        shared[(a.Id, b.Group)] = women = new HashSet<string>(StringComparer.Ordinal);
                    }

                    women.Add(key);
                }
            }
        }

        // Per number: the other groups it shares exactly one woman with, and those women's names.
        var single = new Dictionary<int, (int Groups, HashSet<string> Names)>();
        foreach (var ((id, _), set) in shared)
        {
            if (set.Count != 1)
            {
                continue;
            }

            if (!single.TryGetValue(id, out var s))
            {
                s = (0, new HashSet<string>(StringComparer.Ordinal));
            }

            foreach (var key in set)
            {
                s.Names.Add(key[..key.IndexOf('|', StringComparison.Ordinal)]);
            }

            single[id] = (s.Groups + 1, s.Names);
        }

        var scattered = new HashSet<int>();
        foreach (var (id, (groups, womenNames)) in single)
        {
            if (groups < 2 || womenNames.Count < 2)
            {
                continue;
            }

            // The names it shows and on how many of its ads; a copy is posted once or twice, a woman a number
            // advertises for her controller is on many of its ads.
            var shown = new Dictionary<string, int>(StringComparer.Ordinal);
            foreach (var ad in table.AdsOf(id))
            {
                if (names[ad].Length > 0)
                {
                    shown[names[ad][0]] = shown.GetValueOrDefault(names[ad][0]) + 1;
                }
            }

            if (womenNames.Count * 2 >= shown.Count || womenNames.All(w => shown.GetValueOrDefault(w) <= MaxCopyAds))
            {
                scattered.Add(id);
            }
        }

        return new ScatteredProfiles(root, table, numberId, shared, scattered);
    }

    /// <summary>Whether rule 2d may join these two ads, both under numbers that show several women.</summary>
    public bool MayJoin(int adA, int adB) => _root[adA] == _root[adB] || (Allowed(adA, _root[adB]) && Allowed(adB, _root[adA]));

    /// <summary>False when a scattered number of the ad meets the other group through one woman only.</summary>
    private bool Allowed(int ad, int otherGroup)
    {
        foreach (var id in _table.OfAd(ad))
        {
            if (_numberId[id] && _scattered.Contains(id) && (!_shared.TryGetValue((id, otherGroup), out var set) || set.Count < 2))
            {
                return false;
            }
        }

        return true;
    }
}
