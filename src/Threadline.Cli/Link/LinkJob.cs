using System.Diagnostics;
using System.Text.Json;
using Threadline.Cli.Bookings;
using Threadline.Core.Statements;
using Threadline.Linking;
using Threadline.Storage;

namespace Threadline.Cli.Link;

/// <summary>
/// Links the whole workspace from scratch (linking is global: a new ad can merge two personas), then
/// replaces the previous run's judgements. The full result (templates, hubs, movement) is kept in
/// the workspace for <c>networks</c> and <c>report</c>.
/// </summary>
internal static class LinkJob
{
    public const string ResultKey = "link.result";

    public static LinkRun Run(IWorkspaceStore store, Action<string>? stage = null)
    {
        var watch = Stopwatch.StartNew();
        stage?.Invoke("hashing photos");
        var (hashes, hashed, failed) = ImageHashJob.Run(store);
        stage?.Invoke("reading ads");
        var ads = AdFeatureReader.Read(store, hashes).ToList();
        var bookings = BookingIngest.Read(store).ToList();
        stage?.Invoke($"linking {ads.Count:N0} ads and {bookings.Count:N0} bookings");
        var result = Linker.Link(ads, bookings);
        stage?.Invoke("writing judgements");
        store.DeleteByProducer(LinkStatements.Producer);
        var batch = new List<Statement>(20_000);
        var written = default(WriteSummary);
        foreach (var statement in LinkStatements.For(result))
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

        store.SetMeta(ResultKey, JsonSerializer.Serialize(result with { Assignments = [] }, LinkStatements.Json));
        return new LinkRun(result, ads.Count, bookings.Count, hashed, failed, written, watch.Elapsed);
    }

    /// <summary>The result of the last run, or null when linking never ran.</summary>
    public static LinkResult? Load(IWorkspaceStore store)
    {
        var json = store.GetMeta(ResultKey);
        if (json is null)
        {
            return null;
        }

        // Assignments are not stored twice: they follow from the personas and templates.
        var result = JsonSerializer.Deserialize<LinkResult>(json, LinkStatements.Json)!;
        var templateOf = new Dictionary<string, string>(StringComparer.Ordinal);
        foreach (var template in result.Templates)
        {
            foreach (var ad in template.AdIds)
            {
                templateOf.TryAdd(ad, template.Id);
            }
        }

        var assignments = result.Personas
            .SelectMany(p => p.AdIds.Select(ad => new AdAssignment(ad, p.Id, p.NetworkId, templateOf.GetValueOrDefault(ad))))
            .OrderBy(a => a.AdId, StringComparer.Ordinal)
            .ToList();
        return result with { Assignments = assignments };
    }
}

/// <summary>What a link run did.</summary>
internal sealed record LinkRun(LinkResult Result, int Ads, int Bookings, int ImagesHashed, int ImagesFailed, WriteSummary Statements, TimeSpan Elapsed);
