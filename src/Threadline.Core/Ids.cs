using System.Security.Cryptography;
using System.Text;

namespace Threadline.Core;

/// <summary>
/// Deterministic identifiers: the same natural key always gives the same id, on every machine,
/// so re-ingesting data converges instead of duplicating it.
/// </summary>
public static class Ids
{
    private const char Separator = '\u001f';

    /// <summary>Makes an id such as <c>ad-3f2a…</c> from a prefix and the parts of a natural key.</summary>
    public static string Make(string prefix, params ReadOnlySpan<string?> parts)
    {
        ArgumentException.ThrowIfNullOrEmpty(prefix);
        return prefix + "-" + Hash(parts);
    }

    /// <summary>Hex of the first 128 bits of SHA-256 over the parts joined by a unit separator.</summary>
    public static string Hash(params ReadOnlySpan<string?> parts)
    {
        var builder = new StringBuilder();
        for (var i = 0; i < parts.Length; i++)
        {
            if (i > 0)
            {
                builder.Append(Separator);
            }

            builder.Append(parts[i] ?? string.Empty);
        }

        var bytes = Encoding.UTF8.GetBytes(builder.ToString());
        Span<byte> digest = stackalloc byte[32];
        SHA256.HashData(bytes, digest);
        return Convert.ToHexStringLower(digest[..16]);
    }

    /// <summary>Hex SHA-256 of a whole stream, used to recognise a source file that was seen before.</summary>
    public static string HashStream(Stream stream)
    {
        ArgumentNullException.ThrowIfNull(stream);
        return Convert.ToHexStringLower(SHA256.HashData(stream));
    }
}
