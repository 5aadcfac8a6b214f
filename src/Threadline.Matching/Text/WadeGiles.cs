using System.Reflection;

namespace Threadline.Matching.Text;

/// <summary>
/// Wade–Giles ↔ Hanyu Pinyin for common Chinese surnames (our own table, Text/Data/wade-giles-surnames.tsv): "Chang"
/// may be pinyin Zhang, "Hsü" is Xu, "Kuo" is Guo. Works on folded tokens (lower case, no apostrophes or umlauts).
/// </summary>
public static class WadeGiles
{
    private static readonly Dictionary<string, string[]> Table = Load();

    /// <summary>The surnames in the table.</summary>
    public static int Count => Table.Count;

    /// <summary>The pinyin readings of a folded Wade–Giles surname, or an empty list when it is not in the table.</summary>
    public static IReadOnlyList<string> Pinyin(string token) => Table.TryGetValue(token, out var p) ? p : [];

    /// <summary>The token's readings: itself first, then its pinyin readings when it is a Wade–Giles surname.</summary>
    public static IEnumerable<string> Readings(string token)
    {
        yield return token;
        foreach (var p in Pinyin(token))
        {
            if (!string.Equals(p, token, StringComparison.Ordinal))
            {
                yield return p;
            }
        }
    }

    /// <summary>One reading per token for blocking: the first pinyin reading of a Wade–Giles surname, else the token.</summary>
    public static string Canonical(string token) => Table.TryGetValue(token, out var p) ? p[0] : token;

    private static Dictionary<string, string[]> Load()
    {
        using var stream = Assembly.GetExecutingAssembly().GetManifestResourceStream("Threadline.Matching.wade-giles-surnames.tsv")
            ?? throw new InvalidDataException("no embedded resource 'Threadline.Matching.wade-giles-surnames.tsv'");
        using var reader = new StreamReader(stream);
        var table = new Dictionary<string, string[]>(StringComparer.Ordinal);
        var n = 0;
        while (reader.ReadLine() is { } line)
        {
            n++;
            if (line.Length == 0 || line[0] == '#')
            {
                continue;
            }

            var cols = line.Split('\t');
            if (cols.Length != 2 || cols[0].Length == 0 || !cols[0].All(char.IsAsciiLetterLower))
            {
                throw new InvalidDataException($"wade-giles-surnames.tsv line {n}: expected 'wade-giles<TAB>pinyin[,pinyin]'");
            }

            var readings = cols[1].Split(',', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries);
            if (readings.Length == 0 || readings.Any(r => !Threadline.Matching.Text.Pinyin.IsSyllable(r)))
            {
                throw new InvalidDataException($"wade-giles-surnames.tsv line {n}: '{cols[1]}' is not a list of pinyin syllables");
            }

            table[cols[0]] = readings;
        }

        return table;
    }
}
