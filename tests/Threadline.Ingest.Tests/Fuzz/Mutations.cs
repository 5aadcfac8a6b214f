using System.Text;

namespace Threadline.Ingest.Tests.Fuzz;

/// <summary>
/// Damage of the kinds real exports take, applied to a range of bytes: bytes flipped, inserted or
/// deleted, a NUL, invalid or overlong UTF-8, an encoded surrogate, a JSON lone surrogate escape, a
/// value of the wrong JSON type, a long run, a cut. <c>allowed</c> names the bytes a
/// mutation may write or delete (to keep, say, the line breaks of a file where they are).
/// </summary>
internal static class Mutations
{
    private static readonly byte[][] NotText =
    [
        [0x00], [0xFF], [0xC3, 0x28], [0x80], [0xED, 0xA0, 0x80], [0xF4, 0x90, 0x80, 0x80], [0xE2, 0x82], [0xC0, 0xAF],
    ];

    private static readonly string[] Tokens =
    [
        "\\ud800", "\\udc00", "\\uD83D", "\\ud83d\\ude00", "\\u0000", "\\\\", "\\\"", "\"", "{", "}", "[", "]", ":", ",", "null", "true",
        "12.5", "-1", "1e999", "[1,2]", "{\"a\":1}", "\"posted_at\":\"yesterday-ish\",", "\"images\":[1],", "\"country\":32,",
        "\"title\":[\"x\"],", "\"site\":7,", "\"ad_id\":{},", ";", "\t", "|", "&#xD800;", "&amp", "<b>", "</p>", "<div/>", "<!--", "\u00e9", "\u65b0", "\U0001F600",
    ];

    /// <summary>
    /// A copy of <paramref name="input"/> with 1 to <paramref name="maxOps"/> mutations inside [from, to);
    /// with <paramref name="keepUtf8"/>, damage starts only at the first byte of a UTF-8 character, never inside one.
    /// </summary>
    public static byte[] Apply(Random rng, byte[] input, int from, int to, Func<byte, bool> allowed, int maxOps = 3, bool keepUtf8 = false)
    {
        var bytes = new List<byte>(input);
        var end = to;
        var ops = 1 + rng.Next(maxOps);
        for (var op = 0; op < ops; op++)
        {
            var at = from + rng.Next(Math.Max(1, end - from + 1));
            at = Math.Min(at, bytes.Count);
            while (keepUtf8 && at < bytes.Count && (bytes[at] & 0xC0) == 0x80)
            {
                at++;
            }

            var inserted = rng.Next(11) switch
            {
                0 => Replace(rng, bytes, at, end, allowed),
                1 => Insert(bytes, at, [RandomByte(rng, allowed)]),
                2 => Delete(rng, bytes, at, end, allowed),
                3 => Insert(bytes, at, Only(NotText[rng.Next(NotText.Length)], allowed)),
                4 => Insert(bytes, at, Only(Encoding.UTF8.GetBytes(Tokens[rng.Next(Tokens.Length)]), allowed)),
                5 => Insert(bytes, at, Only(Encoding.UTF8.GetBytes(new string("x[{<\"a"[rng.Next(6)], 100 + rng.Next(3000))), allowed)),
                6 => Duplicate(rng, bytes, at, end, allowed),
                7 => Insert(bytes, at, Enumerable.Range(0, 1 + rng.Next(8)).Select(_ => RandomByte(rng, allowed)).ToArray()),
                8 => Insert(bytes, at, Only([0], allowed)),
                9 => Insert(bytes, at, Only(Encoding.UTF8.GetBytes("\\ud800"), allowed)),
                _ => Cut(rng, bytes, at, end, allowed),
            };
            end = Math.Max(from, end + inserted);
        }

        return [.. bytes];
    }

    private static byte RandomByte(Random rng, Func<byte, bool> allowed)
    {
        while (true)
        {
            var b = (byte)rng.Next(256);
            if (allowed(b))
            {
                return b;
            }
        }
    }

    private static byte[] Only(byte[] bytes, Func<byte, bool> allowed) => bytes.All(allowed) ? bytes : [.. bytes.Where(allowed)];

    private static int Insert(List<byte> bytes, int at, byte[] what)
    {
        bytes.InsertRange(at, what);
        return what.Length;
    }

    private static int Replace(Random rng, List<byte> bytes, int at, int end, Func<byte, bool> allowed)
    {
        if (at < end && at < bytes.Count && allowed(bytes[at]))
        {
            bytes[at] = RandomByte(rng, allowed);
        }

        return 0;
    }

    private static int Delete(Random rng, List<byte> bytes, int at, int end, Func<byte, bool> allowed)
    {
        var removed = 0;
        for (var n = 1 + rng.Next(4); n > 0 && at < end - removed && at < bytes.Count && allowed(bytes[at]); n--)
        {
            bytes.RemoveAt(at);
            removed++;
        }

        return -removed;
    }

    private static int Duplicate(Random rng, List<byte> bytes, int at, int end, Func<byte, bool> allowed)
    {
        var length = Math.Min(rng.Next(64), Math.Min(end, bytes.Count) - at);
        if (length <= 0)
        {
            return 0;
        }

        var copy = Only(bytes.GetRange(at, length).ToArray(), allowed);
        return Insert(bytes, at, copy);
    }

    /// <summary>Removes the rest of the range from <paramref name="at"/>, as far as its bytes may be removed.</summary>
    private static int Cut(Random rng, List<byte> bytes, int at, int end, Func<byte, bool> allowed)
    {
        var removed = 0;
        var limit = rng.Next(2) == 0 ? 16 : int.MaxValue;
        while (at < end - removed && at < bytes.Count && allowed(bytes[at]) && removed < limit)
        {
            bytes.RemoveAt(at);
            removed++;
        }

        return -removed;
    }
}
