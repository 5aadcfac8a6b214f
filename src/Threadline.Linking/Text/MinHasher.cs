namespace Threadline.Linking.Text;

/// <summary>
/// MinHash signatures over word shingles (Broder 1997), the near-duplicate method DIG/Memex used on
/// 50M ads. Each of the L hash functions is a multiply-add of the 64-bit shingle hash keeping the top
/// 32 bits; signatures are stored flat as uint to keep 1M ads at 256 MB for L = 64.
/// </summary>
internal sealed class MinHasher
{
    private readonly ulong[] _a;
    private readonly ulong[] _b;
    private readonly int _shingle;
    private readonly int _maxTokens;

    public MinHasher(int length, int shingleSize, int maxTokens, int seed)
    {
        Length = length;
        _shingle = Math.Max(1, shingleSize);
        _maxTokens = maxTokens;
        var rng = new Random(seed);
        _a = new ulong[length];
        _b = new ulong[length];
        for (var i = 0; i < length; i++)
        {
            _a[i] = (ulong)rng.NextInt64() | 1UL;
            _b[i] = (ulong)rng.NextInt64();
        }
    }

    public int Length { get; }

    /// <summary>Fills <paramref name="signature"/>; returns false when the text has no words.</summary>
    public bool Compute(string? title, string? body, List<ulong> scratch, Span<uint> signature)
    {
        scratch.Clear();
        TextTokenizer.HashWords(title, scratch, _maxTokens);
        TextTokenizer.HashWords(body, scratch, _maxTokens);
        signature.Fill(uint.MaxValue);
        if (scratch.Count == 0)
        {
            return false;
        }

        var k = Math.Min(_shingle, scratch.Count);
        for (var i = 0; i + k <= scratch.Count; i++)
        {
            var x = 0xCBF29CE484222325UL;
            for (var j = 0; j < k; j++)
            {
                x = (x ^ scratch[i + j]) * 0x100000001B3UL;
                x ^= x >> 29;
            }

            for (var p = 0; p < signature.Length; p++)
            {
                var v = (uint)(((_a[p] * x) + _b[p]) >> 32);
                if (v < signature[p])
                {
                    signature[p] = v;
                }
            }
        }

        return true;
    }

    /// <summary>Share of equal positions: an unbiased estimate of the Jaccard similarity.</summary>
    public static double Similarity(ReadOnlySpan<uint> a, ReadOnlySpan<uint> b)
    {
        var same = 0;
        for (var i = 0; i < a.Length; i++)
        {
            if (a[i] == b[i])
            {
                same++;
            }
        }

        return (double)same / a.Length;
    }
}
