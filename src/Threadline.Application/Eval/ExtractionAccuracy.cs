using System.Globalization;
using System.Text.Json;
using Threadline.Extraction;
using Threadline.Extraction.Evaluation;
using Threadline.Ingest.Ads;
using Threadline.Simulation.Truth;
using Threadline.Storage;

namespace Threadline.Application.Eval;

/// <summary>Phones the workspace extracted, against the true number behind every written phone string.</summary>
public static class ExtractionAccuracy
{
    public static EvalSection Measure(TruthSet truth, IWorkspaceStore store)
    {
        var section = new EvalSection("Extraction: phones");
        var truthByAd = new Dictionary<string, Dictionary<string, HashSet<string>>>(StringComparer.Ordinal);
        foreach (var ad in truth.Ads)
        {
            var id = AdStatements.AdId(ad.Site, ad.AdId, null);
            if (!truthByAd.TryGetValue(id, out var phones))
            {
                truthByAd[id] = phones = new Dictionary<string, HashSet<string>>(StringComparer.Ordinal);
            }

            foreach (var mention in ad.Phones)
            {
                if (!phones.TryGetValue(mention.E164, out var techniques))
                {
                    phones[mention.E164] = techniques = new HashSet<string>(StringComparer.Ordinal);
                }

                techniques.UnionWith(mention.Techniques);
            }
        }

        var found = new Dictionary<string, List<PhoneHit>>(StringComparer.Ordinal);
        foreach (var s in store.ReadStatements(new StatementQuery { Schema = "Advertisement", Property = "phone", Producer = ExtractionStatements.Producer }))
        {
            if (!found.TryGetValue(s.EntityId, out var list))
            {
                found[s.EntityId] = list = [];
            }

            if (list.TrueForAll(p => p.E164 != s.Value))
            {
                list.Add(new PhoneHit(s.Value, string.Empty, [], Techniques(s.Detail), [], false));
            }
        }

        if (found.Count == 0)
        {
            section.Notes.Add("No extracted phones in the workspace: run `threadline extract` first.");
            return section;
        }

        var cases = truthByAd.OrderBy(kv => kv.Key, StringComparer.Ordinal).Select(kv =>
        (
            Case: new PhoneEvalCase(kv.Key, new AdText(null, null, null, null), kv.Value.Select(p => new TruePhone(p.Key, [.. p.Value])).ToList()),
            Found: (IReadOnlyList<PhoneHit>)(found.TryGetValue(kv.Key, out var hits) ? hits : []))).ToList();
        var report = PhoneEvaluation.Score(cases);
        section.Add("ads", report.Ads, format: "N0");
        section.Add("true phones", report.TruePositives + report.FalseNegatives, format: "N0");
        section.Add("phone precision", report.Precision, "≥ 0.995", report.Precision >= 0.995);
        section.Add("phone recall", report.Recall, "≥ 0.98", report.Recall >= 0.98);
        AddLanguage(section, truth, store);
        section.Tables.Add(new EvalTable(
            "Phone recall by writing technique (simulator's names)",
            ["technique", "true mentions", "found", "recall"],
            [.. report.Techniques.OrderBy(t => t.Technique, StringComparer.Ordinal).Select(t => (IReadOnlyList<string>)
            [
                t.Technique,
                t.TrueMentions.ToString("N0", CultureInfo.InvariantCulture),
                t.Found.ToString("N0", CultureInfo.InvariantCulture),
                t.Recall.ToString("F4", CultureInfo.InvariantCulture),
            ])]));
        if (TruthStyles.AnyStyled(truth))
        {
            var styleOf = TruthStyles.Of(truth);
            section.Tables.Add(new EvalTable(
                "Phones by writing style",
                ["style", "ads", "true phones", "precision", "recall"],
                [.. PhoneEvaluation.ScoreByGroup(cases.Select(c => (c.Case, c.Found, styleOf[c.Case.Id]))).Select(g => (IReadOnlyList<string>)
                [
                    g.Key,
                    g.Value.Ads.ToString("N0", CultureInfo.InvariantCulture),
                    (g.Value.TruePositives + g.Value.FalseNegatives).ToString("N0", CultureInfo.InvariantCulture),
                    g.Value.Precision.ToString("F4", CultureInfo.InvariantCulture),
                    g.Value.Recall.ToString("F4", CultureInfo.InvariantCulture),
                ])]));
        }

        foreach (var miss in report.Misses.Take(5))
        {
            section.Notes.Add("missed: " + miss);
        }

        foreach (var wrong in report.WrongFinds.Take(5))
        {
            section.Notes.Add("wrong: " + wrong);
        }

        return section;
    }

    /// <summary>Share of ads whose detected language is the one the simulator wrote them in.</summary>
    private static void AddLanguage(EvalSection section, TruthSet truth, IWorkspaceStore store)
    {
        var detected = new Dictionary<string, string>(StringComparer.Ordinal);
        foreach (var s in store.ReadStatements(new StatementQuery { Schema = "Advertisement", Property = "language", Producer = ExtractionStatements.Producer }))
        {
            detected.TryAdd(s.EntityId, s.Value);
        }

        var ads = 0;
        var right = 0;
        foreach (var ad in truth.Ads.DistinctBy(a => AdStatements.AdId(a.Site, a.AdId, null)))
        {
            if (detected.TryGetValue(AdStatements.AdId(ad.Site, ad.AdId, null), out var language))
            {
                ads++;
                right += string.Equals(language, ad.Language, StringComparison.Ordinal) ? 1 : 0;
            }
        }

        if (ads > 0)
        {
            section.Add("language of the ad, share right", right / (double)ads);
        }
    }

    private static List<string> Techniques(string? detail)
    {
        if (string.IsNullOrEmpty(detail))
        {
            return [];
        }

        using var doc = JsonDocument.Parse(detail);
        return doc.RootElement.TryGetProperty("techniques", out var t) && t.ValueKind == JsonValueKind.Array
            ? [.. t.EnumerateArray().Select(e => e.GetString() ?? string.Empty)]
            : [];
    }
}
