namespace Threadline.Extraction.Phones;

/// <summary>Split numbers, techniques and merging of <see cref="PhoneFinder"/>.</summary>
internal sealed partial class PhoneFinder
{
    /// <summary>A number begun at the end of the title and finished in the body ("... 0470 12" / "34 56").</summary>
    /// <remarks>
    /// Tails are the body's leftovers and also the short numbers read in the body on their own (an Italian or German
    /// landline can be as short as a tail): a number begun at the end of the title explains them better.
    /// </remarks>
    private (ValidatedPhone Phone, (int Start, int End) Head, (int Start, int End) Tail)? FindSplit(Scratch sc, string region, List<RawPhone> raw)
    {
        var t = sc.Title;
        if (t.Leftovers.Count == 0)
        {
            return null;
        }

        var head = t.Leftovers[^1];
        var tails = sc.Tails;
        tails.Clear();
        tails.AddRange(sc.Body.Leftovers);

        // A head of three digits or more, or an international prefix, may also take a whole body run ("+39" / "385 533 8369").
        var headDigits = 0;
        for (var u = head.Start; u < head.End; u++)
        {
            headDigits += t.Units[u].Digit == '+' ? 0 : 1;
        }

        if (headDigits >= 3 || t.Units[head.Start].Digit == '+')
        {
            for (var r = 0; r < sc.Body.Runs.Count; r++)
            {
                var run = sc.Body.Runs[r];
                if (run.Count <= 12 && !sc.Body.RunHasDecoy[r] && !tails.Contains((run.First, run.First + run.Count)))
                {
                    tails.Add((run.First, run.First + run.Count));
                }
            }
        }

        if (tails.Count == 0)
        {
            return null;
        }

        var after = t.Units[head.End - 1].End;
        for (var k = after; k < t.Text.Length; k++)
        {
            if (char.IsLetterOrDigit(t.Text[k]))
            {
                return null;
            }
        }

        // Every suffix of the head (from a group start) with every whole body leftover; the best-scoring valid reading wins
        // (more digits, no everyday word at the edge of the tail), ties to the first.
        Span<char> buf = stackalloc char[MaxDigits * 2 + 2];
        (ValidatedPhone Phone, (int Start, int End) Head, (int Start, int End) Tail)? best = null;
        var bestScore = double.MinValue;
        foreach (var tail in tails)
        {
            for (var hs = head.Start; hs < head.End; hs++)
            {
                if (hs > head.Start && !StartsGroup(t.Units[hs - 1], t.Units[hs]))
                {
                    continue;
                }

                var len = 0;
                for (var u = hs; u < head.End && len < buf.Length; u++)
                {
                    buf[len++] = t.Units[u].Digit;
                }

                for (var u = tail.Start; u < tail.End && len < buf.Length; u++)
                {
                    buf[len++] = sc.Body.Units[u].Digit;
                }

                if (len < 7 || len > MaxDigits + 1 || buf[1..len].Contains('+') || sc.Budget-- <= 0)
                {
                    continue;
                }

                var v = _validator.Validate(buf[..len], region);
                if (v is null || string.Equals(v.Form, PhoneTechniques.InternationalNoPlus, StringComparison.Ordinal))
                {
                    continue;
                }

                var score = len - (sc.Body.Units[tail.End - 1].Has(UnitFlags.Weak) ? 1.5 : 0) - (sc.Body.Units[tail.Start].Has(UnitFlags.Weak) ? 1.5 : 0);
                if (score > bestScore)
                {
                    bestScore = score;
                    best = (v, (hs, head.End), tail);
                }

                break;
            }
        }

        return best;
    }

