using System.Globalization;

namespace Threadline.Linking.Graph;

/// <summary>
/// Finds numbers pasted into copies of other advertisers' ads (a scam or a spammer: "her" ads are other women's
/// ads, text and photos, with the number swapped), also when the copier copied too few advertisers for the hub
/// rule. A number is a copier when nearly every ad under it repeats, word for word, an earlier ad under another
/// number; those earlier ads belong to several unrelated advertisers (different numbers that share nothing); and
/// its ads give different names. A network that moves a woman to a new number repeats her ads too, but from its
/// own earlier numbers, and it repeats each woman many times: it is not taken for a copier.
/// </summary>
internal static class CopyDetector
{
    /// <summary>
    /// Jaccard similarity of the two ads' word sets at which one repeats the other (the swapped number aside).
    /// Measured on the simulator's seeds 7 and 42: a copy and its original 0.75 to 1.0, nearly all from 0.85; an
    /// advertiser's ad and the nearest earlier ad of another advertiser's template below 0.85 on all but a few.
    /// </summary>
    private const double CopySimilarity = 0.85;

    /// <summary>MinHash estimate below which a pair is not compared word by word (the estimate's error is about 0.06).</summary>
    private const double Prefilter = 0.6;

    /// <summary>Share of a copier's ads that must repeat an earlier ad of another advertiser.</summary>
    private const double CopiedShare = 0.8;

    /// <summary>A template cluster larger than this is not searched for the originals (bounds the work).</summary>
    private const int MaxTemplateScan = 5_000;

    /// <summary>
    /// Candidates searched for an original, nearest in time first, where the whole list is too large to search (a
    /// template or name shared by tens of thousands of ads in a large workspace): bounds the work per copy.
    /// </summary>
    private const int MaxNearScan = 2_000;

    /// <summary>
    /// How long before a copy its original is looked for in such a list. A copier repeats ads that are live: the
    /// original was posted shortly before (the simulator copies within ten days; a month leaves room).
    /// </summary>
    private static readonly TimeSpan CopyLag = TimeSpan.FromDays(30);

    /// <summary>
    /// Marks the ads of copier numbers in <paramref name="copiedAd"/> and returns, per identifier, whether it is a
    /// copier; each gets a down-weighting decision with its reason.
    /// </summary>
    public static bool[] Detect(IReadOnlyList<AdFeatures> ads, IdentifierTable table, bool[] hub, Text.TextSignatures sigs, string[][] names, bool[] copiedAd, List<HubDecision> decisions)
    {
        var copier = new bool[table.Count];

        // Advertisers as the contact points show them (phones, e-mails, handles): the originals of a copier's ads
        // must come from several of these.
        var owners = new UnionFind(ads.Count);
        for (var id = 0; id < table.Count; id++)
        {
            if (!hub[id] && table.KindOf(id) is not (EvidenceKind.Photo or EvidenceKind.Template))
            {
                var adsOf = table.AdsOf(id);
                for (var k = 1; k < adsOf.Length; k++)
                {
                    owners.Union(adsOf[0], adsOf[k]);
                }
            }
        }

        // A copy keeps the woman's name. When the copy's template cluster is too large to search (a style whose titles
        // and sentences are common to thousands of ads), the earlier ads giving the same name are searched instead.
        var named = new Dictionary<string, List<int>>(StringComparer.Ordinal);
        for (var ad = 0; ad < ads.Count; ad++)
        {
            if (names[ad].Length > 0)
            {
                if (!named.TryGetValue(names[ad][0], out var list))
                {
                    named[names[ad][0]] = list = [];
                }

                list.Add(ad);
            }
        }

        var byName = named.ToDictionary(kv => kv.Key, kv => new TimeOrdered(ads, kv.Value), StringComparer.Ordinal);
        named = null;

        var skeletons = new Dictionary<string, string>(StringComparer.Ordinal);
        Dictionary<int, Dictionary<string, int>>? ownerNames = null;
        var nearLists = new Dictionary<int, TimeOrdered>();
        var words = new Dictionary<int, HashSet<ulong>>();
        for (var id = 0; id < table.Count; id++)
        {
            if (hub[id] || table.KindOf(id) != EvidenceKind.Phone)
            {
                continue;
            }

            var adsOf = table.AdsOf(id);
            var variety = NameVariety(ads, adsOf, names, skeletons, out var women);
            if (adsOf.Length < 2 || variety == 0)
            {
                continue;
            }

            var copies = 0;
            var misses = 0;
            var sources = new HashSet<int>();
            words.Clear();
            foreach (var ad in adsOf)
            {
                var source = EarlierTwin(ads, table, sigs, id, ad, words, nearLists, out var tooLarge);
                if (source < 0 && tooLarge && names[ad].Length > 0 && byName.TryGetValue(names[ad][0], out var sameName))
                {
                    source = NearEarlierTwin(ads, table, sigs, id, ad, words, sameName);
                }

                if (source < 0 && adsOf.Length - ++misses < CopiedShare * adsOf.Length)
                {
                    break;   // too few copies left to make it a copier (the same test as below, on the most it can reach)
                }

                if (source >= 0)
                {
                    copies++;
                    sources.Add(owners.Find(source));
                }
            }

            // The originals come from several advertisers: half as many as the copies (one woman per copy), or, where
            // each woman is repeated, half as many as the women.
            var enough = copies >= 2 && copies >= CopiedShare * adsOf.Length && sources.Count >= Math.Max(2, (variety == 2 ? copies : women) / 2);
            if (enough && variety == 1)
            {
                // A number that repeats each copied woman a few times (a third as many names as named ads, not half) is a
                // copier only when most of what it repeats comes from numbers of one woman each: a network's new number
                // repeats its own earlier numbers, which show its several women.
                ownerNames ??= PersonaGrouper.NameCountsByGroup(owners, names);
                var single = sources.Count(o => !ownerNames.TryGetValue(o, out var c) || PersonaGrouper.StrongNames(c, c.Values.Sum(), everyNameBelow: 3) < 2);
                enough = single * 2 > sources.Count;
            }

            if (enough)
            {
                copier[id] = true;
                foreach (var ad in adsOf)
                {
                    copiedAd[ad] = true;
                }

                var d = HubDetector.Decision(ads, table, id, sources.Count, string.Create(
                    CultureInfo.InvariantCulture,
                    $"phone is on {copies} of {adsOf.Length} ads that repeat, word for word, earlier ads of {sources.Count} other advertisers with other names: a copier (scam, spam) that pasted its number into their ads; its ads are taken for one invented persona and link to nobody else"));
                decisions.Add(d with { Action = HubAction.DownWeighted });
            }
        }

        return copier;
    }

