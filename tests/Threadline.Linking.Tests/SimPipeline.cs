using System.Globalization;
using Threadline.Core.IO;
using Threadline.Extraction;
using Threadline.Ingest.Ads;
using Threadline.Simulation;
using Threadline.Simulation.Truth;

namespace Threadline.Linking.Tests;

/// <summary>
/// The end-to-end path the CLI will take, in miniature: simulate a world, read its ad files with the
/// ingest readers, extract with Threadline.Extraction, map to <see cref="AdFeatures"/>, read the
/// bookings, and keep the simulator's truth for the metrics.
/// </summary>
internal sealed class SimPipeline
{
    public List<AdFeatures> Ads { get; } = [];

    public List<BookingRecord> Bookings { get; } = [];

    public Dictionary<string, string> PersonaOf { get; } = new(StringComparer.Ordinal);

    public Dictionary<string, string> NetworkOf { get; } = new(StringComparer.Ordinal);

    public Dictionary<string, string> KindOfPersona { get; } = new(StringComparer.Ordinal);

    public Dictionary<string, string> ProfileOf { get; } = new(StringComparer.Ordinal);

    public HashSet<string> TraffickingNetworks { get; } = new(StringComparer.Ordinal);

    public int Rejected { get; private set; }

    public static SimPipeline Run(string dir, int ads, long seed, bool images)
    {
        Simulator.Run(new SimulationOptions { Seed = seed, Ads = ads, Images = images }, dir);
        return Load(dir);
    }

    public static SimPipeline Load(string dir)
    {
        var p = new SimPipeline();
        var truthFolder = TruthSet.TruthFolder(dir);
        var truth = new Dictionary<(string, string), AdTruth>();
        foreach (var t in TruthSet.ReadAds(truthFolder))
        {
            truth.TryAdd((t.Site, t.AdId), t);
        }

        foreach (var persona in TruthSet.ReadPersonas(truthFolder))
        {
            p.KindOfPersona[persona.Id] = persona.Kind;
        }

        foreach (var n in TruthSet.ReadNetworks(truthFolder))
        {
            if (string.Equals(n.Kind, "trafficking", StringComparison.Ordinal))
            {
                p.TraffickingNetworks.Add(n.Id);
            }
        }

        var records = new List<AdRecord>();
        foreach (var file in InputFiles.Expand([Path.Combine(dir, "ads")]).Files)
        {
            foreach (var item in AdFileReader.Read(file))
            {
                if (item.Ad is { } ad)
                {
                    records.Add(ad);
                }
                else
                {
                    p.Rejected++;
                }
            }
        }

        var extractor = new AdExtractor();
        var features = new AdFeatures[records.Count];
        Parallel.For(0, records.Count, new ParallelOptions { MaxDegreeOfParallelism = 2 }, i => features[i] = Map(records[i], extractor));
        foreach (var (f, r) in features.Zip(records))
        {
            p.Ads.Add(f);
            if (truth.TryGetValue((r.Site, r.AdId ?? ""), out var t))
            {
                p.PersonaOf[f.AdId] = t.Persona;
                if (t.Network is not null)
                {
                    p.NetworkOf[f.AdId] = t.Network;
                }

                p.ProfileOf[f.AdId] = t.NetworkProfile ?? t.Actor;
            }
        }

        foreach (var file in Directory.EnumerateFiles(Path.Combine(dir, "bookings"), "*.csv").Order(StringComparer.Ordinal))
        {
            p.Bookings.AddRange(BookingCsvReader.ReadFile(file).Records);
        }

        return p;
    }

    /// <summary>An undated ad (no usable posted_at) sorts first, as the CLI's AdFeatureReader reads it from the workspace.</summary>
    private static DateTimeOffset Posted(AdRecord ad) => ad.PostedAt ?? DateTimeOffset.UnixEpoch;

    /// <summary>The mapping from an ingested, extracted ad to linking's input (what the CLI does from the workspace).</summary>
    internal static AdFeatures Map(AdRecord ad, AdExtractor extractor)
    {
        var x = extractor.Extract(new AdText(ad.Title, ad.Body, ad.Phone, ad.Country));
        var folder = Path.GetDirectoryName(ad.File) ?? ".";
        var hashes = new List<ulong>();
        foreach (var image in ad.Images)
        {
            if (!image.Contains("://", StringComparison.Ordinal))
            {
                var h = PerceptualHash.FromFile(Path.Combine(folder, image));
                if (h.Ok)
                {
                    hashes.Add(h.Hash);
                }
            }
        }

        return Threadline.Application.Link.AdFeatureMapper.FromExtraction(new AdFeatures
        {
            AdId = ad.Site + ":" + (ad.AdId ?? ad.Url) + "@" + Posted(ad).ToUnixTimeSeconds().ToString(CultureInfo.InvariantCulture),
            Site = ad.Site,
            Locator = ad.Url ?? ad.Locator,
            PostedAt = Posted(ad),
            City = ad.City,
            Country = ad.Country,
            Title = ad.Title,
            Body = ad.Body,
            ImageRefs = ad.Images,
        }, x, hashes);
    }
}
