using Threadline.Ingest.Ads;
using Threadline.Simulation.Truth;
using Threadline.Storage;

namespace Threadline.Application.Eval;

/// <summary>Did every simulated ad reach the workspace exactly once, with every version of its text?</summary>
public static class IngestCoverage
{
    public static EvalSection Measure(TruthSet truth, IWorkspaceStore store)
    {
        var section = new EvalSection("Ingest coverage");
        var expected = new HashSet<string>(StringComparer.Ordinal);
        var versions = new Dictionary<string, int>(StringComparer.Ordinal);
        foreach (var ad in truth.Ads)
        {
            var id = AdStatements.AdId(ad.Site, ad.AdId, null);
            expected.Add(id);
            versions[id] = versions.TryGetValue(id, out var v) ? v + 1 : 1;
        }

        var present = new HashSet<string>(store.EntitiesChangedSince("Advertisement", 0), StringComparer.Ordinal);
        var found = expected.Count(present.Contains);
        var extra = present.Count(id => !expected.Contains(id));
        var postedAt = new Dictionary<string, int>(StringComparer.Ordinal);
        foreach (var s in store.ReadStatements(new StatementQuery { Schema = "Advertisement", Property = "postedAt" }))
        {
            postedAt[s.EntityId] = postedAt.TryGetValue(s.EntityId, out var n) ? n + 1 : 1;
        }

        var versionsExpected = versions.Values.Sum();
        var versionsFound = versions.Sum(kv => Math.Min(kv.Value, postedAt.GetValueOrDefault(kv.Key)));
        var coverage = expected.Count == 0 ? 1 : (double)found / expected.Count;
        section.Add("simulated ads", expected.Count, format: "N0");
        section.Add("ingested once", found, format: "N0");
        section.Add("missing", expected.Count - found, "0", expected.Count == found, "N0");
        section.Add("in workspace but not simulated", extra, format: "N0");
        section.Add("coverage", coverage, "1.0000", found == expected.Count);
        section.Add("ad versions (re-posts) kept", versionsExpected == 0 ? 1 : (double)versionsFound / versionsExpected, "1.0000", versionsFound == versionsExpected);
        return section;
    }
}
