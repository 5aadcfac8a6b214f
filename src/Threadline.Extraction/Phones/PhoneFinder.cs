using System.Globalization;
using Threadline.Extraction.Data;

namespace Threadline.Extraction.Phones;

/// <summary>
/// Finds phone numbers in an ad's fields: reads digit units (<see cref="UnitReader"/>), drops decoy groups
/// (prices, measures, ages, times, 24/7, dates), then in each run picks the set of group ranges that libphonenumber
/// accepts and that covers the most digits (dynamic programming), tries title-end + body leftovers for numbers
/// split between title and body, and names the techniques used.
/// </summary>
internal sealed partial class PhoneFinder
{
    /// <summary>At most this many candidate strings are validated per ad (hostile input such as 1 MB of spaced digits).</summary>
    public const int MaxValidationsPerAd = 800;

    private const int MaxDigits = 17;
    private readonly ExtractionData _data;
    private readonly UnitReader _reader;
    private readonly PhoneValidator _validator;

    [ThreadStatic]
    private static Scratch? t_scratch;

    public PhoneFinder(ExtractionData data, PhoneValidator validator)
    {
        _data = data;
        _reader = new UnitReader(data);
        _validator = validator;
    }

    public List<PhoneHit> Find(string title, string body, string phoneField, string? country, string language, List<string> notes)
    {
        var sc = t_scratch ??= new Scratch();
        sc.Budget = MaxValidationsPerAd;
        var region = string.IsNullOrWhiteSpace(country) || country.Length != 2 ? "ZZ" : country.ToUpperInvariant();
        var raw = new List<RawPhone>(4);
        sc.Title.Reset(TextField.Title, title);
        sc.Body.Reset(TextField.Body, body);
        sc.PhoneField.Reset(TextField.Phone, phoneField);
        Scan(sc.Title, region, sc, raw);
        Scan(sc.Body, region, sc, raw);
        Scan(sc.PhoneField, region, sc, raw);
        var split = FindSplit(sc, region, raw);
        if (split is { } sp)
        {
            // A body number used as the tail of a split one is not a number of its own.
            raw.RemoveAll(r => (r.Scan == sc.Body && r.First >= sp.Tail.Start && r.End <= sp.Tail.End)
                || (r.Scan == sc.Title && r.First >= sp.Head.Start && r.End <= sp.Head.End));
        }

        if (sc.Budget <= 0)
        {
            notes.Add(string.Create(CultureInfo.InvariantCulture, $"phone search stopped after {MaxValidationsPerAd} candidate numbers"));
        }

        return Merge(raw, split, language);
    }

    private void Scan(FieldScan f, string region, Scratch sc, List<RawPhone> raw)
    {
        if (f.Text.Length == 0)
        {
            return;
        }

        _reader.Read(f.Text, f.Units, f.Runs);
        foreach (var run in f.Runs)
        {
            BuildGroups(f, run);
            MarkDecoys(f);
            f.RunHasDecoy.Add(f.Decoy.Contains(true));
            var before = raw.Count;
            var a = 0;
            while (a < f.Groups.Count)
            {
                if (f.Decoy[a])
                {
                    a++;
                    continue;
                }

                var b = a;
                while (b < f.Groups.Count && !f.Decoy[b])
                {
                    b++;
                }

                Solve(f, a, b, region, sc, raw);
                a = b;
            }

            if (raw.Count - before > 1)
            {
                for (var k = before; k < raw.Count; k++)
                {
                    raw[k] = raw[k] with { SeveralInRun = true };
                }
            }
        }
    }

    private static void BuildGroups(FieldScan f, Run run)
    {
        f.Groups.Clear();
        f.Decoy.Clear();
        var start = run.First;
        var end = run.First + run.Count;
        for (var u = start + 1; u <= end; u++)
        {
            if (u == end || StartsGroup(f.Units[u - 1], f.Units[u]))
            {
                f.Groups.Add((start, u));
                f.Decoy.Add(false);
                start = u;
            }
        }
    }

    private static bool StartsGroup(in Unit prev, in Unit u) =>
        u.Sep != SepKind.Glued || u.Has(UnitFlags.FromLetters) || prev.Has(UnitFlags.FromLetters) || u.Has(UnitFlags.Plus) || prev.Has(UnitFlags.Plus);

