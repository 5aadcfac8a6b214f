using System.Globalization;
using System.Text;

namespace Threadline.Storage.Postgres;

/// <summary>
/// A full-text value as PostgreSQL <c>tsvector</c> text (<c>'lina':1 'town':3,5</c>), built from <see cref="TextTokens"/>:
/// each word with the positions it has in the value. PostgreSQL's own limits apply and are documented in
/// docs/search.md: positions stop at 16,383 (later words share the last position, so a phrase is found only within the
/// first 16,383 words of a value), a word keeps at most 256 positions, and words new past about 1 MB of distinct words
/// are not indexed.
/// </summary>
internal static class WordVector
{
    public const int MaxPosition = 16_383;
    public const int MaxPositionsPerWord = 256;

    /// <summary>Bytes of distinct words (and their positions) one value may index; PostgreSQL refuses a tsvector past 1 MiB.</summary>
    public const int MaxBytes = 1_000_000;

    public static string Of(string value)
    {
        var positions = new Dictionary<string, List<int>>(StringComparer.Ordinal);
        var bytes = 0;
        var position = 0;
        foreach (var word in TextTokens.Words(value))
        {
            position = Math.Min(position + 1, MaxPosition);
            if (positions.TryGetValue(word, out var list))
            {
                if (list.Count < MaxPositionsPerWord && list[^1] != position)
                {
                    list.Add(position);
                    bytes += 2;
                }

                continue;
            }

            var size = Encoding.UTF8.GetByteCount(word) + 8;
            if (bytes + size > MaxBytes)
            {
                continue;
            }

            bytes += size;
            positions[word] = [position];
        }

        var text = new StringBuilder(bytes + 16);
        foreach (var (word, list) in positions)
        {
            if (text.Length > 0)
            {
                text.Append(' ');
            }

            text.Append('\'').Append(word.Replace("\\", "\\\\", StringComparison.Ordinal).Replace("'", "''", StringComparison.Ordinal)).Append("':");
            for (var i = 0; i < list.Count; i++)
            {
                if (i > 0)
                {
                    text.Append(',');
                }

                text.Append(list[i].ToString(CultureInfo.InvariantCulture));
            }
        }

        return text.ToString();
    }
}
