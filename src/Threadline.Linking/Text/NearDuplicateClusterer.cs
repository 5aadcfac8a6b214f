using Threadline.Linking.Graph;

namespace Threadline.Linking.Text;

/// <summary>
/// Banded LSH over MinHash signatures (Leskovec, Rajaraman, Ullman, Mining of Massive Datasets, ch. 3):
/// ads whose rows agree in one band fall into the same bucket; bucket members are verified against the
/// estimated Jaccard similarity and joined. Buckets are found by sorting (band hash, ad) pairs, one band
/// at a time, so memory stays at the signatures plus one array per band.
/// </summary>
internal static class NearDuplicateClusterer
{
    public static UnionFind Cluster(TextSignatures sigs, LinkOptions options)
    {
        var n = sigs.Count;
        var uf = new UnionFind(n);
        var pairsPerBand = new List<(int, int)>[options.Bands];
        Parallel.For(
            0,
            options.Bands,
            new ParallelOptions { MaxDegreeOfParallelism = options.Parallelism },
            band => pairsPerBand[band] = BandPairs(sigs, band, options));
        foreach (var pairs in pairsPerBand)
        {
            foreach (var (a, b) in pairs)
            {
                uf.Union(a, b);
            }
        }

        return uf;
    }

    private static List<(int, int)> BandPairs(TextSignatures sigs, int band, LinkOptions options)
    {
        var n = sigs.Count;
        var keys = new ulong[n];
        var idx = new int[n];
        var m = 0;
        for (var i = 0; i < n; i++)
        {
            if (!sigs.HasText[i])
            {
                continue;
            }

            var row = sigs.Of(i).Slice(band * options.RowsPerBand, options.RowsPerBand);
            var h = 0x9E3779B97F4A7C15UL * (ulong)(band + 1);
            foreach (var v in row)
            {
                h = (h ^ v) * 0x100000001B3UL;
                h ^= h >> 31;
            }

            keys[m] = h;
            idx[m] = i;
            m++;
        }

        Array.Sort(keys, idx, 0, m);
        var pairs = new List<(int, int)>();
        var start = 0;
        while (start < m)
        {
            var end = start + 1;
            while (end < m && keys[end] == keys[start])
            {
                end++;
            }

            if (end - start > 1)
            {
                Verify(sigs, idx, start, end, options.TemplateSimilarity, pairs);
            }

            start = end;
        }

        return pairs;
    }

    // Star verification: each member is compared with the bucket's first members and the one before it,
    // which is linear in the bucket size even for boilerplate buckets of many thousand ads.
    private static void Verify(TextSignatures sigs, int[] idx, int start, int end, double threshold, List<(int, int)> pairs)
    {
        Array.Sort(idx, start, end - start);
        for (var k = start + 1; k < end; k++)
        {
            var b = idx[k];
            var probes = Math.Min(k - start, 3);
            for (var p = 0; p < probes; p++)
            {
                var a = idx[start + p];
                if (sigs.Similarity(a, b) >= threshold)
                {
                    pairs.Add((a, b));
                    goto next;
                }
            }

            if (sigs.Similarity(idx[k - 1], b) >= threshold)
            {
                pairs.Add((idx[k - 1], b));
            }

        next:;
        }
    }
}
