using System.Globalization;
using Threadline.Linking.Graph;

namespace Threadline.Linking.Photos;

/// <summary>Groups image hashes within a Hamming distance into photo clusters (one picture, however altered).</summary>
internal static class PhotoClusterer
{
    /// <summary>Matches this close are taken without further confirmation (random 64-bit pairs this close are vanishingly rare).</summary>
    public const int StrictDistance = 4;

    private static bool ShareContact(IReadOnlyList<AdFeatures> ads, List<int> a, List<int> b)
    {
        foreach (var x in a)
        {
            foreach (var y in b)
            {
                var ax = ads[x];
                var ay = ads[y];
                if (ax.Phones.Any(p => ay.Phones.Contains(p, StringComparer.Ordinal))
                    || ax.Names.Any(n => ay.Names.Contains(n, StringComparer.OrdinalIgnoreCase))
                    || ax.Emails.Any(e => ay.Emails.Contains(e, StringComparer.OrdinalIgnoreCase))
                    || ax.Handles.Any(h => ay.Handles.Contains(h, StringComparer.OrdinalIgnoreCase)))
                {
                    return true;
                }
            }
        }

        return false;
    }

    /// <summary>For each ad, the ids of the photo clusters of its images.</summary>
    public static (string[][] PerAd, int Clusters) Cluster(IReadOnlyList<AdFeatures> ads, LinkOptions options)
    {
        var distinct = new Dictionary<ulong, int>();
        var hashes = new List<ulong>();
        foreach (var ad in ads)
        {
            foreach (var h in ad.ImageHashes)
            {
                if (distinct.TryAdd(h, hashes.Count))
                {
                    hashes.Add(h);
                }
            }
        }

        // A few ads per hash, to confirm loose matches.
        var adsOfHash = new List<int>[hashes.Count];
        for (var a = 0; a < ads.Count; a++)
        {
            foreach (var h in ads[a].ImageHashes)
            {
                var list = adsOfHash[distinct[h]] ??= [];
                if (list.Count < 8 && (list.Count == 0 || list[^1] != a))
                {
                    list.Add(a);
                }
            }
        }

        var index = new HammingIndex(hashes);
        var uf = new UnionFind(hashes.Count);
        var neighbours = new List<int>[hashes.Count];
        Parallel.For(
            0,
            hashes.Count,
            new ParallelOptions { MaxDegreeOfParallelism = options.Parallelism },
            i => neighbours[i] = index.Query(hashes[i], Math.Min(11, options.PhotoMaxDistance)));
        // Close matches join at once; looser ones (a crop moves up to ~8 bits) only when the two photos'
        // ads also share a phone or a name: among millions of photos, random pairs within 8 bits do occur.
        var strict = Math.Min(StrictDistance, options.PhotoMaxDistance);
        for (var i = 0; i < hashes.Count; i++)
        {
            foreach (var j in neighbours[i])
            {
                if (j > i && (PerceptualHash.Distance(hashes[i], hashes[j]) <= strict || ShareContact(ads, adsOfHash[i], adsOfHash[j])))
                {
                    uf.Union(i, j);
                }
            }
        }

        // Name each cluster after its smallest hash.
        var minHash = new Dictionary<int, ulong>();
        for (var i = 0; i < hashes.Count; i++)
        {
            var r = uf.Find(i);
            if (!minHash.TryGetValue(r, out var m) || hashes[i] < m)
            {
                minHash[r] = hashes[i];
            }
        }

        var perAd = new string[ads.Count][];
        for (var a = 0; a < ads.Count; a++)
        {
            var list = ads[a].ImageHashes;
            perAd[a] = list.Count == 0
                ? []
                : list.Select(h => "IMG-" + minHash[uf.Find(distinct[h])].ToString("x16", CultureInfo.InvariantCulture))
                    .Distinct(StringComparer.Ordinal).ToArray();
        }

        return (perAd, minHash.Count);
    }
}
