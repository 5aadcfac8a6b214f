using System.Globalization;
using Threadline.Simulation.Core;

namespace Threadline.Simulation.Actors;

/// <summary>
/// Site ad ids, transaction ids and booking references: a counter passed through an affine bijection modulo
/// 10^n, so ids are unique, deterministic and do not reveal generation order (which would leak the grouping).
/// </summary>
internal sealed class IdScrambler
{
    private readonly long _modulus;
    private readonly long _multiplier;
    private readonly long _offset;
    private readonly int _digits;
    private long _next;

    public IdScrambler(long seed, string stream, int digits)
    {
        _digits = digits;
        _modulus = (long)Math.Pow(10, digits);
        // Odd and not a multiple of 5, hence coprime with 10^n: the map is a bijection.
        _multiplier = 3486784401L % _modulus;
        _offset = (long)(Rng.Mix(seed, stream, 0) % (ulong)_modulus);
    }

    public string Next()
    {
        var v = (long)((((UInt128)(ulong)_next * (ulong)_multiplier) + (ulong)_offset) % (ulong)_modulus);
        _next++;
        return v.ToString("D" + _digits.ToString(CultureInfo.InvariantCulture), CultureInfo.InvariantCulture);
    }
}
