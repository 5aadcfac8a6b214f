
namespace Threadline.Extraction.Evaluation;

/// <summary>
/// Scores phone extraction against known truth (e.g. the simulator's). The unit is the (ad, E.164) pair: a number
/// written twice in one ad counts once; its techniques are the union of the mentions'.
/// </summary>
public static class PhoneEvaluation
{
    private const int MaxSamples = 25;

    /// <summary>Extracts every case (in parallel) and scores the result.</summary>
    public static PhoneEvalReport Run(AdExtractor extractor, IEnumerable<PhoneEvalCase> cases, int maxDegreeOfParallelism = -1)
    {
        ArgumentNullException.ThrowIfNull(extractor);
        var list = cases as IReadOnlyList<PhoneEvalCase> ?? [.. cases];
        var found = new IReadOnlyList<PhoneHit>[list.Count];
        Parallel.For(0, list.Count, new ParallelOptions { MaxDegreeOfParallelism = maxDegreeOfParallelism }, i => found[i] = extractor.Extract(list[i].Ad).Phones);
        return Score(list.Select((c, i) => (c, found[i])));
    }

    /// <summary>Scores given results group by group (e.g. by the simulator's writing style), in ordinal order of the group.</summary>
    public static IReadOnlyList<KeyValuePair<string, PhoneEvalReport>> ScoreByGroup(IEnumerable<(PhoneEvalCase Case, IReadOnlyList<PhoneHit> Found, string Group)> results)
    {
        ArgumentNullException.ThrowIfNull(results);
        return [.. results.GroupBy(r => r.Group, StringComparer.Ordinal).OrderBy(g => g.Key, StringComparer.Ordinal)
            .Select(g => new KeyValuePair<string, PhoneEvalReport>(g.Key, Score(g.Select(r => (r.Case, r.Found)))))];
    }

    /// <summary>Scores given results (pure: no extraction).</summary>
    public static PhoneEvalReport Score(IEnumerable<(PhoneEvalCase Case, IReadOnlyList<PhoneHit> Found)> results)
    {
        long ads = 0, tp = 0, fp = 0, fn = 0;
        var truthBy = new Dictionary<string, long>(StringComparer.Ordinal);
        var foundBy = new Dictionary<string, long>(StringComparer.Ordinal);
        var reportedBy = new Dictionary<string, long>(StringComparer.Ordinal);
        var reportedOkBy = new Dictionary<string, long>(StringComparer.Ordinal);
        var misses = new List<string>();
        var wrong = new List<string>();
        foreach (var (c, phones) in results)
        {
            ads++;
            var truth = new Dictionary<string, HashSet<string>>(StringComparer.Ordinal);
            foreach (var t in c.Truth)
            {
                if (!truth.TryGetValue(t.E164, out var set))
                {
                    truth[t.E164] = set = new HashSet<string>(StringComparer.Ordinal);
                }

                set.UnionWith(t.Techniques);
            }

            var reported = phones.ToDictionary(p => p.E164, StringComparer.Ordinal);
            foreach (var (e164, techniques) in truth)
            {
                var hit = reported.ContainsKey(e164);
                if (hit)
                {
                    tp++;
                }
                else
                {
                    fn++;
                    if (misses.Count < MaxSamples)
                    {
                        misses.Add($"{c.Id}: {e164} [{string.Join(',', techniques.Order(StringComparer.Ordinal))}] in «{c.Ad.Title}» «{c.Ad.Body}» «{c.Ad.PhoneField}» ({c.Ad.Country})");
                    }
                }

                foreach (var t in techniques)
                {
                    Inc(truthBy, t);
                    if (hit)
                    {
                        Inc(foundBy, t);
                    }
                }
            }

            foreach (var p in phones)
            {
                var ok = truth.ContainsKey(p.E164);
                if (!ok)
                {
                    fp++;
                    if (wrong.Count < MaxSamples)
                    {
                        wrong.Add($"{c.Id}: {p.E164} [{string.Join(',', p.Techniques)}] from «{string.Join(" + ", p.Spans.Select(s => s.FieldName + ":" + s.Text))}» truth [{string.Join(',', truth.Keys)}] in «{c.Ad.Title}» «{c.Ad.Body}» ({c.Ad.Country})");
                    }
                }

                foreach (var t in p.Techniques)
                {
                    Inc(reportedBy, t);
                    if (ok)
                    {
                        Inc(reportedOkBy, t);
                    }
                }
            }
        }

        var names = truthBy.Keys.Union(reportedBy.Keys, StringComparer.Ordinal).Order(StringComparer.Ordinal);
        var scores = names.Select(n => new TechniqueScore(n, Get(truthBy, n), Get(foundBy, n), Get(reportedBy, n), Get(reportedOkBy, n))).ToList();
        return new PhoneEvalReport(ads, tp, fp, fn, scores, misses, wrong);
    }

    private static void Inc(Dictionary<string, long> d, string key) => d[key] = Get(d, key) + 1;

    private static long Get(Dictionary<string, long> d, string key) => d.TryGetValue(key, out var v) ? v : 0;
}
