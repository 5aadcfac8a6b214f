namespace Threadline.Linking;

/// <summary>
/// Multi-index hashing for 64-bit hashes (Norouzi, Punjani, Fleet, CVPR 2012): the hash is cut into four
/// 16-bit chunks, each chunk indexes the entries; two hashes within distance r agree within ⌊r/4⌋ bits
/// on at least one chunk, so probing each chunk's neighbours within that radius finds every match.
/// Immutable once built; safe to query from several threads.
/// </summary>
public sealed class HammingIndex
{
    private const int Chunks = 4;
    private readonly ulong[] _hashes;
    private readonly int[][] _offsets = new int[Chunks][];
    private readonly int[][] _entries = new int[Chunks][];

    /// <summary>Indexes <paramref name="hashes"/>; query results are positions in this list.</summary>
    public HammingIndex(IReadOnlyList<ulong> hashes)
    {
        ArgumentNullException.ThrowIfNull(hashes);
        _hashes = hashes.ToArray();
        for (var c = 0; c < Chunks; c++)
        {
            var offsets = new int[65537];
            foreach (var h in _hashes)
            {
                offsets[ChunkOf(h, c) + 1]++;
            }

            for (var i = 1; i < offsets.Length; i++)
            {
                offsets[i] += offsets[i - 1];
            }

            var fill = (int[])offsets.Clone();
            var entries = new int[_hashes.Length];
            for (var i = 0; i < _hashes.Length; i++)
            {
                entries[fill[ChunkOf(_hashes[i], c)]++] = i;
            }

            _offsets[c] = offsets;
            _entries[c] = entries;
        }
    }

    public int Count => _hashes.Length;

    /// <summary>Positions of all indexed hashes within <paramref name="maxDistance"/> bits (0..11) of <paramref name="hash"/>, ascending.</summary>
    public List<int> Query(ulong hash, int maxDistance)
    {
        if (maxDistance is < 0 or > 11)
        {
            throw new ArgumentOutOfRangeException(nameof(maxDistance), "supported distances are 0 to 11");
        }

        var radius = maxDistance / Chunks;
        var found = new HashSet<int>();
        for (var c = 0; c < Chunks; c++)
        {
            var key = ChunkOf(hash, c);
            Probe(c, key, hash, maxDistance, found);
            if (radius >= 1)
            {
                for (var b1 = 0; b1 < 16; b1++)
                {
                    var k1 = key ^ (1 << b1);
                    Probe(c, k1, hash, maxDistance, found);
                    if (radius >= 2)
                    {
                        for (var b2 = b1 + 1; b2 < 16; b2++)
                        {
                            Probe(c, k1 ^ (1 << b2), hash, maxDistance, found);
                        }
                    }
                }
            }
        }

        var list = found.ToList();
        list.Sort();
        return list;
    }

    private void Probe(int chunk, int key, ulong hash, int maxDistance, HashSet<int> found)
    {
        var entries = _entries[chunk];
        for (var i = _offsets[chunk][key]; i < _offsets[chunk][key + 1]; i++)
        {
            var e = entries[i];
            if (PerceptualHash.Distance(_hashes[e], hash) <= maxDistance)
            {
                found.Add(e);
            }
        }
    }

    private static int ChunkOf(ulong h, int c) => (int)((h >> (c * 16)) & 0xFFFF);
}
