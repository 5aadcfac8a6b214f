using Threadline.Application.Jobs;
using Threadline.Application.Link;
using Threadline.Application.Money;
using Threadline.Linking;
using Threadline.Storage;

namespace Threadline.Application.Report;

/// <summary>Writes the self-contained HTML report, its JSON twin and the money results into a folder.</summary>
public static class ReportJob
{
    /// <summary>The paths of report.html and report.json.</summary>
    /// <exception cref="JobException">Linking has not run in this workspace.</exception>
    public static (string Html, string Json) Write(IWorkspaceStore store, string directory, bool flaggedOnly, IProgress<JobProgress>? progress = null, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(store);
        progress?.Report(new JobProgress("reading the link results"));
        var result = LinkJob.Load(store) ?? throw new JobException("no link results in this workspace: run `threadline link` first");
        cancellationToken.ThrowIfCancellationRequested();
        Directory.CreateDirectory(directory);
        var money = MoneyJob.Load(store);
        if (money is not null)
        {
            File.WriteAllText(Path.Combine(directory, "money.json"), System.Text.Json.JsonSerializer.Serialize(money, LinkStatements.Json));
        }

        progress?.Report(new JobProgress("writing the report"));
        return ReportRenderer.WriteFiles(directory, result, AdFeatureReader.Read(store, new Dictionary<string, ulong>(StringComparer.Ordinal)), new ReportOptions
        {
            FlaggedOnly = flaggedOnly,
            Subtitle = LinkResult.LeadNotice,
            ExtraSections = MoneySections.For(money, result),
            PhotoData = new ReportPhotos(store).DataUri,
        });
    }
}
