using System.Globalization;
using System.Text.Json;
using Threadline.Simulation.Actors;
using Threadline.Simulation.Core;
using Threadline.Simulation.Images;
using Threadline.Simulation.Output;
using Threadline.Simulation.Truth;

namespace Threadline.Simulation;

/// <summary>
/// Drives the generators group by group (a persona, an agency, a network…) so memory holds one group and one
/// batch of ads at a time, and picks the next kind by deficit against the profile mix so shares hold at any size.
/// </summary>
internal sealed class Engine : IDisposable
{
    private const int BatchSize = 25_000;
    private readonly WorldContext _ctx;
    private readonly IProgress<SimulationProgress>? _progress;
    private readonly CancellationToken _ct;
    private readonly SortedDictionary<string, IAdWriter> _writers = new(StringComparer.Ordinal);
    private readonly TruthSink _truth;
    private readonly BookingSink _bookings;
    private readonly TransactionSink _transactions;
    private readonly PhotoRenderer? _photos;
    private List<AdDraft> _batch = new(BatchSize + 4096);
    private Task? _writing;
    private readonly SortedDictionary<string, long> _byActor = new(StringComparer.Ordinal);
    private readonly Rng _rng;
    private long _written;
    private long _sequence;
    private long _personas;
    private long _networks;
    private long _agencies;
    private long _statementFiles;
    private long _imageFiles;

    public Engine(WorldContext ctx, IProgress<SimulationProgress>? progress, CancellationToken ct)
    {
        _ctx = ctx;
        _progress = progress;
        _ct = ct;
        _rng = Rng.For(ctx.Options.Seed, "engine");
        foreach (var site in ctx.World.Sites)
        {
            _writers[site.Name] = site.Format switch
            {
                "jsonl" => new JsonlAdWriter(ctx.Root, site.Name),
                "csv" => new CsvAdWriter(ctx.Root, site.Name),
                "html" => new HtmlAdWriter(ctx.Root, site.Name),
                _ => throw new InvalidDataException("unknown site format " + site.Format),
            };
        }

        _truth = new TruthSink(ctx.Root);
        _bookings = new BookingSink(ctx.Root);
        _transactions = new TransactionSink(ctx.Root);
        _photos = ctx.Options.Images ? new PhotoRenderer() : null;
    }

    public SimulationSummary Run()
    {
        var kinds = Kinds();
        var produced = new double[kinds.Count];
        var target = _ctx.Options.Ads;
        long total = 0;
        long group = 0;
        long background = 0;
        var perThousand = _ctx.Profiles.Background.StatementAccountsPer1000Ads;
        while (total < target)
        {
            _ct.ThrowIfCancellationRequested();
            var k = group < kinds.Count ? (int)group : Deficit(kinds, produced);
            var (name, share, _) = kinds[k];
            var budget = (int)Math.Clamp((share * target) - produced[k], 10, 5000);
            _ctx.ClearGroup();
            _ctx.Style = PickStyle(name, group);
            Generate(name, group, budget);
            var ads = _ctx.Ads;
            var take = (int)Math.Min(ads.Count, target - total);
            for (var i = 0; i < take; i++)
            {
                var ad = ads[i];
                ad.Sequence = _sequence++;
                _batch.Add(ad);
                if (ad.Version == 1 && ad.Actor is "independent" or "agency" or "trafficking" && _rng.Chance(0.05))
                {
                    _ctx.Remember(ad);
                }
            }

            total += take;
            produced[k] += Math.Max(take, 1);
            DrainGroup();
            group++;
            _ctx.Style = null;
            while (background < (total * perThousand / 1000.0) + 1)
            {
                _ctx.ClearGroup();
                BackgroundGenerator.Generate(_ctx, background++);
                DrainGroup();
            }

            if (_batch.Count >= BatchSize)
            {
                Flush();
            }
        }

        Flush();
        _writing?.GetAwaiter().GetResult();
        WriteWorld();
        return new SimulationSummary(_ctx.Root, _written, new SortedDictionary<string, long>(_byActor, StringComparer.Ordinal), _personas, _networks, _agencies, _bookings.Count, _transactions.Count, _statementFiles, _imageFiles, TimeSpan.Zero);
    }

