using System.Diagnostics;
using System.Text.Json;
using Threadline.Core.Statements;
using Threadline.Linking;
using Threadline.Application.Jobs;
using Threadline.Storage;

namespace Threadline.Application.Link;

/// <summary>
/// Links the whole workspace from scratch (linking is global: a new ad can merge two personas), then
/// replaces the previous run's judgements. The full result (templates, hubs, movement) is kept in
/// the workspace for <c>networks</c> and <c>report</c>.
/// </summary>
public static class LinkJob
{
    /// <summary>Where workspaces linked before results were records kept the whole result (one gzip blob).</summary>
    public const string LegacyResultKey = "link.result";

    /// <param name="store">The workspace.</param>
    /// <param name="imagesRoot">The folder photos are read from (null: each export's own folder).</param>
    /// <param name="progress">Told each stage as it starts.</param>
    /// <param name="cancellationToken">Checked between stages; a cancelled run leaves the previous results in place.</param>
    /// <param name="scorePersonas">Also run the scored persona model after the persona rules (issue 15 item 2; on by default,
    /// <c>threadline link --no-persona-model</c> leaves it out; see docs/linking.md).</param>
    public static LinkRun Run(IWorkspaceStore store, string? imagesRoot = null, IProgress<JobProgress>? progress = null, CancellationToken cancellationToken = default, bool scorePersonas = true)
    {
        ArgumentNullException.ThrowIfNull(store);
        var watch = Stopwatch.StartNew();
        void stage(string name)
        {
            cancellationToken.ThrowIfCancellationRequested();
            progress?.Report(new JobProgress(name));
        }

        stage("hashing photos");
        var (hashes, hashed, failed) = ImageHashJob.Run(store, imagesRoot);
        stage("reading ads");
        var (linked, storageRank, adCount, bookingCount) = Link(store, hashes, stage, scorePersonas);
        cancellationToken.ThrowIfCancellationRequested();

        // Ids carry over from the last run (a note or case naming a network must not be orphaned), and every
        // merge, split or dissolution is appended to the lineage.
        stage("keeping ids stable");
        var lineage = LinkResults.Lineage(store);
        var previous = Load(store) is { } last ? PreviousGroups.Of(last, Retired(lineage)) : new PreviousGroups { Retired = Retired(lineage) };
        var at = DateTimeOffset.UtcNow;
        var (result, changes) = IdReconciler.Reconcile(linked, previous, at);
        stage("writing judgements");
        store.DeleteByProducer(LinkStatements.Producer);
        var batch = new List<Statement>(20_000);
        var written = default(WriteSummary);

        // Each ad's persona is written in the order the store keeps the ads, so the writes touch the
        // statement indexes in order instead of all over them.
        var inStorageOrder = result.Assignments.OrderBy(a => storageRank.GetValueOrDefault(a.AdId, int.MaxValue)).ToList();
        foreach (var statement in LinkStatements.For(result with { Assignments = inStorageOrder }))
        {
            batch.Add(statement);
            if (batch.Count == 20_000)
            {
                written += store.Write(batch);
                batch.Clear();
            }
        }

        if (batch.Count > 0)
        {
            written += store.Write(batch);
        }

        stage("keeping the results");
        LinkResults.Save(store, result, at);
        LinkResults.AppendLineage(store, changes);

        return new LinkRun(result, adCount, bookingCount, hashed, failed, written, watch.Elapsed, changes);
    }

    /// <summary>Reads and links; the ads (with their texts) are dropped when it returns, before the result is written.</summary>
    private static (LinkResult Result, Dictionary<string, int> StorageRank, int Ads, int Bookings) Link(IWorkspaceStore store, IReadOnlyDictionary<string, ulong> hashes, Action<string> stage, bool scorePersonas)
    {
        var (ads, storageRank) = AdFeatureReader.ReadWithStorageRank(store, hashes);
        var bookings = BookingIngest.Read(store);
        stage($"linking {ads.Count:N0} ads and {bookings.Count:N0} bookings");
        return (Linker.Link(ads, bookings, new LinkOptions { CityKey = Threadline.Extraction.CityKeys.Key, ScorePersonas = scorePersonas }), storageRank, ads.Count, bookings.Count);
    }

    private static HashSet<string> Retired(IReadOnlyList<IdChange> lineage) =>
        lineage.Where(c => c.Type != IdChangeType.Split).Select(c => c.OldId).ToHashSet(StringComparer.Ordinal);

    /// <summary>The result of the last run, or null when linking never ran. Workspaces linked before results were kept as records still load (their one stored blob).</summary>
    public static LinkResult? Load(IWorkspaceStore store)
    {
        if (LinkResults.Load(store) is { } result)
        {
            return result;
        }

        var legacy = StoredResult.Load<LinkResult>(store, LegacyResultKey, LinkStatements.Json);
        if (legacy is null)
        {
            return null;
        }

        var templateOf = new Dictionary<string, string>(StringComparer.Ordinal);
        foreach (var template in legacy.Templates)
        {
            foreach (var ad in template.AdIds)
            {
                templateOf.TryAdd(ad, template.Id);
            }
        }

        return legacy with
        {
            Assignments = legacy.Personas
                .SelectMany(p => p.AdIds.Select(ad => new AdAssignment(ad, p.Id, p.NetworkId, templateOf.GetValueOrDefault(ad))))
                .OrderBy(a => a.AdId, StringComparer.Ordinal)
                .ToList(),
        };
    }
}

/// <summary>What a link run did.</summary>
public sealed record LinkRun(LinkResult Result, int Ads, int Bookings, int ImagesHashed, int ImagesFailed, WriteSummary Statements, TimeSpan Elapsed, IReadOnlyList<IdChange> IdChanges);