    private static List<PhoneHit> Merge(List<RawPhone> raw, (ValidatedPhone Phone, (int Start, int End) Head, (int Start, int End) Tail)? split, string language)
    {
        var hits = new List<PhoneHit>(raw.Count + 1);
        var index = new Dictionary<string, int>(StringComparer.Ordinal);
        foreach (var r in raw)
        {
            var spans = new[] { SpanOf(r.Scan, r.First, r.End) };
            var techniques = new List<string>(6);
            var languages = new List<string>(1);
            Describe(r.Scan, r.First, r.End, r.Phone, techniques, languages, language);
            if (r.SeveralInRun)
            {
                techniques.Add(PhoneTechniques.SeveralNumbers);
            }

            if (r.Scan.Field == TextField.Phone)
            {
                techniques.Add(PhoneTechniques.PhoneField);
            }

            Add(hits, index, r.Phone, spans, techniques, languages);
        }

        if (split is { } sp && sp.Phone is { } p)
        {
            var t = t_scratch!;
            var techniques = new List<string>(6);
            var languages = new List<string>(1);
            Describe(t.Title, sp.Head.Start, sp.Head.End, p, techniques, languages, language);
            var bodyTechniques = new List<string>(4);
            Describe(t.Body, sp.Tail.Start, sp.Tail.End, p, bodyTechniques, languages, language);
            foreach (var bt in bodyTechniques)
            {
                if (!techniques.Contains(bt) && bt is not PhoneTechniques.National and not PhoneTechniques.International
                    and not PhoneTechniques.International00 and not PhoneTechniques.InternationalNoPlus)
                {
                    techniques.Add(bt);
                }
            }

            techniques.Add(PhoneTechniques.SplitTitleBody);
            Add(hits, index, p, [SpanOf(t.Title, sp.Head.Start, sp.Head.End), SpanOf(t.Body, sp.Tail.Start, sp.Tail.End)], techniques, languages);
        }

        return hits;
    }

    private static void Add(List<PhoneHit> hits, Dictionary<string, int> index, ValidatedPhone p, TextSpan[] spans, List<string> techniques, List<string> languages)
    {
        var obfuscated = techniques.Exists(PhoneTechniques.IsObfuscation);
        if (index.TryGetValue(p.E164, out var at))
        {
            var prev = hits[at];
            hits[at] = prev with
            {
                Spans = [.. prev.Spans, .. spans],
                Techniques = [.. prev.Techniques.Union(techniques, StringComparer.Ordinal)],
                NumberWordLanguages = [.. prev.NumberWordLanguages.Union(languages, StringComparer.Ordinal)],
                Obfuscated = prev.Obfuscated || obfuscated,
            };
            return;
        }

        index[p.E164] = hits.Count;
        hits.Add(new PhoneHit(p.E164, p.Region, spans, techniques, languages, obfuscated));
    }

    private static TextSpan SpanOf(FieldScan f, int first, int end)
    {
        var start = f.Units[first].Start;
        var stop = f.Units[end - 1].End;
        return new TextSpan(f.Field, start, stop - start, f.Text[start..stop]);
    }