    /// <summary>
    /// How much the names on the ads vary: 2 when at least two and at least half as many names as named ads (one woman
    /// per copy), 1 when at least a third as many (each copied woman repeated a few times), 0 otherwise. Two spellings
    /// of one name ("Sofia" / "Софи", <see cref="Text.NameVariants.Spellings"/>) given with ages a year apart at most are
    /// one woman, as the handover counts women: a woman who writes her name in two scripts is not a number showing
    /// other women, and is not searched as a copier. Without an age on both, spellings stay apart (similar names of
    /// different women, "Lina" / "Lena", are common among the women a copier repeats).
    /// </summary>
    private static int NameVariety(IReadOnlyList<AdFeatures> ads, ReadOnlySpan<int> adsOf, string[][] names, Dictionary<string, string> skeletons, out int women)
    {
        var distinct = new List<(string Skeleton, int Age)>();
        var seen = new HashSet<string>(StringComparer.Ordinal);
        var named = 0;
        foreach (var ad in adsOf)
        {
            if (names[ad].Length == 0)
            {
                continue;
            }

            named++;
            var name = names[ad][0];
            if (!seen.Add(name))
            {
                continue;
            }

            if (!skeletons.TryGetValue(name, out var skeleton))
            {
                skeletons[name] = skeleton = Text.NameVariants.Skeleton(ads[ad].Names.Count > 0 ? ads[ad].Names[0] : name);
            }

            var age = ads[ad].Ages.Count > 0 ? ads[ad].Ages[0] : -1;
            if (age < 0 || distinct.TrueForAll(w => w.Age < 0 || Math.Abs(w.Age - age) > 1 || !Text.NameVariants.Spellings(skeleton, w.Skeleton)))
            {
                distinct.Add((skeleton, age));
            }
        }

        women = distinct.Count;
        return distinct.Count < 2 ? 0 : distinct.Count * 2 >= named ? 2 : distinct.Count * 3 >= named ? 1 : 0;
    }

    /// <summary>
    /// Among <paramref name="byTime"/> (ads in posting order), an ad posted no later than <paramref name="ad"/> and at
    /// most <see cref="CopyLag"/> before it, not under its phone, with the same words, searching back from the copy's
    /// time over at most <see cref="MaxNearScan"/> ads; -1 when none.
    /// </summary>
    private static int NearEarlierTwin(IReadOnlyList<AdFeatures> ads, IdentifierTable table, Text.TextSignatures sigs, int phone, int ad, Dictionary<int, HashSet<ulong>> words, TimeOrdered byTime)
    {
        var when = ads[ad].PostedAt.UtcTicks;
        var lo = 0;
        var hi = byTime.Ads.Length;
        while (lo < hi)
        {
            var mid = (lo + hi) >>> 1;
            if (byTime.Ticks[mid] <= when)
            {
                lo = mid + 1;
            }
            else
            {
                hi = mid;
            }
        }

        var earliest = when - CopyLag.Ticks;
        for (int k = lo - 1, scanned = 0; k >= 0 && scanned < MaxNearScan; k--, scanned++)
        {
            if (byTime.Ticks[k] < earliest)
            {
                break;
            }

            // Posted no later than the copy by the list's order, so the ad's own record is not read.
            var other = byTime.Ads[k];
            if (IsTwinElsewhere(ads, table, sigs, phone, ad, other, words))
            {
                return other;
            }
        }

        return -1;
    }

