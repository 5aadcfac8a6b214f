namespace Threadline.Linking.Text;

/// <summary>
/// Names and ages written in Han characters, read from the structure Chinese ads share with every site convention:
/// the name stands right before her age ("小雨 (25)", "温柔小雨，25岁", "美女小雨（25）", "Liège：美女小雨 25"). Chinese
/// has no spaces and no capitals, so the name is cut from the words before it ("温柔" gentle, "美女" beauty, "我是" I am)
/// by structure, not by a list of those words: over all ads, the characters just before a true name vary (it follows
/// many template words and opens many titles), while a piece that takes a template character with it ("柔小雨") is
/// always preceded by the same one ("温"). Of the endings of the run before an age, at most three characters all read
/// by <see cref="HanReadings"/>, the longest is kept that at least two different characters (or text boundaries)
/// precede across the workspace, and at least half as many as precede the ending one character shorter.
/// </summary>
internal static class HanNames
{
    /// <summary>The longest name read (Chinese given names are one or two characters, with a surname three).</summary>
    private const int MaxName = 3;

    /// <summary>A run of Han characters before an age is read over at most this many of its last characters.</summary>
    private const int MaxRun = 8;

    /// <summary>Characters of title and body read (a name and age stand near the start).</summary>
    private const int MaxText = 600;

    /// <summary>Name–age units read per title or body (an ad names its woman once or twice; a page of numbers is not read further).</summary>
    private const int MaxUnitsPerText = 8;

    /// <summary>Distinct endings whose preceding characters are counted (bounds memory on a hostile workspace; later ones read no name).</summary>
    private const int MaxEndings = 1_000_000;

    /// <summary>One name–age unit: the Han characters before the age (at most <see cref="MaxRun"/>), what precedes them, and the age.</summary>
    internal readonly record struct Unit(string Run, char Before, int Age, bool InTitle);

    /// <summary>
    /// Per ad (where <paramref name="need"/> is true), the name and age its Han name–age units give; null where it has none.
    /// </summary>
    public static (string Name, int Age)?[] Guess(IReadOnlyList<AdFeatures> ads, IReadOnlyList<bool> need)
    {
        var units = new Unit[ads.Count][];
        var contexts = new Dictionary<string, HashSet<char>>(StringComparer.Ordinal);
        for (var i = 0; i < ads.Count; i++)
        {
            var found = new List<Unit>();
            Units(ads[i].Title, inTitle: true, found);
            Units(ads[i].Body, inTitle: false, found);
            units[i] = [.. found];
            foreach (var u in found)
            {
                for (var len = 1; len <= Math.Min(MaxName, u.Run.Length); len++)
                {
                    var ending = u.Run[^len..];
                    if (!HanReadings.AllKnown(ending))
                    {
                        break;
                    }

                    if (!contexts.TryGetValue(ending, out var set))
                    {
                        if (contexts.Count >= MaxEndings)
                        {
                            break;
                        }

                        contexts[ending] = set = [];
                    }

                    set.Add(len < u.Run.Length ? u.Run[^(len + 1)] : u.Before);
                }
            }
        }

        var result = new (string Name, int Age)?[ads.Count];
        for (var i = 0; i < ads.Count; i++)
        {
            if (!need[i] || units[i].Length == 0)
            {
                continue;
            }

            // The name most units of the ad give, the title's first on a tie.
            var counts = new Dictionary<string, (int Count, int Order, int Age)>(StringComparer.Ordinal);
            foreach (var u in units[i].OrderBy(u => u.InTitle ? 0 : 1))
            {
                if (Name(u, contexts) is { } name)
                {
                    counts[name] = counts.TryGetValue(name, out var c) ? (c.Count + 1, c.Order, c.Age) : (1, counts.Count, u.Age);
                }
            }

            if (counts.Count > 0)
            {
                var best = counts.OrderByDescending(kv => kv.Value.Count).ThenBy(kv => kv.Value.Order).First();
                result[i] = (best.Key, best.Value.Age);
            }
        }

        return result;
    }

    /// <summary>The name a unit's run ends with, or null when no ending passes (see the class summary).</summary>
    private static string? Name(Unit u, Dictionary<string, HashSet<char>> contexts)
    {
        var longest = 0;
        while (longest < Math.Min(MaxName, u.Run.Length) && HanReadings.AllKnown(u.Run.AsSpan(u.Run.Length - longest - 1)))
        {
            longest++;
        }

        for (var len = longest; len >= 1; len--)
        {
            var n = contexts.TryGetValue(u.Run[^len..], out var seen) ? seen.Count : 0;
            if (n < 2)
            {
                continue;
            }

            if (len == 1 || n * 2 >= (contexts.TryGetValue(u.Run[^(len - 1)..], out var shorter) ? shorter.Count : 0))
            {
                return u.Run[^len..];
            }
        }

        return null;
    }

    /// <summary>
    /// Adds the name–age units of <paramref name="text"/>: a two-digit number from 18 to 59 that follows a run of Han
    /// characters (directly, or after a space, a comma or an opening bracket) and ends there (岁/歲, a closing bracket,
    /// punctuation, a space before a non-digit, or the end) — not a figure ("24/7", "90-60-90"), a height or a price.
    /// </summary>
    internal static void Units(string? text, bool inTitle, List<Unit> output)
    {
        if (string.IsNullOrEmpty(text))
        {
            return;
        }

        var s = text.Length > MaxText ? text.AsSpan(0, MaxText) : text.AsSpan();
        var found = 0;
        for (var i = 0; i + 1 < s.Length && found < MaxUnitsPerText; i++)
        {
            if (!char.IsAsciiDigit(s[i]) || !char.IsAsciiDigit(s[i + 1]) || (i > 0 && char.IsAsciiDigit(s[i - 1])) || (i + 2 < s.Length && char.IsAsciiDigit(s[i + 2])))
            {
                continue;
            }

            var age = ((s[i] - '0') * 10) + (s[i + 1] - '0');
            if (age is < 18 or > 59 || !Closes(s[(i + 2)..]))
            {
                continue;
            }

            // Back over the separator (spaces, one comma or bracket) to the run's last character.
            var end = i;
            while (end > 0 && s[end - 1] == ' ')
            {
                end--;
            }

            if (end > 0 && s[end - 1] is '，' or ',' or '(' or '（' or '、' or '：' or ':')
            {
                end--;
                while (end > 0 && s[end - 1] == ' ')
                {
                    end--;
                }
            }

            var start = end;
            while (start > 0 && HanReadings.IsHan(s[start - 1]) && end - start < MaxRun)
            {
                start--;
            }

            if (start == end)
            {
                continue;
            }

            var before = start == 0 ? '\0' : HanReadings.IsHan(s[start - 1]) ? '\u0001' : char.IsLetter(s[start - 1]) ? 'a' : s[start - 1];
            output.Add(new Unit(new string(s[start..end]), before, age, inTitle));
            found++;
        }
    }

    /// <summary>What may follow an age: 岁/歲, a closing bracket, punctuation, a space before anything but a digit, or the end.</summary>
    private static bool Closes(ReadOnlySpan<char> rest)
    {
        if (rest.IsEmpty)
        {
            return true;
        }

        var c = rest[0];
        if (c == ' ')
        {
            var next = rest.TrimStart(' ');
            return next.IsEmpty || !(char.IsAsciiDigit(next[0]) || next[0] is '/' or '-' or '+' or '.');
        }

        return c is '岁' or '歲' or ')' or '）' or '，' or ',' or '。' or '！' or '!' or '|' or '\n' or '\r' or '-' or '–' or '、' or '；' or ';';
    }
}
