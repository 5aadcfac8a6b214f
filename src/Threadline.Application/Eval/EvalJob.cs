using Threadline.Application.Jobs;
using Threadline.Application.Link;
using Threadline.Application.Money;
using Threadline.Simulation.Truth;
using Threadline.Storage;

namespace Threadline.Application.Eval;

/// <summary>Measures a workspace against a simulated world's ground truth: ingest, extraction, linking and money.</summary>
public static class EvalJob
{
    /// <summary>The truth written next to a simulated world.</summary>
    /// <exception cref="JobException">No truth there, or a damaged one.</exception>
    public static TruthSet LoadTruth(string folder)
    {
        try
        {
            return TruthSet.Load(folder);
        }
        catch (Exception ex) when (ex is DirectoryNotFoundException or FileNotFoundException or InvalidDataException)
        {
            throw new JobException(ex.Message, ex);
        }
    }

    /// <summary>Every section of the evaluation.</summary>
    public static IReadOnlyList<EvalSection> Measure(TruthSet truth, IWorkspaceStore store, IProgress<JobProgress>? progress = null, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(truth);
        ArgumentNullException.ThrowIfNull(store);
        var sections = new List<EvalSection>();
        foreach (var (stage, measure) in new (string, Func<EvalSection>)[]
        {
            ("ingest coverage", () => IngestCoverage.Measure(truth, store)),
            ("extraction", () => ExtractionAccuracy.Measure(truth, store)),
            ("linking", () => LinkingAccuracy.Measure(truth, LinkJob.Load(store))),
            ("money", () => MoneyAccuracy.Measure(truth, MoneyJob.Load(store), PaymentStatements.Read(store))),
        })
        {
            cancellationToken.ThrowIfCancellationRequested();
            progress?.Report(new JobProgress(stage, sections.Count, 4));
            sections.Add(measure());
        }

        return sections;
    }
}
