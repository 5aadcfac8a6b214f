using System.Collections.Frozen;
using System.Reflection;

namespace Threadline.Ingest.Ads;

/// <summary>
/// ISO 3166-1 alpha-2 codes and English country names (from the FollowTheMoney model, see
/// Data/countries.tsv), to read the <c>country</c> field of an export.
/// </summary>
public static class Countries
{
    private static readonly Lazy<FrozenDictionary<string, string>> Lookup = new(Load);

    /// <summary>Maps a code (any case) or an English name to the upper-case alpha-2 code.</summary>
    public static bool TryNormalize(string? text, out string code)
    {
        code = string.Empty;
        if (string.IsNullOrWhiteSpace(text) || text.Length > 64)
        {
            return false;
        }

        if (Lookup.Value.TryGetValue(text.Trim().ToLowerInvariant(), out var found))
        {
            code = found;
            return true;
        }

        return false;
    }

    private static FrozenDictionary<string, string> Load()
    {
        using var stream = Assembly.GetExecutingAssembly().GetManifestResourceStream("Threadline.Ingest.countries.tsv")
            ?? throw new InvalidOperationException("The embedded country table is missing.");
        using var reader = new StreamReader(stream);
        var map = new Dictionary<string, string>(StringComparer.Ordinal);
        while (reader.ReadLine() is { } line)
        {
            if (line.Length == 0 || line[0] == '#')
            {
                continue;
            }

            var tab = line.IndexOf('\t', StringComparison.Ordinal);
            var code = line[..tab];
            map[code.ToLowerInvariant()] = code;
            map.TryAdd(line[(tab + 1)..].ToLowerInvariant(), code);
        }

        return map.ToFrozenDictionary(StringComparer.Ordinal);
    }
}