    /// <summary>Dynamic programming over groups [a, b): the valid numbers that cover the most digits.</summary>
    private void Solve(FieldScan f, int a, int b, string region, Scratch sc, List<RawPhone> raw)
    {
        var m = b - a;
        sc.Ensure(m + 1);
        var best = sc.Best;
        var choice = sc.Choice;
        var phones = sc.Phones;
        best[m] = 0;
        choice[m] = -1;
        Span<char> buf = stackalloc char[MaxDigits + 2];
        for (var i = m - 1; i >= 0; i--)
        {
            best[i] = best[i + 1];
            choice[i] = -1;
            phones[i] = null;
            var len = 0;
            var digits = 0;
            for (var j = i + 1; j <= m; j++)
            {
                var (gs, ge) = f.Groups[a + j - 1];
                var ok = true;
                for (var u = gs; u < ge; u++)
                {
                    var unit = f.Units[u];
                    if (unit.Digit == '+')
                    {
                        if (len != 0)
                        {
                            ok = false;
                            break;
                        }
                    }
                    else
                    {
                        digits++;
                    }

                    if (len >= buf.Length)
                    {
                        ok = false;
                        break;
                    }

                    buf[len++] = unit.Digit;
                }

                if (!ok || digits > MaxDigits)
                {
                    break;
                }

                if (digits < 7 || sc.Budget <= 0)
                {
                    continue;
                }

                sc.Budget--;
                var v = _validator.Validate(buf[..len], region);

                // A country code without + or 00 is read only from one unbroken block of digits ("32470123456").
                if (v is null || (j > i + 1 && string.Equals(v.Form, PhoneTechniques.InternationalNoPlus, StringComparison.Ordinal)))
                {
                    continue;
                }

                // Prefer the reading with the written '+', and one without a bare country code.
                var form = buf[0] == '+' ? 0.5 : string.Equals(v.Form, PhoneTechniques.InternationalNoPlus, StringComparison.Ordinal) ? -0.3 : 0;
                // Ties go to readings that start and end where the writer put a separator ("336three / З2Ӏ").
                var cut = (i > 0 && f.Units[f.Groups[a + i].Start].Sep == SepKind.Glued ? 0.3 : 0)
                    + (j < m && f.Units[f.Groups[a + j].Start].Sep == SepKind.Glued ? 0.3 : 0);
                var score = digits + form - cut - EdgePenalty(f, a + i, a + j - 1) + best[j];
                if (score > best[i] + 1e-9)
                {
                    best[i] = score;
                    choice[i] = j;
                    phones[i] = v;
                }
            }
        }

        var k = 0;
        var leftoverStart = -1;
        while (k < m)
        {
            if (choice[k] > 0)
            {
                AddLeftover(f, a, leftoverStart, k);
                leftoverStart = -1;
                raw.Add(new RawPhone(f, f.Groups[a + k].Start, f.Groups[a + choice[k] - 1].End, phones[k]!, false));
                k = choice[k];
            }
            else
            {
                if (leftoverStart < 0)
                {
                    leftoverStart = k;
                }

                k++;
            }
        }

        AddLeftover(f, a, leftoverStart, m);
    }

    private static void AddLeftover(FieldScan f, int a, int from, int to)
    {
        if (from < 0 || to <= from || f.Leftovers.Count >= 32)
        {
            return;
        }

        var start = f.Groups[a + from].Start;
        var end = f.Groups[a + to - 1].End;
        var digits = 0;
        for (var u = start; u < end; u++)
        {
            if (f.Units[u].Digit != '+')
            {
                digits++;
            }
        }

        if (digits >= 2 && digits <= MaxDigits)
        {
            f.Leftovers.Add((start, end));
        }
    }

    /// <summary>
    /// An everyday word ("for", "un", "o") at the edge of a number counts only if no reading without it is valid: at the
    /// start when it stands apart or ends a longer word ("ciao0470...", "numero 347..."), at the end when it stands apart.
    /// </summary>
    private static double EdgePenalty(FieldScan f, int firstGroup, int lastGroup)
    {
        if (firstGroup == lastGroup)
        {
            return 0;
        }

        // Digit by digit ("3 8 7 6 ... l", "sette Sei otto uno") an everyday word at the edge is as likely a digit as any.
        var p = 0.0;
        var (fs, fe) = f.Groups[firstGroup];
        var start = f.Units[fs].Start;
        var (ns, ne) = f.Groups[firstGroup + 1];
        if (AllWeak(f, fs, fe) && ((f.Units[fe].Sep != SepKind.Glued && ne - ns > 1) || (start > 0 && char.IsLetter(f.Text[start - 1]))))
        {
            p += 1.5;
        }

        var (ls, le) = f.Groups[lastGroup];
        var (ps, pe) = f.Groups[lastGroup - 1];
        if (AllWeak(f, ls, le) && f.Units[ls].Sep != SepKind.Glued && pe - ps > 1)
        {
            p += 1.5;
        }

        return p;
    }

    private static bool AllWeak(FieldScan f, int s, int e)
    {
        for (var u = s; u < e; u++)
        {
            if (!f.Units[u].Has(UnitFlags.Weak))
            {
                return false;
            }
        }

        return true;
    }

    private sealed class Scratch
    {
        public readonly FieldScan Title = new();
        public readonly FieldScan Body = new();
        public readonly FieldScan PhoneField = new();
        public readonly List<(int Start, int End)> Tails = [];
        public double[] Best = new double[64];
        public int[] Choice = new int[64];
        public ValidatedPhone?[] Phones = new ValidatedPhone?[64];
        public int Budget;

        public void Ensure(int n)
        {
            if (Best.Length < n)
            {
                var size = Math.Max(n, Best.Length * 2);
                Best = new double[size];
                Choice = new int[size];
                Phones = new ValidatedPhone?[size];
            }
        }
    }
}
