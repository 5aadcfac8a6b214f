namespace Threadline.Simulation.Core;

/// <summary>
/// xoshiro256** (Blackman and Vigna, 2018) seeded through SplitMix64: a small, fast generator whose
/// output is fixed by this code alone, so runs stay byte-identical across .NET versions.
/// </summary>
internal sealed class Rng
{
    private ulong _s0, _s1, _s2, _s3;

    public Rng(ulong seed)
    {
        var x = seed;
        _s0 = SplitMix(ref x);
        _s1 = SplitMix(ref x);
        _s2 = SplitMix(ref x);
        _s3 = SplitMix(ref x);
    }

    /// <summary>A generator for one named stream of one world: the same (seed, stream, index) always gives the same sequence.</summary>
    public static Rng For(long seed, string stream, long index = 0) => new(Mix(seed, stream, index));

    public static ulong Mix(long seed, string stream, long index)
    {
        var h = 0xcbf29ce484222325UL ^ (ulong)seed;
        foreach (var c in stream)
        {
            h = (h ^ c) * 0x100000001b3UL;
        }

        var x = h ^ ((ulong)index * 0x9E3779B97F4A7C15UL);
        return SplitMix(ref x);
    }

    private static ulong SplitMix(ref ulong x)
    {
        x += 0x9E3779B97F4A7C15UL;
        var z = x;
        z = (z ^ (z >> 30)) * 0xBF58476D1CE4E5B9UL;
        z = (z ^ (z >> 27)) * 0x94D049BB133111EBUL;
        return z ^ (z >> 31);
    }

    public ulong NextULong()
    {
        var result = ulong.RotateLeft(_s1 * 5, 7) * 9;
        var t = _s1 << 17;
        _s2 ^= _s0;
        _s3 ^= _s1;
        _s1 ^= _s2;
        _s0 ^= _s3;
        _s2 ^= t;
        _s3 = ulong.RotateLeft(_s3, 45);
        return result;
    }

    /// <summary>Uniform in [0, 1).</summary>
    public double NextDouble() => (NextULong() >> 11) * (1.0 / (1UL << 53));

    /// <summary>Uniform in [0, n).</summary>
    public int Next(int n) => n <= 1 ? 0 : (int)((NextULong() >> 33) % (ulong)n);

    /// <summary>Uniform in [lo, hi] inclusive.</summary>
    public int Between(int lo, int hi) => hi <= lo ? lo : lo + Next(hi - lo + 1);

    public double Between(double lo, double hi) => lo + (NextDouble() * (hi - lo));

    public bool Chance(double p) => NextDouble() < p;

    public T Pick<T>(IReadOnlyList<T> items) => items[Next(items.Count)];

    /// <summary>Index drawn in proportion to the weights.</summary>
    public int PickWeighted(IReadOnlyList<double> weights)
    {
        double total = 0;
        for (var i = 0; i < weights.Count; i++)
        {
            total += weights[i];
        }

        var r = NextDouble() * total;
        for (var i = 0; i < weights.Count; i++)
        {
            r -= weights[i];
            if (r < 0)
            {
                return i;
            }
        }

        return weights.Count - 1;
    }

    /// <summary>Poisson-like count (Knuth) for small means, normal approximation above 30.</summary>
    public int Poisson(double mean)
    {
        if (mean <= 0)
        {
            return 0;
        }

        if (mean > 30)
        {
            return Math.Max(0, (int)Math.Round(mean + (Math.Sqrt(mean) * Gaussian())));
        }

        var l = Math.Exp(-mean);
        var k = 0;
        var p = 1.0;
        do
        {
            k++;
            p *= NextDouble();
        }
        while (p > l);
        return k - 1;
    }

    public double Gaussian()
    {
        var u1 = 1.0 - NextDouble();
        var u2 = NextDouble();
        return Math.Sqrt(-2.0 * Math.Log(u1)) * Math.Cos(2.0 * Math.PI * u2);
    }

    /// <summary>A short id of hex digits, stable for this generator state.</summary>
    public string HexId(int length)
    {
        const string hex = "0123456789abcdef";
        return string.Create(length, NextULong() ^ (NextULong() << 7), static (span, v) =>
        {
            for (var i = 0; i < span.Length; i++)
            {
                span[i] = hex[(int)(v & 15)];
                v = (v >> 4) | (v << 60);
            }
        });
    }
}
