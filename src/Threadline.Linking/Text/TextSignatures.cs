namespace Threadline.Linking.Text;

/// <summary>MinHash signatures of all ads, flat (ad i at [i*L, (i+1)*L)).</summary>
internal sealed class TextSignatures
{
    private readonly uint[] _values;

    private TextSignatures(uint[] values, bool[] hasText, int length)
    {
        _values = values;
        HasText = hasText;
        Length = length;
    }

    public int Length { get; }

    public bool[] HasText { get; }

    public int Count => HasText.Length;

    public ReadOnlySpan<uint> Of(int ad) => _values.AsSpan(ad * Length, Length);

    public double Similarity(int a, int b) =>
        HasText[a] && HasText[b] ? MinHasher.Similarity(Of(a), Of(b)) : 0;

    /// <summary>
    /// Exactly <c>Similarity(a, b) &gt;= threshold</c>, but stops comparing hashes as soon as the answer is known: a
    /// search that tries thousands of dissimilar candidates for one similar one reads half their hashes or less.
    /// </summary>
    public bool SimilarAtLeast(int a, int b, double threshold)
    {
        if (!HasText[a] || !HasText[b] || Length == 0)
        {
            return Similarity(a, b) >= threshold;
        }

        // The fewest equal hashes that reach the threshold, counted as Similarity counts them.
        var needed = 0;
        while (needed <= Length && (double)needed / Length < threshold)
        {
            needed++;
        }

        if (needed > Length)
        {
            return false;
        }

        var x = Of(a);
        var y = Of(b);
        var allowedMisses = Length - needed;
        var misses = 0;
        for (var i = 0; i < x.Length; i++)
        {
            if (x[i] != y[i] && ++misses > allowedMisses)
            {
                return false;
            }
        }

        return true;
    }

    public static TextSignatures Compute(IReadOnlyList<AdFeatures> ads, LinkOptions options)
    {
        var length = options.Bands * options.RowsPerBand;
        var hasher = new MinHasher(length, options.ShingleSize, options.MaxTokens, options.Seed);
        var values = new uint[(long)ads.Count * length];
        var hasText = new bool[ads.Count];
        Parallel.For(
            0,
            ads.Count,
            new ParallelOptions { MaxDegreeOfParallelism = options.Parallelism },
            () => new List<ulong>(256),
            (i, _, scratch) =>
            {
                var ad = ads[i];
                hasText[i] = hasher.Compute(ad.Title, ad.Body, scratch, values.AsSpan(i * length, length));
                return scratch;
            },
            _ => { });
        return new TextSignatures(values, hasText, length);
    }
}
