namespace Threadline.Linking.Graph;

/// <summary>
/// Where a snapshot of persona groups was advertised, day by day. Two groups are <see cref="Apart"/> when they were
/// advertised in different cities, and in no city together, on <see cref="Personas.PartComparisons.ApartDays"/> days or
/// more: the persona model's hard constraint, for the rules; <see cref="Elsewhere"/> when they were advertised over the
/// same weeks and never in one city (rule 2d). A group's days are read when first asked for (members
/// indexed once by root, two ints per ad), so only the groups a rule compares cost memory.
/// </summary>
internal sealed class GroupPresence
{
    private readonly IReadOnlyList<AdFeatures> ads;
    private readonly LinkOptions options;
    private readonly int[] rootOf;
    private readonly int[] start;
    private readonly int[] members;
    private readonly Dictionary<int, Dictionary<int, HashSet<string>>> days = [];
    private readonly Dictionary<int, (Dictionary<int, HashSet<string>> Days, int From, int To, HashSet<string> Cities)> spans = [];

    private GroupPresence(IReadOnlyList<AdFeatures> ads, LinkOptions options, int[] rootOf, int[] start, int[] members)
    {
        this.ads = ads;
        this.options = options;
        this.rootOf = rootOf;
        this.start = start;
        this.members = members;
    }

    /// <summary>The presence of the groups of <paramref name="groups"/> as they are now (later unions do not change it).</summary>
    public static GroupPresence Of(IReadOnlyList<AdFeatures> ads, UnionFind groups, LinkOptions options)
    {
        var n = ads.Count;
        var rootOf = new int[n];
        var start = new int[n + 1];
        for (var ad = 0; ad < n; ad++)
        {
            rootOf[ad] = groups.Find(ad);
            start[rootOf[ad] + 1]++;
        }

        for (var r = 0; r < n; r++)
        {
            start[r + 1] += start[r];
        }

        var next = start[..n];
        var members = new int[n];
        for (var ad = 0; ad < n; ad++)
        {
            members[next[rootOf[ad]]++] = ad;
        }

        return new GroupPresence(ads, options, rootOf, start, members);
    }

    /// <summary>True when the groups of the two ads (as they were when this was made) were in different cities on several of the same days.</summary>
    public bool Apart(int adA, int adB)
    {
        var a = rootOf[adA];
        var b = rootOf[adB];
        if (a == b)
        {
            return false;
        }

        var left = Days(a);
        var right = Days(b);
        if (left.Count > right.Count)
        {
            (left, right) = (right, left);
        }

        var apart = 0;
        foreach (var (day, cities) in left)
        {
            if (right.TryGetValue(day, out var other) && !cities.Overlaps(other) && ++apart >= Personas.PartComparisons.ApartDays)
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>
    /// True when the two groups (as they were when this was made) were advertised at the same time — the days from
    /// the first ad to the last of each overlap by a day or more — and never in one city: two women, not one who
    /// changed numbers (one woman is in one city at a time). When one group's days lie wholly inside the other's,
    /// the outer group must also have been advertised on two days or more within them: a woman sent to another city
    /// for a while under another number, while her first number's ads pause, is one woman. A group of one to three
    /// days (<see cref="ShortStay"/>) strictly inside the other's run, in a city the other never names, is apart
    /// whatever the outer group does on those days: one ad elsewhere in the middle of a woman's run is a copy of her ad
    /// far more often than a day trip (rule 2d's joins of such groups on the nine 200k bench worlds: 263 scam copies and
    /// 15 other women, none of her own; on the 27 worlds of 20k: 92 copies, 2 other women and 3 of her own).
    /// </summary>
    public bool Elsewhere(int adA, int adB)
    {
        var a = rootOf[adA];
        var b = rootOf[adB];
        if (a == b)
        {
            return false;
        }

        var (left, fromA, toA, citiesA) = Span(a);
        var (right, fromB, toB, citiesB) = Span(b);
        if (left.Count == 0 || right.Count == 0)
        {
            return false;
        }

        var nested = (fromA <= fromB && toB <= toA) || (fromB <= fromA && toA <= toB);
        if (!nested)
        {
            if (Math.Min(toA, toB) - Math.Max(fromA, fromB) < 1)
            {
                return false;
            }
        }
        else
        {
            var (outer, outerFrom, outerTo, innerFrom, innerTo) = toB - fromB <= toA - fromA ? (left, fromA, toA, fromB, toB) : (right, fromB, toB, fromA, toA);
            if (innerTo - innerFrom > ShortStay)
            {
                if (outer.Keys.Count(d => d >= innerFrom && d <= innerTo) < 2)
                {
                    return false;
                }
            }
            else if (outerFrom >= innerFrom || outerTo <= innerTo)
            {
                return false;
            }
        }

        return !citiesA.Overlaps(citiesB);
    }

    /// <summary>Days from first to last ad of a group too short to be a stay of its own (see <see cref="Elsewhere"/>).</summary>
    private const int ShortStay = 2;

    /// <summary>A group's days, its first and last, and every city it was advertised in.</summary>
    private (Dictionary<int, HashSet<string>> Days, int From, int To, HashSet<string> Cities) Span(int root)
    {
        if (spans.TryGetValue(root, out var span))
        {
            return span;
        }

        var byDay = Days(root);
        var cities = new HashSet<string>(StringComparer.Ordinal);
        foreach (var (_, c) in byDay)
        {
            cities.UnionWith(c);
        }

        span = byDay.Count == 0 ? (byDay, 0, 0, cities) : (byDay, byDay.Keys.Min(), byDay.Keys.Max(), cities);
        spans[root] = span;
        return span;
    }

    private Dictionary<int, HashSet<string>> Days(int root)
    {
        if (days.TryGetValue(root, out var byDay))
        {
            return byDay;
        }

        days[root] = byDay = [];
        for (var k = start[root]; k < start[root + 1]; k++)
        {
            var ad = ads[members[k]];
            if (string.IsNullOrWhiteSpace(ad.City))
            {
                continue;
            }

            var day = (int)(ad.PostedAt.UtcTicks / TimeSpan.TicksPerDay);
            if (!byDay.TryGetValue(day, out var cities))
            {
                byDay[day] = cities = new HashSet<string>(StringComparer.Ordinal);
            }

            cities.Add(options.CityKey?.Invoke(ad.City!) ?? ad.City!.Trim().ToUpperInvariant());
        }

        return byDay;
    }
}
