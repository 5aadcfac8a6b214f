using System.Diagnostics;
using System.Globalization;
using Threadline.Core.Statements;
using Threadline.Extraction;
using Threadline.Application.Jobs;
using Threadline.Storage;

namespace Threadline.Application.Extract;

/// <summary>
/// Runs extraction over the workspace: only ads that are new or changed since the last run, unless
/// asked to redo everything. Reading, extracting (on all cores) and writing overlap.
/// </summary>
public static class ExtractJob
{
    /// <summary>Meta key holding the change sequence up to which ads were extracted.</summary>
    public const string WatermarkKey = "extract.sequence";

    /// <summary>What extraction reads of an ad (of its dozen properties): the texts, the phone field and the country.</summary>
    private static readonly string[] TextProperties = ["title", "body", "phoneRaw", "country"];

    /// <summary>Extracts from the ads new or changed since the last run (all ads when <paramref name="all"/>).</summary>
    public static ExtractSummary Run(IWorkspaceStore store, bool all, IProgress<JobProgress>? progress = null, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(store);
        var watch = Stopwatch.StartNew();
        var extractor = new AdExtractor();
        var watermark = all ? 0 : long.Parse(store.GetMeta(WatermarkKey) ?? "0", CultureInfo.InvariantCulture);
        if (all)
        {
            store.DeleteByProducer(ExtractionStatements.Producer);
        }

        IEnumerable<Entity> ads;
        long total;
        if (watermark == 0)
        {
            total = store.CountEntities("Advertisement");
            ads = store.EntitiesInStorageOrder("Advertisement", TextProperties);
        }
        else
        {
            var changed = store.EntitiesChangedSince("Advertisement", watermark).ToList();
            total = changed.Count;
            ads = ByIds(store, changed);
        }

        var referenceWritten = new System.Collections.Concurrent.ConcurrentDictionary<string, byte>(StringComparer.Ordinal);
        var (written, count) = ParallelPipeline.Run(
            ads,
            ad => ExtractionStatements.For(ad, extractor, referenceWritten),
            store,
            batchSize: 20_000,
            done => progress?.Report(new JobProgress("extracting", done, total)),
            cancellationToken);

        // Our own writes bump the ads' sequence too: the next run starts after them.
        store.SetMeta(WatermarkKey, store.LastSequence().ToString(CultureInfo.InvariantCulture));
        return new ExtractSummary(count, written, watch.Elapsed);
    }

    private static IEnumerable<Entity> ByIds(IWorkspaceStore store, List<string> ids)
    {
        for (var i = 0; i < ids.Count; i += 512)
        {
            var chunk = ids.GetRange(i, Math.Min(512, ids.Count - i));
            foreach (var entity in Entity.FromStatements(store.ReadStatements(new StatementQuery { EntityIds = chunk })))
            {
                if (entity.Schema == "Advertisement")
                {
                    yield return entity;
                }
            }
        }
    }
}

/// <summary>What an extraction run did.</summary>
public sealed record ExtractSummary(long Ads, WriteSummary Statements, TimeSpan Elapsed);
