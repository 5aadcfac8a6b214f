using System.Collections.Frozen;

namespace Threadline.Linking.Text;

/// <summary>
/// The words around a name or an age, in every language that has a file in <c>Text/Data/cues/</c>
/// (see its README): loaded once from the embedded files, so adding a language is adding a file.
/// </summary>
internal static class NameCues
{
    private const string Prefix = "Threadline.Linking.Text.cues.";

    private static readonly Lazy<(FrozenSet<string> Age, FrozenSet<string> Before, FrozenSet<string> After, IReadOnlyList<string> Languages)> Loaded = new(Load);

    /// <summary>Words after a number that make it an age ("years", "ans", "Jahre").</summary>
    public static FrozenSet<string> AgeWords => Loaded.Value.Age;

    /// <summary>Words just before a name that say it is one ("i am", "je suis").</summary>
    public static FrozenSet<string> Before => Loaded.Value.Before;

    /// <summary>Words just after a name that say it is one ("is a", "wacht").</summary>
    public static FrozenSet<string> After => Loaded.Value.After;

    /// <summary>The languages with a cue file (file names without extension).</summary>
    public static IReadOnlyList<string> Languages => Loaded.Value.Languages;

    private static (FrozenSet<string>, FrozenSet<string>, FrozenSet<string>, IReadOnlyList<string>) Load()
    {
        var assembly = typeof(NameCues).Assembly;
        var age = new HashSet<string>(StringComparer.Ordinal);
        var before = new HashSet<string>(StringComparer.Ordinal);
        var after = new HashSet<string>(StringComparer.Ordinal);
        var languages = new List<string>();
        foreach (var name in assembly.GetManifestResourceNames().Where(n => n.StartsWith(Prefix, StringComparison.Ordinal) && n.EndsWith(".tsv", StringComparison.Ordinal)).Order(StringComparer.Ordinal))
        {
            languages.Add(name[Prefix.Length..^4]);
            using var reader = new StreamReader(assembly.GetManifestResourceStream(name)!);
            var number = 0;
            while (reader.ReadLine() is { } line)
            {
                number++;
                if (line.Length == 0 || line.StartsWith('#'))
                {
                    continue;
                }

                var tab = line.IndexOf('\t', StringComparison.Ordinal);
                var phrase = tab < 0 ? string.Empty : line[(tab + 1)..].Trim();
                var set = tab < 0 ? null : line[..tab] switch { "age" => age, "before" => before, "after" => after, _ => null };
                if (set is null || phrase.Length == 0 || phrase != phrase.ToLowerInvariant())
                {
                    throw new InvalidDataException($"{name[Prefix.Length..]} line {number}: expected 'age|before|after<TAB>lower-case phrase'");
                }

                set.Add(phrase);
            }
        }

        return (age.ToFrozenSet(StringComparer.Ordinal), before.ToFrozenSet(StringComparer.Ordinal), after.ToFrozenSet(StringComparer.Ordinal), languages);
    }
}