    private List<(string Name, double Share, NetworkProfile? Network)> Kinds()
    {
        var p = _ctx.Profiles;
        var list = new List<(string, double, NetworkProfile?)>
        {
            ("independent", p.MixOf("independent"), null),
            ("agency", p.MixOf("agency"), null),
        };
        var networkShares = p.Networks.Sum(n => n.Share);
        foreach (var n in p.Networks)
        {
            list.Add(("trafficking:" + n.Name, networkShares > 0 ? p.MixOf("trafficking") * n.Share / networkShares : 0, n));
        }

        list.Add(("scam", p.MixOf("scam"), null));
        list.Add(("bot", p.MixOf("bot"), null));
        return list.Where(k => k.Item2 > 0).ToList();
    }

    /// <summary>
    /// The writing style of a group: one of the requested styles that apply to its actor kind, drawn from a stream of
    /// its own (so a world without styles draws nothing); null when none applies.
    /// </summary>
    private string? PickStyle(string kind, long group)
    {
        if (_ctx.Options.Styles.Count == 0)
        {
            return null;
        }

        var actor = kind.StartsWith("trafficking:", StringComparison.Ordinal) ? "trafficking" : kind;
        var fitting = _ctx.Options.Styles.Where(s => Styles.StyleCatalog.Actors(s).Contains(actor, StringComparer.Ordinal)).ToList();
        return fitting.Count switch
        {
            0 => null,
            1 => fitting[0],
            _ => fitting[Rng.For(_ctx.Options.Seed, "style", group).Next(fitting.Count)],
        };
    }

    private static int Deficit(List<(string Name, double Share, NetworkProfile? Network)> kinds, double[] produced)
    {
        var best = 0;
        var bestScore = double.MaxValue;
        for (var i = 0; i < kinds.Count; i++)
        {
            var score = produced[i] / kinds[i].Share;
            if (score < bestScore)
            {
                best = i;
                bestScore = score;
            }
        }

        return best;
    }

    private void Generate(string kind, long group, int budget)
    {
        switch (kind)
        {
            case "independent":
                IndependentGenerator.Generate(_ctx, group);
                break;
            case "agency":
                AgencyGenerator.Generate(_ctx, group, budget);
                _agencies++;
                break;
            case "scam":
                NoiseGenerator.Scam(_ctx, group);
                break;
            case "bot":
                NoiseGenerator.Bot(_ctx, group);
                break;
            default:
                var name = kind["trafficking:".Length..];
                NetworkGenerator.Generate(_ctx, group, _ctx.Profiles.Networks.First(n => n.Name == name), budget);
                _networks++;
                break;
        }
    }

    /// <summary>Writes what the current group produced besides its ads: truth, accounts, statements; bookings and transactions go to the batch.</summary>
    private void DrainGroup()
    {
        var style = _ctx.Style;
        foreach (var p in _ctx.Personas)
        {
            _truth.Persona(style is null ? p : p with { Style = style });
            _personas++;
        }

        foreach (var n in _ctx.Networks)
        {
            _truth.Network(style is null ? n : n with { Style = style });
        }

        foreach (var a in _ctx.Accounts)
        {
            _truth.Account(a);
        }

        foreach (var (account, txs) in _ctx.StatementAccounts)
        {
            _statementFiles += Camt053Writer.Write(_ctx.Root, account, txs, _ctx.Start, _ctx.End).Count;
        }

        foreach (var b in _ctx.Bookings)
        {
            _bookings.Add(b);
        }

        foreach (var t in _ctx.Transactions)
        {
            _transactions.Add(t);
        }
    }

    /// <summary>Hands the batch to the writer thread (one batch in flight at a time, so files keep their order).</summary>
    private void Flush()
    {
        _writing?.GetAwaiter().GetResult();
        var ads = _batch;
        var bookings = _bookings.Take();
        var transactions = _transactions.Take();
        _batch = new List<AdDraft>(BatchSize + 4096);
        _writing = Task.Run(() => WriteBatch(ads, bookings, transactions), _ct);
    }

