namespace Threadline.Linking;

/// <summary>
/// Multi-index hashing for 64-bit hashes (Norouzi, Punjani, Fleet, CVPR 2012): the hash is cut into m
/// chunks, each chunk indexes the entries; two hashes within distance r agree within ⌊r/m⌋ bits on at
/// least one chunk, so probing each chunk's neighbours within that radius finds every match. Chunks are
/// about log2(N) bits wide (four of 16 bits for small sets, three of 21–22 bits from 256k hashes) so that
/// a probe finds few entries. Immutable once built; safe to query from several threads.
/// </summary>
public sealed class HammingIndex
{
    private readonly ulong[] _hashes;
    private readonly int[] _shift;
    private readonly int[] _bits;
    private readonly int[][] _offsets;
    private readonly int[][] _entries;

    /// <summary>Indexes <paramref name="hashes"/>; query results are positions in this list.</summary>
    public HammingIndex(IReadOnlyList<ulong> hashes)
    {
        ArgumentNullException.ThrowIfNull(hashes);
        _hashes = hashes.ToArray();
        (_shift, _bits) = _hashes.Length >= 1 << 18 ? ([0, 22, 43], [22, 21, 21]) : (new[] { 0, 16, 32, 48 }, new[] { 16, 16, 16, 16 });
        var chunks = _shift.Length;
        _offsets = new int[chunks][];
        _entries = new int[chunks][];
        for (var c = 0; c < chunks; c++)
        {
            var offsets = new int[(1 << _bits[c]) + 1];
            foreach (var h in _hashes)
            {
                offsets[ChunkOf(h, c) + 1]++;
            }

            for (var i = 1; i < offsets.Length; i++)
            {
                offsets[i] += offsets[i - 1];
            }

            var fill = offsets[..^1];
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

        var chunks = _shift.Length;
        var radius = maxDistance / chunks;
        var found = new List<int>();
        for (var c = 0; c < chunks; c++)
        {
            var key = ChunkOf(hash, c);
            var bits = _bits[c];
            Probe(c, key, hash, maxDistance, found);
            if (radius < 1)
            {
                continue;
            }

            for (var b1 = 0; b1 < bits; b1++)
            {
                var k1 = key ^ (1 << b1);
                Probe(c, k1, hash, maxDistance, found);
                if (radius < 2)
                {
                    continue;
                }

                for (var b2 = b1 + 1; b2 < bits; b2++)
                {
                    var k2 = k1 ^ (1 << b2);
                    Probe(c, k2, hash, maxDistance, found);
                    if (radius < 3)
                    {
                        continue;
                    }

                    for (var b3 = b2 + 1; b3 < bits; b3++)
                    {
                        Probe(c, k2 ^ (1 << b3), hash, maxDistance, found);
                    }
                }
            }
        }

        found.Sort();
        var write = 0;
        for (var i = 0; i < found.Count; i++)
        {
            if (i == 0 || found[i] != found[i - 1])
            {
                found[write++] = found[i];
            }
        }

        found.RemoveRange(write, found.Count - write);
        return found;
    }

    private void Probe(int chunk, int key, ulong hash, int maxDistance, List<int> found)
    {
        var entries = _entries[chunk];
        var offsets = _offsets[chunk];
        for (var i = offsets[key]; i < offsets[key + 1]; i++)
        {
            var e = entries[i];
            if (PerceptualHash.Distance(_hashes[e], hash) <= maxDistance)
            {
                found.Add(e);
            }
        }
    }

    private int ChunkOf(ulong h, int c) => (int)((h >> _shift[c]) & ((1UL << _bits[c]) - 1));
}
