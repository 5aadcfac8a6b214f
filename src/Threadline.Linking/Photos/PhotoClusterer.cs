using System.Globalization;
using Threadline.Linking.Graph;

namespace Threadline.Linking.Photos;

/// <summary>Groups image hashes within a Hamming distance into photo clusters (one picture, however altered).</summary>
internal static class PhotoClusterer
{
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

        var index = new HammingIndex(hashes);
        var uf = new UnionFind(hashes.Count);
        var neighbours = new List<int>[hashes.Count];
        Parallel.For(
            0,
            hashes.Count,
            new ParallelOptions { MaxDegreeOfParallelism = options.Parallelism },
            i => neighbours[i] = index.Query(hashes[i], Math.Min(11, options.PhotoMaxDistance)));
        for (var i = 0; i < hashes.Count; i++)
        {
            foreach (var j in neighbours[i])
            {
                uf.Union(i, j);
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
