using Threadline.Matching.Records;
using Threadline.Matching.Text;

namespace Threadline.Matching.Comparisons;

/// <summary>
/// Given name and surname compared together, so that swapped names and transliteration variants are one level and
/// not two independent pieces of evidence: exact; the same names in another order or spacing (given ↔ surname, or
/// the same pinyin syllables: "Zhang Wei" = "Wei Zhang" = "ZHANG Wéi" = "zhang1 wei2"); the same names with a surname
/// in Wade–Giles on one side and pinyin on the other ("Chang Wei" / "Zhang Wei", "Hsü Mei-ling" / "Xu Meiling"); both similar (Jaro-Winkler
/// ≥ 0.92, either order); one equal and the other missing on a side; one equal or similar and the other different;
/// both roughly similar (≥ 0.80); different.
/// </summary>
public sealed class NameComparison : Comparison
{
    public override string Name => "name";

    public override IReadOnlyList<string> Levels { get; } =
    [
        "exact",
        "same names in another order or spacing",
        "same names, Wade-Giles and pinyin spellings",
        "both names similar (JW >= 0.92)",
        "one name equal, the other missing",
        "one name equal or similar, the other different",
        "both names roughly similar (JW >= 0.80)",
        "different",
    ];

    public override int Level(PreparedRecord a, PreparedRecord b)
    {
        ArgumentNullException.ThrowIfNull(a);
        ArgumentNullException.ThrowIfNull(b);
        if (!a.HasName || !b.HasName)
        {
            return -1;
        }

        var gBoth = a.Given.Length > 0 && b.Given.Length > 0;
        var sBoth = a.Surname.Length > 0 && b.Surname.Length > 0;
        var gEq = gBoth && Eq(a.Given, b.Given);
        var sEq = sBoth && Eq(a.Surname, b.Surname);
        if (gEq && sEq)
        {
            return 0;
        }

        var crossGs = a.Given.Length > 0 && b.Surname.Length > 0;
        var crossSg = a.Surname.Length > 0 && b.Given.Length > 0;
        var swapped = crossGs && crossSg && Eq(a.Given, b.Surname) && Eq(a.Surname, b.Given);
        if (swapped || (Eq(a.NameSyllables, b.NameSyllables) && a.NameSyllables.Contains(' ', StringComparison.Ordinal)))
        {
            return 1;
        }

        if (Romanised(a, b))
        {
            return 2;
        }

        var jg = gBoth ? JaroWinkler.Similarity(a.Given, b.Given) : -1;
        var js = sBoth ? JaroWinkler.Similarity(a.Surname, b.Surname) : -1;
        var straight = gBoth && sBoth ? Math.Min(jg, js) : -1;
        var cross = crossGs && crossSg ? Math.Min(JaroWinkler.Similarity(a.Given, b.Surname), JaroWinkler.Similarity(a.Surname, b.Given)) : -1;
        if (Math.Max(straight, cross) >= 0.92)
        {
            return 3;
        }

        if ((gEq && !sBoth) || (sEq && !gBoth))
        {
            return 4;
        }

        if (!gBoth && !sBoth)
        {
            // Only a given name on one side and only a surname on the other: comparable only if they are the same name written in the other field.
            var crossEq = (crossGs && Eq(a.Given, b.Surname)) || (crossSg && Eq(a.Surname, b.Given));
            return crossEq ? 4 : -1;
        }

        if (gEq || sEq || jg >= 0.92 || js >= 0.92)
        {
            return 5;
        }

        return Math.Max(straight, cross) >= 0.80 ? 6 : 7;
    }

    // Either side's name has a Wade–Giles surname and some reading of it gives the other's syllables ("Chang Wei" / "Zhang Wei").
    private static bool Romanised(PreparedRecord a, PreparedRecord b)
    {
        if (a.RomanisedKeys.Count + b.RomanisedKeys.Count == 0)
        {
            return false;
        }

        var left = a.RomanisedKeys.Count > 0 ? a.RomanisedKeys : [a.NameSyllables];
        var right = b.RomanisedKeys.Count > 0 ? b.RomanisedKeys : [b.NameSyllables];
        return left.Any(k => k.Contains(' ', StringComparison.Ordinal) && right.Contains(k, StringComparer.Ordinal));
    }

    private static bool Eq(string x, string y) => string.Equals(x, y, StringComparison.Ordinal);
}