    /// <summary>Names how units [first, end) were written (vocabulary: <see cref="PhoneTechniques"/>).</summary>
    private static void Describe(FieldScan f, int first, int end, ValidatedPhone p, List<string> techniques, List<string> languages, string adLanguage)
    {
        techniques.Add(p.Form);
        var all = UnitFlags.None;
        var odd = false;
        var glued = true;
        var singleDigitGroups = true;
        var groups = 1;
        var digitsInGroup = 0;
        var prefixDigits = 0;
        var inPrefix = f.Units[first].Digit == '+' || (end - first > 2 && f.Units[first].Digit == '0' && f.Units[first + 1].Digit == '0'
            && string.Equals(p.Form, PhoneTechniques.International00, StringComparison.Ordinal));
        var ccLength = p.E164.Length - 1 - NationalDigits(p);
        for (var u = first; u < end; u++)
        {
            var unit = f.Units[u];
            all |= unit.Flags;
            if (u > first && unit.Sep != SepKind.Glued)
            {
                // The space after "+32" or "0032" does not make a compact number grouped.
                var afterPrefix = inPrefix && prefixDigits <= ccLength + 2;
                inPrefix = false;
                if (!afterPrefix)
                {
                    glued = false;
                    odd |= unit.Sep == SepKind.Odd;
                }

                groups++;
                if (digitsInGroup > 1)
                {
                    singleDigitGroups = false;
                }

                digitsInGroup = 0;
            }

            if (unit.Digit != '+')
            {
                digitsInGroup++;
                if (inPrefix)
                {
                    prefixDigits++;
                }
            }

            if (unit.Languages is { } langs && unit.Has(UnitFlags.NumberWord))
            {
                var pick = Array.IndexOf(langs, adLanguage) >= 0 ? adLanguage : langs.Length == 1 ? langs[0] : null;
                if (pick is not null && !languages.Contains(pick))
                {
                    languages.Add(pick);
                }
            }
        }

        if (digitsInGroup > 1)
        {
            singleDigitGroups = false;
        }

        techniques.Add(groups >= 6 && singleDigitGroups ? PhoneTechniques.SpacedDigits
            : odd ? PhoneTechniques.OddSeparators
            : glued ? PhoneTechniques.Compact
            : PhoneTechniques.Grouped);
        AddIf(techniques, all, UnitFlags.NumberWord, PhoneTechniques.NumberWords);
        AddIf(techniques, all, UnitFlags.Homophone, PhoneTechniques.Homophones);
        AddIf(techniques, all, UnitFlags.Chinese, PhoneTechniques.ChineseNumerals);
        AddIf(techniques, all, UnitFlags.LetterO, PhoneTechniques.LetterO);
        AddIf(techniques, all, UnitFlags.LetterL, PhoneTechniques.LetterL);
        AddIf(techniques, all, UnitFlags.Keycap, PhoneTechniques.EmojiKeycap);
        AddIf(techniques, all, UnitFlags.Fullwidth, PhoneTechniques.Fullwidth);
        AddIf(techniques, all, UnitFlags.Lookalike, PhoneTechniques.Lookalike);
        AddIf(techniques, all, UnitFlags.Enclosed, PhoneTechniques.EnclosedDigits);
        AddIf(techniques, all, UnitFlags.Superscript, PhoneTechniques.SuperscriptDigits);
        if ((all & UnitFlags.Chinese) != 0 && !languages.Contains("zh"))
        {
            languages.Add("zh");
        }

        // Invisible characters only count inside the number, not before its first unit.
        for (var u = first + 1; u < end; u++)
        {
            if (f.Units[u].Has(UnitFlags.InvisibleBefore))
            {
                techniques.Add(PhoneTechniques.InvisibleChars);
                break;
            }
        }

        var s = f.Text;
        var startChar = f.Units[first].Start;
        var endChar = f.Units[end - 1].End;
        if ((startChar > 0 && char.IsLetter(s[startChar - 1])) || (endChar < s.Length && char.IsLetter(s[endChar])))
        {
            techniques.Add(PhoneTechniques.Glued);
        }
    }

    private static int NationalDigits(ValidatedPhone p)
    {
        // E.164 = '+' + country code (1-3 digits) + national significant number; country codes here are looked up once.
        var util = PhoneNumbers.PhoneNumberUtil.GetInstance();
        for (var cc = 1; cc <= 3 && cc < p.E164.Length - 1; cc++)
        {
            if (int.TryParse(p.E164.AsSpan(1, cc), System.Globalization.NumberStyles.None, System.Globalization.CultureInfo.InvariantCulture, out var code)
                && string.Equals(util.GetRegionCodeForCountryCode(code), p.Region, StringComparison.Ordinal))
            {
                return p.E164.Length - 1 - cc;
            }
        }

        return p.E164.Length - 3;
    }

    private static void AddIf(List<string> techniques, UnitFlags all, UnitFlags flag, string name)
    {
        if ((all & flag) != 0 && !techniques.Contains(name))
        {
            techniques.Add(name);
        }
    }
}
