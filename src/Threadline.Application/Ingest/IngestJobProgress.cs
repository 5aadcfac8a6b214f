using System.Globalization;
using Threadline.Ingest.Pipeline;

namespace Threadline.Application.Ingest;

/// <summary>The pipeline's progress as every job reports it: bytes read of all, with the file and the counts as detail.</summary>
internal static class IngestJobProgress
{
    public static IProgress<IngestProgress>? Of(IProgress<JobProgress>? progress, string stage) =>
        progress is null
            ? null
            : new Relay(p => progress.Report(new JobProgress(
                stage,
                p.BytesRead,
                p.BytesTotal,
                string.Create(CultureInfo.InvariantCulture, $"({p.FileNumber}/{p.FileCount}) {p.Accepted:N0} ok, {p.Rejected:N0} rejected"))));

    /// <summary>Reports on the caller's thread at once (the pipeline reports from its writing thread only).</summary>
    private sealed class Relay(Action<IngestProgress> report) : IProgress<IngestProgress>
    {
        public void Report(IngestProgress value) => report(value);
    }
}
