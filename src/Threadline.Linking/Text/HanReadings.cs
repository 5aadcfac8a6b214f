using System.Collections.Frozen;

namespace Threadline.Linking.Text;

/// <summary>
/// Pinyin readings (without tones) of the Han characters common in Chinese given names and surnames, from the
/// embedded <c>Text/Data/han-readings.tsv</c> (one character per line, its readings after a tab, the one most used in
/// names first). With it a name written in characters has a Latin spelling skeleton and pinyin syllables like any
/// romanised name: "小雨" reads "xiao yu" and meets "Xiaoyu", "Xiao Yu" and, through the Wade–Giles rules, "Hsiao Yu".
/// A character not in the table has no reading: a name holding one is compared as written.
/// </summary>
internal static class HanReadings
{
    private const string Resource = "Threadline.Linking.Text.han-readings.tsv";

    /// <summary>A name of more characters than this is not expanded into its readings (bounds the product).</summary>
    private const int MaxCharacters = 4;

    private const int MaxReadings = 16;

    private static readonly Lazy<FrozenDictionary<char, string[]>> Table = new(Load);

    /// <summary>Characters in the table.</summary>
    public static int Count => Table.Value.Count;

    /// <summary>True for a character of the CJK Unified Ideographs (with extension A) or the compatibility block.</summary>
    public static bool IsHan(char c) => c is >= '\u3400' and <= '\u9FFF' or >= '\uF900' and <= '\uFAFF';

    /// <summary>The readings of one character, the one most used in names first; false when the table lacks it.</summary>
    public static bool TryGet(char c, out string[] readings)
    {
        if (Table.Value.TryGetValue(c, out var found))
        {
            readings = found;
            return true;
        }

        readings = [];
        return false;
    }

    /// <summary>True when every character of <paramref name="text"/> is a Han character the table reads.</summary>
    public static bool AllKnown(ReadOnlySpan<char> text)
    {
        if (text.IsEmpty)
        {
            return false;
        }

        foreach (var c in text)
        {
            if (!Table.Value.ContainsKey(c))
            {
                return false;
            }
        }

        return true;
    }

    /// <summary>
    /// Every reading of a name written wholly in known Han characters, as space-separated syllables ("xiao yu"), in
    /// ordinal order; empty when the name holds anything else.
    /// </summary>
    public static string[] Syllables(string name)
    {
        var chars = name.Where(c => !char.IsWhiteSpace(c) && c is not '·' and not '・').ToArray();
        if (chars.Length is 0 or > MaxCharacters || !AllKnown(chars))
        {
            return [];
        }

        return Product([.. chars.Select(c => (IReadOnlyList<string>)Table.Value[c])], MaxReadings);
    }

    /// <summary>
    /// Every way of reading a name one part after another, a syllable (or syllables) per part, space-separated, at most
    /// <paramref name="max"/> built, distinct, in ordinal order (shared with <see cref="Personas.Romanisation"/>).
    /// </summary>
    internal static string[] Product(IReadOnlyList<IReadOnlyList<string>> options, int max)
    {
        var readings = new List<string> { string.Empty };
        foreach (var part in options)
        {
            var next = new List<string>();
            foreach (var r in readings)
            {
                foreach (var o in part)
                {
                    if (next.Count < max)
                    {
                        next.Add(r.Length == 0 ? o : r + " " + o);
                    }
                }
            }

            readings = next;
        }

        return [.. readings.Distinct(StringComparer.Ordinal).Order(StringComparer.Ordinal)];
    }

    private static FrozenDictionary<char, string[]> Load()
    {
        using var stream = typeof(HanReadings).Assembly.GetManifestResourceStream(Resource)
            ?? throw new InvalidOperationException($"embedded resource {Resource} is missing");
        return Parse(new StreamReader(stream), "han-readings.tsv");
    }

    /// <summary>Reads the table's lines (<c>character TAB reading[ reading…]</c>, <c>#</c> comments); every reading must be a pinyin syllable.</summary>
    internal static FrozenDictionary<char, string[]> Parse(TextReader reader, string name)
    {
        var table = new Dictionary<char, string[]>();
        var number = 0;
        while (reader.ReadLine() is { } line)
        {
            number++;
            if (line.Length == 0 || line.StartsWith('#'))
            {
                continue;
            }

            var tab = line.IndexOf('\t', StringComparison.Ordinal);
            var readings = tab < 0 ? [] : line[(tab + 1)..].Split(' ', StringSplitOptions.RemoveEmptyEntries);
            if (tab != 1 || !IsHan(line[0]) || readings.Length == 0 || !readings.All(Matching.Text.Pinyin.IsSyllable))
            {
                throw new InvalidDataException($"{name} line {number}: expected 'Han character<TAB>pinyin syllable[ syllable…]' (toneless, ü as v)");
            }

            if (!table.TryAdd(line[0], readings))
            {
                throw new InvalidDataException($"{name} line {number}: '{line[0]}' is listed twice");
            }
        }

        return table.ToFrozenDictionary();
    }
}
