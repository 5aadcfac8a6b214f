using System.Text;

namespace Threadline.Money.Tests.Fuzz;

/// <summary>Byte-level mutations of a seed file: flips, inserts, deletions, duplications, truncation, splices and hostile tokens.</summary>
internal static class Mutations
{
    /// <summary>Values that have broken readers elsewhere: encodings, numbers, dates, sizes, markup.</summary>
    public static readonly string[] HostileValues =
    [
        "", " ", "\uFFFD", "J\u00FCrgen Gro\u00DF", "\u0081", "\u0000", "\u001B[31m", "\u202Eevil", "\uD83D\uDC4D", "\uD800",
        "-1", "1e5", "99999999999999999999999", "79228162514264337593543950336", "0.001", "12,50", "NaN", "1.2.3", "0",
        "2026-02-30", "2026-13-01", "0231", "999999999999", "253402300800", "9999-12-31T23:59:59+14:00", "0001-01-01T00:00:00-14:00",
        "EURO", "eur", "XX00", "BE00000000000000", "GB33BUKB20201555555555", "'; DROP TABLE x;--", "<script>x</script>", "&amp;", "]]>",
        "\t", "\r\n", "a\nb", "\"quoted\"", new string('A', 5000), new string('B', 20_000), string.Concat(Enumerable.Repeat("\u00E9", 3000)),
    ];

    private static readonly byte[][] Tokens =
    [
        [0x00], [0xFF], [0xFC], [0xC3, 0x28], [0xEF, 0xBB, 0xBF], [0xFF, 0xFE], [0xFE, 0xFF], [0xEF, 0xBF, 0xBD], [0x81], [0x1A],
        "\r"u8.ToArray(), "\n"u8.ToArray(), "\r\n"u8.ToArray(), "\""u8.ToArray(), ","u8.ToArray(), ";"u8.ToArray(), "\t"u8.ToArray(),
        "999999999999"u8.ToArray(), "-1"u8.ToArray(), "2026-02-30"u8.ToArray(), "0231"u8.ToArray(),
    ];

    public static byte[] Mutate(Random rng, byte[] seed, IReadOnlyList<byte[]> formatTokens, byte[]? other)
    {
        var bytes = new List<byte>(seed);
        var steps = 1 + rng.Next(4);
        for (var s = 0; s < steps; s++)
        {
            var at = bytes.Count == 0 ? 0 : rng.Next(bytes.Count);
            switch (rng.Next(9))
            {
                case 0 when bytes.Count > 0:
                    bytes[at] ^= (byte)(1 << rng.Next(8));
                    break;
                case 1:
                    bytes.Insert(at, (byte)rng.Next(256));
                    break;
                case 2 when bytes.Count > 0:
                    bytes.RemoveRange(at, Math.Min(bytes.Count - at, 1 + rng.Next(64)));
                    break;
                case 3 when bytes.Count > 0:
                    var length = Math.Min(bytes.Count - at, 1 + rng.Next(256));
                    bytes.InsertRange(rng.Next(bytes.Count), bytes.GetRange(at, length));
                    break;
                case 4:
                    bytes.InsertRange(at, Tokens[rng.Next(Tokens.Length)]);
                    break;
                case 5 when formatTokens.Count > 0:
                    bytes.InsertRange(at, formatTokens[rng.Next(formatTokens.Count)]);
                    break;
                case 6:
                    bytes.InsertRange(at, Encoding.UTF8.GetBytes(HostileValues[rng.Next(HostileValues.Length)]));
                    break;
                case 7 when bytes.Count > 0:
                    bytes.RemoveRange(at, bytes.Count - at);
                    break;
                case 8 when other is not null && other.Length > 0:
                    var from = rng.Next(other.Length);
                    bytes.InsertRange(at, other.AsSpan(from, Math.Min(other.Length - from, 1 + rng.Next(512))).ToArray());
                    break;
            }
        }

        return [.. bytes];
    }

    /// <summary>Completely random bytes, or random printable text.</summary>
    public static byte[] Random(Random rng)
    {
        var bytes = new byte[rng.Next(2048)];
        rng.NextBytes(bytes);
        if (rng.Next(2) == 0)
        {
            for (var i = 0; i < bytes.Length; i++)
            {
                bytes[i] = (byte)(bytes[i] % 10 == 0 ? '\n' : 0x20 + (bytes[i] % 0x5F));
            }
        }

        return bytes;
    }
}
