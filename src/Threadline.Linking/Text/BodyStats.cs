namespace Threadline.Linking.Text;

/// <summary>
/// The height and weight an ad gives for the advertised woman ("1m56", "1,56 m", "156cm", "69kg", "69 kg").
/// Ads almost always state them, and a woman's figures stay the same from ad to ad, so two ads under one phone
/// with different figures are two women, even when a template gives them one working name or none at all.
/// (A network's template may print one set of figures for every woman it advertises: figures that do not
/// differ say nothing.)
/// </summary>
internal static class BodyStats
{
    /// <summary>Characters of title and body read; the figures stand near the start of an ad.</summary>
    private const int MaxChars = 1_000;

    /// <summary>Height in cm and weight in kg packed as <c>height * 1000 + weight</c>, each 0 when not given; 0 when neither is.</summary>
    public static int Read(string? title, string? body)
    {
        var (h, w) = (0, 0);
        Scan(title, ref h, ref w);
        Scan(body, ref h, ref w);
        return (h * 1000) + w;
    }

    /// <summary><see cref="Read"/> for every ad, in parallel.</summary>
    public static int[] ReadAll(IReadOnlyList<AdFeatures> ads, int parallelism)
    {
        var packed = new int[ads.Count];
        Parallel.For(0, ads.Count, new ParallelOptions { MaxDegreeOfParallelism = parallelism }, i => packed[i] = Read(ads[i].Title, ads[i].Body));
        return packed;
    }

    /// <summary>The height part of a packed value (0 when not given).</summary>
    public static int Height(int packed) => packed / 1000;

    /// <summary>The weight part of a packed value (0 when not given).</summary>
    public static int Weight(int packed) => packed % 1000;

    /// <summary>True when both values give both figures (a full, comparable key).</summary>
    public static bool Complete(int packed) => Height(packed) > 0 && Weight(packed) > 0;

    private static void Scan(string? text, ref int height, ref int weight)
    {
        if (string.IsNullOrEmpty(text))
        {
            return;
        }

        var s = text.AsSpan(0, Math.Min(text.Length, MaxChars));
        for (var i = 0; i < s.Length && (height == 0 || weight == 0); i++)
        {
            if (!char.IsAsciiDigit(s[i]) || (i > 0 && (char.IsLetterOrDigit(s[i - 1]) || s[i - 1] is ',' or '.')))
            {
                continue;
            }

            var end = i;
            var value = 0;
            while (end < s.Length && char.IsAsciiDigit(s[end]))
            {
                value = end - i < 4 ? (value * 10) + (s[end] - '0') : value;
                end++;
            }

            var digits = end - i;
            var after = SkipSpace(s, end);
            if (digits == 1 && value == 1 && height == 0 && TryMetres(s, after, out var cm))
            {
                height = cm;
            }
            else if (digits == 3 && value is >= 140 and <= 199 && height == 0 && Unit(s, after, "cm"))
            {
                height = value;
            }
            else if (digits is 2 or 3 && value is >= 35 and <= 150 && weight == 0 && Unit(s, after, "kg"))
            {
                weight = value;
            }

            i = end - 1;
        }
    }

    /// <summary>"m56", "m 56", ",56 m", ".56m" after a leading 1: the height in cm.</summary>
    private static bool TryMetres(ReadOnlySpan<char> s, int at, out int cm)
    {
        cm = 0;
        if (at >= s.Length)
        {
            return false;
        }

        var mark = char.ToLowerInvariant(s[at]);
        if (mark != 'm' && mark != ',' && mark != '.')
        {
            return false;
        }

        var p = mark == 'm' ? SkipSpace(s, at + 1) : at + 1;
        if (p + 1 >= s.Length || !char.IsAsciiDigit(s[p]) || !char.IsAsciiDigit(s[p + 1]) || (p + 2 < s.Length && char.IsAsciiDigit(s[p + 2])))
        {
            return false;
        }

        // "1,56" alone could be a price or a distance: the comma and point forms need the metre sign.
        if (mark != 'm' && !Unit(s, SkipSpace(s, p + 2), "m"))
        {
            return false;
        }

        cm = 100 + ((s[p] - '0') * 10) + (s[p + 1] - '0');
        return cm is >= 140 and <= 199;
    }

    /// <summary>True when <paramref name="unit"/> stands at <paramref name="at"/> as a word of its own.</summary>
    private static bool Unit(ReadOnlySpan<char> s, int at, string unit)
    {
        if (at + unit.Length > s.Length || !s.Slice(at, unit.Length).Equals(unit, StringComparison.OrdinalIgnoreCase))
        {
            return false;
        }

        var next = at + unit.Length;
        return next >= s.Length || !char.IsLetterOrDigit(s[next]);
    }

    private static int SkipSpace(ReadOnlySpan<char> s, int at)
    {
        while (at < s.Length && s[at] == ' ')
        {
            at++;
        }

        return at;
    }
}
