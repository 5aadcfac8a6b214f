using Threadline.Matching.Comparisons;
using Threadline.Matching.Records;
using Threadline.Matching.Text;

namespace Threadline.Linking.Personas;

/// <summary>
/// The comparisons of the scored persona model and their levels, best first, "different" last (Splink's shape, on
/// <see cref="Threadline.Matching"/>'s Fellegi–Sunter and EM). Each puts a pair of persona parts into one level, or
/// -1 ("cannot compare": a value missing on a side, no weight either way). Which level weighs how much is not written
/// here: EM estimates it on each workspace.
/// </summary>
internal static class PartComparisons
{
    public const int Name = 0;
    public const int Age = 1;
    public const int Figures = 2;
    public const int Photo = 3;
    public const int Number = 4;
    public const int Template = 5;
    public const int PlaceTime = 6;

    /// <summary>Name level "different".</summary>
    public const int NameDifferent = 6;

    /// <summary>Age level "more than a year apart" (a hard constraint).</summary>
    public const int AgeDifferent = 2;

    /// <summary>Days on which the two parts are advertised in different cities and nowhere together, from which they are two women.</summary>
    public const int ApartDays = 4;

    public static IReadOnlyList<Comparison> All { get; } =
    [
        new Levelled("name", ["same name", "both names given her on one ad (title and body)", "same pinyin syllables (spacing, Wade-Giles)", "same spelling skeleton (accents, scripts, letters)", "one name a shortening or doubling of the other", "similar (Jaro-Winkler >= 0.85)", "different"]),
        new Levelled("age", ["same age", "a year apart", "more than a year apart"]),
        new Levelled("height and weight", ["same", "different"]),
        new Levelled("photo", ["a photo in common", "photos, none in common"]),
        new Levelled("phone, e-mail or handle", ["one in common", "none in common (same network group)"]),
        new Levelled("template", ["a template in common", "templates, none in common"]),
        new Levelled("place and time", ["in the same city on the same days", "in different cities on the same day", "advertised over the same weeks, never on the same days", "one after the other"]),
    ];

    /// <summary>The levels of a pair, one per comparison.</summary>
    public static int[] Compare(PersonaPart a, PersonaPart b, out int apartDays)
    {
        var levels = new int[All.Count];
        levels[Name] = NameLevel(a, b);
        levels[Age] = a.Age < 0 || b.Age < 0 ? -1 : Math.Abs(a.Age - b.Age) switch { 0 => 0, 1 => 1, _ => 2 };
        levels[Figures] = a.Figure == 0 || b.Figure == 0 ? -1 : a.Figure == b.Figure ? 0 : 1;
        levels[Photo] = a.Photos.Length == 0 || b.Photos.Length == 0 ? -1 : Intersect(a.Photos, b.Photos) ? 0 : 1;
        levels[Number] = Intersect(a.Numbers, b.Numbers) ? 0 : 1;
        levels[Template] = a.Templates.Length == 0 || b.Templates.Length == 0 ? -1 : Intersect(a.Templates, b.Templates) ? 0 : 1;
        levels[PlaceTime] = PlaceTimeLevel(a, b, out apartDays);
        return levels;
    }

    /// <summary>True when the pair may never be one woman, whatever its weight.</summary>
    public static bool Forbidden(int[] levels, int apartDays) => levels[Age] == AgeDifferent || apartDays >= ApartDays;

    public static int NameLevel(PersonaPart a, PersonaPart b)
    {
        if (a.NameKey is null || b.NameKey is null)
        {
            return -1;
        }

        if (string.Equals(a.NameKey, b.NameKey, StringComparison.Ordinal))
        {
            return 0;
        }

        // The ad that gave both names was under a number: the other part must show that number too (two women of one
        // name elsewhere in a network group are not her).
        if ((Array.IndexOf(a.Aliases, b.NameKey) >= 0 || Array.IndexOf(b.Aliases, a.NameKey) >= 0) && Intersect(a.Numbers, b.Numbers))
        {
            return 1;
        }

        if (a.Syllables.Length > 0 && b.Syllables.Length > 0 && a.Syllables.Any(r => Array.IndexOf(b.Syllables, r) >= 0))
        {
            return 2;
        }

        if (Text.NameVariants.Close(a.Skeleton, b.Skeleton))
        {
            return 3;
        }

        if (Shortened(a.Skeleton, b.Skeleton) || Shortened(b.Skeleton, a.Skeleton))
        {
            return 4;
        }

        return a.Skeleton.Length > 0 && b.Skeleton.Length > 0 && JaroWinkler.Similarity(a.Skeleton, b.Skeleton) >= 0.85 ? 5 : NameDifferent;
    }

    /// <summary>"Magda" for "Magdalena", "Ting" for "Tingting": the short form opens the long one (three letters or more).</summary>
    private static bool Shortened(string shortForm, string longForm) =>
        shortForm.Length >= 3 && longForm.Length > shortForm.Length && longForm.StartsWith(shortForm, StringComparison.Ordinal);

    private static int PlaceTimeLevel(PersonaPart a, PersonaPart b, out int apartDays)
    {
        apartDays = 0;
        if (a.Days.Count == 0 || b.Days.Count == 0)
        {
            return -1;
        }

        if (a.Days.Count > b.Days.Count)
        {
            (a, b) = (b, a);
        }

        var together = false;
        var sameDay = false;
        foreach (var (day, cities) in a.Days)
        {
            var near = false;
            for (var d = day - 1; d <= day + 1; d++)
            {
                if (b.Days.TryGetValue(d, out var other))
                {
                    near = true;
                    if (cities.Any(c => other.Contains(c, StringComparer.Ordinal)))
                    {
                        together = true;
                    }
                    else if (d == day)
                    {
                        apartDays++;
                    }
                }
            }

            sameDay |= near;
        }

        if (together)
        {
            return 0;
        }

        if (apartDays > 0)
        {
            return 1;
        }

        return sameDay || (a.FirstDay <= b.LastDay && b.FirstDay <= a.LastDay) ? 2 : 3;
    }

    private static bool Intersect(int[] a, int[] b)
    {
        foreach (var x in a)
        {
            if (Array.IndexOf(b, x) >= 0)
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>A comparison known by its levels only: the model's parts are compared here, not as person records.</summary>
    private sealed class Levelled(string name, IReadOnlyList<string> levels) : Comparison
    {
        public override string Name { get; } = name;

        public override IReadOnlyList<string> Levels { get; } = levels;

        public override int Level(PreparedRecord a, PreparedRecord b) => throw new NotSupportedException("persona parts are compared by PartComparisons.Compare");
    }
}