    private void WriteBatch(List<AdDraft> batch, List<Money.Booking> bookings, List<Money.Tx> transactions)
    {
        batch.Sort(static (a, b) => a.PostedAt != b.PostedAt ? a.PostedAt.CompareTo(b.PostedAt) : a.Sequence.CompareTo(b.Sequence));
        var refs = new List<string>(4);
        var imageTruth = new List<ImageTruth>(4);
        foreach (var ad in batch)
        {
            var writer = _writers[ad.Site];
            refs.Clear();
            imageTruth.Clear();
            if (_photos is not null)
            {
                for (var i = 0; i < ad.Images.Count; i++)
                {
                    var spec = ad.Images[i];
                    var (bytes, ext) = _photos.Render(spec, ad.Site);
                    var file = ad.AdId + "-v" + ad.Version.ToString(CultureInfo.InvariantCulture) + "-" + i.ToString(CultureInfo.InvariantCulture) + ext;
                    var path = Path.Combine(_ctx.Root, Layout.Images, ad.Site, file);
                    if (_imageFiles == 0 || !Directory.Exists(Path.GetDirectoryName(path)))
                    {
                        Directory.CreateDirectory(Path.GetDirectoryName(path)!);
                    }

                    File.WriteAllBytes(path, bytes);
                    _imageFiles++;
                    refs.Add(writer.ImagePrefix + file);
                    imageTruth.Add(new ImageTruth(writer.ImagePrefix + file, spec.Photo, spec.Owner, spec.Transforms));
                }
            }

            var rel = writer.Write(ad, refs);
            _truth.Ad(ad.ToTruth(rel, imageTruth.ToArray()));
            _byActor[ad.Actor] = _byActor.GetValueOrDefault(ad.Actor) + 1;
            _written++;
        }

        _bookings.Write(bookings, _truth);
        _transactions.Write(transactions, _truth);
        _progress?.Report(new SimulationProgress(_written, _ctx.Options.Ads));
    }

    private void WriteWorld()
    {
        var o = _ctx.Options;
        var world = new
        {
            generator = "threadline-simulation",
            format_version = 1,
            seed = o.Seed,
            ads = o.Ads,
            images = o.Images,
            start = o.Start.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture),
            days = o.Days,
            profiles = _ctx.Profiles.Networks.Select(n => n.Name).ToArray(),
            sites = _ctx.World.Sites.Select(s => new { name = s.Name, format = s.Format }).ToArray(),
            platforms = _ctx.World.Platforms.Select(p => p.Name).ToArray(),
            ads_by_actor = _byActor,
            personas = _personas,
            trafficking_networks = _networks,
            agencies = _agencies,
            bookings = _bookings.Count,
            transactions = _transactions.Count,
            statement_files = _statementFiles,
            image_files = _imageFiles,
        };
        var indented = new JsonSerializerOptions { WriteIndented = true };
        var text = JsonSerializer.Serialize(world, indented);
        if (o.Styles.Count > 0)
        {
            // Only a styled world says so: the default world's file stays as it always was.
            var node = System.Text.Json.Nodes.JsonNode.Parse(text)!.AsObject();
            node.Add("styles", new System.Text.Json.Nodes.JsonArray([.. o.Styles.Select(s => (System.Text.Json.Nodes.JsonNode?)System.Text.Json.Nodes.JsonValue.Create(s))]));
            text = node.ToJsonString(indented);
        }

        File.WriteAllText(Path.Combine(_ctx.Root, Layout.Truth, TruthJson.World), text + "\n");
    }

    public void Dispose()
    {
        try
        {
            _writing?.GetAwaiter().GetResult();
        }
        catch (Exception e) when (e is IOException or OperationCanceledException or UnauthorizedAccessException)
        {
            // The run already failed or was cancelled; closing the files is all that is left to do.
        }

        foreach (var w in _writers.Values)
        {
            w.Dispose();
        }

        _truth.Dispose();
        _bookings.Dispose();
        _transactions.Dispose();
        _photos?.Dispose();
    }
}
