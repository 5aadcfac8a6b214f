using Threadline.Ingest.Ads;

namespace Threadline.Ingest.Tests.Ads;

/// <summary>Progress that runs its callback on the reporting thread (Progress&lt;T&gt; posts it elsewhere).</summary>
internal sealed class SyncProgress(Action<IngestProgress> report) : IProgress<IngestProgress>
{
    public void Report(IngestProgress value) => report(value);
}