    /// <summary>
    /// An ad posted no later than <paramref name="ad"/>, under none of its phones, with the same words, among the ads of
    /// its templates (the nearest in time only, for a template too large to search whole); -1 when none.
    /// </summary>
    private static int EarlierTwin(IReadOnlyList<AdFeatures> ads, IdentifierTable table, Text.TextSignatures sigs, int phone, int ad, Dictionary<int, HashSet<ulong>> words, Dictionary<int, TimeOrdered> nearLists, out bool tooLarge)
    {
        tooLarge = false;
        foreach (var template in table.OfAd(ad))
        {
            if (table.KindOf(template) != EvidenceKind.Template)
            {
                continue;
            }

            if (table.AdCount(template) > MaxTemplateScan)
            {
                tooLarge = true;
                if (!nearLists.TryGetValue(template, out var byTime))
                {
                    nearLists[template] = byTime = new TimeOrdered(ads, [.. table.AdsOf(template)]);
                }

                if (NearEarlierTwin(ads, table, sigs, phone, ad, words, byTime) is var near and >= 0)
                {
                    return near;
                }

                continue;
            }

            foreach (var other in table.AdsOf(template))
            {
                if (IsEarlierTwin(ads, table, sigs, phone, ad, other, words))
                {
                    return other;
                }
            }
        }

        return -1;
    }

    private static int ByTime(IReadOnlyList<AdFeatures> ads, int a, int b)
    {
        var c = ads[a].PostedAt.CompareTo(ads[b].PostedAt);
        return c != 0 ? c : a.CompareTo(b);
    }

    /// <summary>Whether <paramref name="other"/> was posted no later than <paramref name="ad"/>, not under its phone, with the same words.</summary>
    private static bool IsEarlierTwin(IReadOnlyList<AdFeatures> ads, IdentifierTable table, Text.TextSignatures sigs, int phone, int ad, int other, Dictionary<int, HashSet<ulong>> words) =>
        ads[other].PostedAt <= ads[ad].PostedAt && IsTwinElsewhere(ads, table, sigs, phone, ad, other, words);

    /// <summary>
    /// Whether <paramref name="other"/> is another ad, not under <paramref name="phone"/>, with the same words as
    /// <paramref name="ad"/>. The cheapest test that can fail first: the two texts' MinHash estimate (most candidates
    /// fail it, often within the first half of the hashes), then the phone, then the words.
    /// </summary>
    private static bool IsTwinElsewhere(IReadOnlyList<AdFeatures> ads, IdentifierTable table, Text.TextSignatures sigs, int phone, int ad, int other, Dictionary<int, HashSet<ulong>> words) =>
        other != ad && sigs.SimilarAtLeast(ad, other, Prefilter) && !SharesPhone(table, other, phone)
        && WordJaccard(WordsOf(ads, ad, words), WordsOf(ads, other, words)) >= CopySimilarity;

    private static HashSet<ulong> WordsOf(IReadOnlyList<AdFeatures> ads, int ad, Dictionary<int, HashSet<ulong>> cache)
    {
        if (!cache.TryGetValue(ad, out var set))
        {
            var list = new List<ulong>();
            Text.TextTokenizer.HashWords(ads[ad].Title, list, 400);
            Text.TextTokenizer.HashWords(ads[ad].Body, list, 800);
            cache[ad] = set = [.. list];
        }

        return set;
    }

    private static double WordJaccard(HashSet<ulong> a, HashSet<ulong> b)
    {
        var common = 0;
        foreach (var w in a)
        {
            if (b.Contains(w))
            {
                common++;
            }
        }

        var union = a.Count + b.Count - common;
        return union == 0 ? 0 : (double)common / union;
    }

    private static bool SharesPhone(IdentifierTable table, int ad, int phone)
    {
        foreach (var id in table.OfAd(ad))
        {
            if (id == phone)
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>Ads in posting order (ties by ad index) with their posting times side by side, searched back from a copy's time.</summary>
    private sealed class TimeOrdered
    {
        public TimeOrdered(IReadOnlyList<AdFeatures> ads, List<int> members)
        {
            members.Sort((a, b) => ByTime(ads, a, b));
            Ads = [.. members];
            Ticks = [.. members.Select(a => ads[a].PostedAt.UtcTicks)];
        }

        public int[] Ads { get; }

        public long[] Ticks { get; }
    }
}
