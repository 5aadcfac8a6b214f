using System.Text;

namespace Threadline.Storage.Sqlite;

/// <summary>
/// Threadline's search terms as FTS5 query text. Every term becomes an FTS5 string (double quotes, inner quotes
/// doubled), so nothing a user types is FTS5 syntax: <c>NEAR</c>, <c>NOT</c>, <c>^</c>, <c>-</c>, parentheses and
/// column filters are just characters, which the tokenizer drops. A prefix is <c>"lin" *</c>.
/// </summary>
internal static class Fts5
{
    /// <summary>One term as an FTS5 phrase.</summary>
    public static string Phrase(SearchTerm term)
    {
        var quoted = "\"" + term.Text.Replace("\"", "\"\"", StringComparison.Ordinal) + "\"";
        return term.Prefix ? quoted + " *" : quoted;
    }

    /// <summary>Terms as alternatives: <c>"a" OR "b" *</c>.</summary>
    public static string Any(IEnumerable<SearchTerm> terms)
    {
        var builder = new StringBuilder();
        foreach (var term in terms)
        {
            if (builder.Length > 0)
            {
                builder.Append(" OR ");
            }

            builder.Append(Phrase(term));
        }

        return builder.ToString();
    }

    /// <summary>
    /// The first number of an FTS5 size record (<c>fulltext_docsize.sz</c>: one SQLite varint per column, big-endian
    /// groups of seven bits, the high bit set on every byte but the last; a ninth byte carries eight bits).
    /// </summary>
    public static long FirstVarint(ReadOnlySpan<byte> record)
    {
        ulong value = 0;
        for (var i = 0; i < record.Length && i < 9; i++)
        {
            var b = record[i];
            if (i == 8)
            {
                return (long)((value << 8) | b);
            }

            value = (value << 7) | (uint)(b & 0x7F);
            if ((b & 0x80) == 0)
            {
                return (long)value;
            }
        }

        return (long)value;
    }
}
