using System.Diagnostics;
using System.Globalization;
using Threadline.Linking;

namespace Threadline.Bench;

/// <summary>
/// Whole-pipeline benchmark of linking: <c>link [--ads N] [--scaling] [--report DIR]</c>.
/// Builds a synthetic market (independents, agencies, rotating networks, scam copies, a site number;
/// texts from shared sentence banks as the simulator writes them), links it, and prints time per stage,
/// throughput, peak memory and the clustering metrics against the generator's truth.
/// <c>--scaling</c> runs 100k then the requested size to show how time grows.
/// </summary>
public sealed class LinkingBench : IBenchScript
{
    public string Name => "link";

    public string Description => "link N synthetic ads (default 1,000,000), or --sim DIR [--simulate N] [--seed S] [--diagnose] [--dump FILE]: simulate, read, extract, link; time, memory, metrics, where personas split or merge; --dump writes one tab-separated row per ad (truth and predicted persona and network, names and ages as linking read them, phones, city, time, text)";

    public int Run(string[] args)
    {
        var count = 1_000_000;
        var scaling = false;
        var diagnose = false;
        string? sim = null;
        var simulate = 0;
        var seed = 42;
        string? report = null;
        string? dump = null;
        string? features = null;
        var styles = new List<string>();
        for (var i = 0; i < args.Length; i++)
        {
            switch (args[i])
            {
                case "--ads": count = int.Parse(args[++i], CultureInfo.InvariantCulture); break;
                case "--scaling": scaling = true; break;
                case "--report": report = args[++i]; break;
                case "--diagnose": diagnose = true; break;
                case "--dump": dump = args[++i]; break;
                case "--features": features = args[++i]; break;
                case "--sim": sim = args[++i]; break;
                case "--simulate": simulate = int.Parse(args[++i], CultureInfo.InvariantCulture); break;
                case "--seed": seed = int.Parse(args[++i], CultureInfo.InvariantCulture); break;
                case "--style": styles.AddRange(args[++i].Split(',', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries)); break;
                default: Console.Error.WriteLine("unknown option " + args[i]); return 2;
            }
        }

        if (sim is not null)
        {
            return SimulatedRun(sim, simulate, seed, Threadline.Simulation.Styles.StyleCatalog.Expand(styles), report, diagnose, dump, features);
        }

        if (scaling && count > 100_000)
        {
            RunOnce(100_000, null, false);
        }

        RunOnce(count, report, diagnose);
        return 0;
    }

    private static void RunOnce(int count, string? report, bool diagnose)
    {
        var clock = Stopwatch.StartNew();
        var market = Market.Generate(count, seed: 20230214);
        var generate = clock.Elapsed.TotalSeconds;
        Console.WriteLine(Inv($"generated {market.Ads.Count:N0} ads, {market.Bookings.Count:N0} bookings in {generate:F1} s"));
        GC.Collect();
        clock.Restart();
        var result = Linker.Link(market.Ads, market.Bookings);
        var link = clock.Elapsed.TotalSeconds;
        Console.WriteLine(Inv($"linked {count:N0} ads in {link:F1} s ({count / link:N0} ads/s), {PeakMemory.Describe()}"));
        Console.WriteLine("  stages: " + string.Join(", ", result.Statistics.StageSeconds.Select(kv => Inv($"{kv.Key} {kv.Value:F1}s"))));
        Console.WriteLine(Inv($"  {result.Personas.Count:N0} personas, {result.Networks.Count:N0} networks ({result.Networks.Count(n => n.Flagged):N0} flagged), {result.Templates.Count:N0} templates, {result.Hubs.Count:N0} hubs, largest network {result.Statistics.LargestNetworkAds:N0} ads"));
        var persona = ClusteringMetrics.Compare(market.Ads.Select(a => (string?)market.PersonaOf[a.AdId]).ToList(), result.Assignments.Select(a => (string?)a.PersonaId).ToList());
        var network = ClusteringMetrics.Compare(
            market.Ads.Select(a => (string?)(market.NetworkOf.GetValueOrDefault(a.AdId) ?? market.PersonaOf[a.AdId])).ToList(),
            result.Assignments.Select(a => (string?)(a.NetworkId ?? a.PersonaId)).ToList());
        Console.WriteLine(Inv($"  persona  P {persona.Precision:F3} R {persona.Recall:F3} F1 {persona.F1:F3} ARI {persona.AdjustedRandIndex:F3}"));
        Console.WriteLine(Inv($"  network  P {network.Precision:F3} R {network.Recall:F3} F1 {network.F1:F3} ARI {network.AdjustedRandIndex:F3}"));
        var found = NetworkEvaluation.TraffickingFound(result, market.NetworkOf, market.Trafficking);
        Console.WriteLine(Inv($"  trafficking networks found among flagged: {found.Found}/{found.TrueNetworks} ({found.Share:P1})"));
        foreach (var m in NetworkEvaluation.InsideFlagged(result, market.PersonaOf, market.KindOf))
        {
            Console.WriteLine(Inv($"  {m.Kind,-12} personas inside a flagged network: {m.InsideFlagged}/{m.Personas} ({m.Share:P2})"));
        }

        if (diagnose)
        {
            Diagnose(market, result);
        }

        if (report is not null)
        {
            clock.Restart();
            var (html, json) = ReportRenderer.WriteFiles(report, result, market.Ads);
            Console.WriteLine(Inv($"  report {html} ({new FileInfo(html).Length / 1024:N0} KiB) and {json} ({new FileInfo(json).Length / 1024:N0} KiB) in {clock.Elapsed.TotalSeconds:F1} s"));
        }
    }

    /// <summary>The whole path on the simulator's files: (simulate,) read with the ingest readers, extract, link, compare with the truth.</summary>
    private static int SimulatedRun(string dir, int simulate, int seed, IReadOnlyList<string> styles, string? report, bool diagnose, string? dump, string? features = null)
    {
        var clock = Stopwatch.StartNew();
        if (simulate > 0)
        {
            Threadline.Simulation.Simulator.Run(new Threadline.Simulation.SimulationOptions { Seed = seed, Ads = simulate, Styles = styles }, dir);
            Console.WriteLine(Inv($"simulated {simulate:N0} ads in {clock.Elapsed.TotalSeconds:F1} s"));
            clock.Restart();
        }

        var records = new List<Threadline.Ingest.Ads.AdRecord>();
        AdFeatures[] ads;
        if (features is not null && File.Exists(features))
        {
            // What extraction found, saved by an earlier run on the same world (--features FILE): linking only.
            using var cached = File.OpenRead(features);
            ads = System.Text.Json.JsonSerializer.Deserialize<AdFeatures[]>(cached) ?? [];
            Console.WriteLine(Inv($"read {ads.Length:N0} extracted ads from {features} in {clock.Elapsed.TotalSeconds:F1} s"));
        }
        else
        {
            foreach (var file in Threadline.Core.IO.InputFiles.Expand([Path.Combine(dir, "ads")]).Files)
            {
                records.AddRange(Threadline.Ingest.Ads.AdFileReader.Read(file).Where(x => x.Ad is not null).Select(x => x.Ad!));
            }

            Console.WriteLine(Inv($"read {records.Count:N0} ads in {clock.Elapsed.TotalSeconds:F1} s, {PeakMemory.Describe()}"));
            clock.Restart();
            var extractor = new Threadline.Extraction.AdExtractor();
            ads = new AdFeatures[records.Count];
            Parallel.For(0, records.Count, new ParallelOptions { MaxDegreeOfParallelism = 2 }, i => ads[i] = MapAd(records[i], extractor));
            var extract = clock.Elapsed.TotalSeconds;
            Console.WriteLine(Inv($"extracted in {extract:F1} s ({records.Count / extract:N0} ads/s), {PeakMemory.Describe()}"));
            if (features is not null)
            {
                using var saved = File.Create(features);
                System.Text.Json.JsonSerializer.Serialize(saved, ads);
            }
        }

        var bookings = Directory.EnumerateFiles(Path.Combine(dir, "bookings"), "*.csv").Order(StringComparer.Ordinal).SelectMany(f => BookingCsvReader.ReadFile(f).Records).ToList();
        var truthFolder = Threadline.Simulation.Truth.TruthSet.TruthFolder(dir);
        var truth = new Dictionary<(string, string), Threadline.Simulation.Truth.AdTruth>();
        foreach (var t in Threadline.Simulation.Truth.TruthSet.ReadAds(truthFolder))
        {
            truth.TryAdd((t.Site, t.AdId), t);
        }

        var kinds = Threadline.Simulation.Truth.TruthSet.ReadPersonas(truthFolder).ToDictionary(p => p.Id, p => p.Kind, StringComparer.Ordinal);
        var trafficking = Threadline.Simulation.Truth.TruthSet.ReadNetworks(truthFolder).Where(n => n.Kind == "trafficking").Select(n => n.Id).ToHashSet(StringComparer.Ordinal);
        records.Clear();
        clock.Restart();
        var result = Linker.Link(ads, bookings, new LinkOptions { CityKey = Threadline.Extraction.CityKeys.Key, ScorePersonas = Environment.GetEnvironmentVariable("THREADLINE_PERSONA_MODEL") != "0" });
        var link = clock.Elapsed.TotalSeconds;
        Console.WriteLine(Inv($"linked in {link:F1} s ({ads.Length / link:N0} ads/s), {PeakMemory.Describe()}"));
        Console.WriteLine("  stages: " + string.Join(", ", result.Statistics.StageSeconds.Select(kv => Inv($"{kv.Key} {kv.Value:F1}s"))));
        if (result.PersonaModel is { } model)
        {
            Console.WriteLine(Inv($"  persona model: {model.CandidatePairs:N0} candidate pairs, λ {model.Lambda:F4}, {model.Merges:N0} joins, {model.Refused:N0} refused by a constraint"));
            foreach (var c in model.Comparisons)
            {
                Console.WriteLine("    " + c.Name + ": " + string.Join("; ", c.Levels.Select(l => Inv($"{l.Level} {l.Weight:+0.0;-0.0}"))));
            }
        }

        var personaOf = new Dictionary<string, string>(StringComparer.Ordinal);
        var networkOf = new Dictionary<string, string>(StringComparer.Ordinal);
        foreach (var ad in ads)
        {
            var key = ad.AdId[..ad.AdId.LastIndexOf('@')];
            var colon = key.IndexOf(':', StringComparison.Ordinal);
            if (truth.TryGetValue((key[..colon], key[(colon + 1)..]), out var t))
            {
                personaOf[ad.AdId] = t.Persona;
                if (t.Network is not null)
                {
                    networkOf[ad.AdId] = t.Network;
                }
            }
        }

        if (Environment.GetEnvironmentVariable("THREADLINE_DECISIONS") is not null)
        {
            foreach (var d in result.Personas.SelectMany(p => p.Decisions))
            {
                var same = string.Equals(personaOf.GetValueOrDefault(d.AdA), personaOf.GetValueOrDefault(d.AdB), StringComparison.Ordinal);
                var na = ads.First(a => a.AdId == d.AdA);
                var nb = ads.First(a => a.AdId == d.AdB);
                Console.WriteLine(Inv($"  join {(same ? "OK " : "BAD")} w {d.MatchWeight:F1} [{string.Join('|', na.Names)}/{string.Join('|', na.Ages)} ~ {string.Join('|', nb.Names)}/{string.Join('|', nb.Ages)}] ") + string.Join("; ", d.Levels.Select(l => Inv($"{l.Comparison}: {l.Level} {l.Weight:+0.0;-0.0}"))));
            }
        }

        var known = result.Assignments.Where(a => personaOf.ContainsKey(a.AdId)).ToList();
        var persona = ClusteringMetrics.Compare(known.Select(a => (string?)personaOf[a.AdId]).ToList(), known.Select(a => (string?)a.PersonaId).ToList());
        var network = ClusteringMetrics.Compare(known.Select(a => (string?)(networkOf.GetValueOrDefault(a.AdId) ?? personaOf[a.AdId])).ToList(), known.Select(a => (string?)(a.NetworkId ?? a.PersonaId)).ToList());
        Console.WriteLine(Inv($"  persona  P {persona.Precision:F3} R {persona.Recall:F3} F1 {persona.F1:F3} ARI {persona.AdjustedRandIndex:F3}"));
        Console.WriteLine(Inv($"  network  P {network.Precision:F3} R {network.Recall:F3} F1 {network.F1:F3} ARI {network.AdjustedRandIndex:F3}"));
        var found = NetworkEvaluation.TraffickingFound(result, networkOf, trafficking);
        var whole = NetworkEvaluation.TraffickingFound(result, networkOf, trafficking, minShare: 0.8);
        Console.WriteLine(Inv($"  trafficking networks found among flagged: {found.Found}/{found.TrueNetworks} ({found.Share:P1}); as one flagged lead (80% of its ads): {whole.Found}/{whole.TrueNetworks}{(whole.Missed.Count > 0 ? " missed " + string.Join(" ", whole.Missed) : "")}"));
        if (whole.Missed.Count > 0)
        {
            // Where each missed network's ads went: the predicted networks (or lone personas) holding them, flag and score.
            var nets = result.Networks.ToDictionary(x => x.Id, StringComparer.Ordinal);
            foreach (var missed in whole.Missed)
            {
                var parts = result.Assignments.Where(a => networkOf.GetValueOrDefault(a.AdId) == missed)
                    .GroupBy(a => a.NetworkId ?? "persona " + a.PersonaId, StringComparer.Ordinal)
                    .Select(g => (g.Key, Ads: g.Count(), Net: nets.GetValueOrDefault(g.Key))).OrderByDescending(x => x.Ads).ToList();
                var total = parts.Sum(x => x.Ads);
                Console.WriteLine(Inv($"    missed {missed} ({total} ads): {string.Join(", ", parts.Take(5).Select(x => x.Net is { } n ? Inv($"{x.Key} {x.Ads} ads{(n.Flagged ? " flagged" : "")} score {n.Risk.Total:F0} of {n.AdCount}") : Inv($"{x.Key} {x.Ads} ads")))}{(parts.Count > 5 ? Inv($" (+{parts.Count - 5} more)") : "")}"));
                if (parts.Count > 0 && parts[0].Net is { Flagged: false } top)
                {
                    Console.WriteLine("      its largest part's score: " + string.Join(", ", top.Risk.Parts.Select(p => Inv($"{p.Name} {p.Points:F1}/{p.MaxPoints:F0} ({p.Measured:F2})"))));
                }
            }
        }

        long phoneTp = 0, phoneFp = 0, phoneFn = 0;
        foreach (var ad in ads)
        {
            var key = ad.AdId[..ad.AdId.LastIndexOf('@')];
            var colon = key.IndexOf(':', StringComparison.Ordinal);
            if (truth.TryGetValue((key[..colon], key[(colon + 1)..]), out var t))
            {
                var want = t.Phones.Select(p => p.E164).ToHashSet(StringComparer.Ordinal);
                var got = ad.Phones.ToHashSet(StringComparer.Ordinal);
                phoneTp += got.Count(want.Contains);
                phoneFp += got.Count(p => !want.Contains(p));
                phoneFn += want.Count(p => !got.Contains(p));
            }
        }

        Console.WriteLine(Inv($"  phones   P {(phoneTp + phoneFp == 0 ? 1 : (double)phoneTp / (phoneTp + phoneFp)):F4} R {(phoneTp + phoneFn == 0 ? 1 : (double)phoneTp / (phoneTp + phoneFn)):F4} (TP {phoneTp:N0}, FP {phoneFp:N0}, FN {phoneFn:N0})"));
        foreach (var m in NetworkEvaluation.InsideFlagged(result, personaOf, kinds))
        {
            Console.WriteLine(Inv($"  {m.Kind,-12} personas inside a flagged network: {m.InsideFlagged}/{m.Personas} ({m.Share:P2})"));
        }

        // A digest of the result (every ad's persona and network, every network's score), to show that a change meant to
        // be only faster leaves the result as it was.
        var digest = new System.Text.StringBuilder();
        foreach (var a in result.Assignments)
        {
            digest.Append(a.AdId).Append('|').Append(a.PersonaId).Append('|').Append(a.NetworkId).Append('\n');
        }

        foreach (var n in result.Networks)
        {
            digest.Append(n.Id).Append('|').Append(Inv($"{n.Risk.Total:R}")).Append('\n');
        }

        Console.WriteLine("  digest of assignments and scores: " + Convert.ToHexString(System.Security.Cryptography.SHA256.HashData(System.Text.Encoding.UTF8.GetBytes(digest.ToString())))[..16]);
        // Bookings tied to leads against whom they were made for (the network, or an independent's own: the woman).
        var labels = personaOf.ToDictionary(kv => kv.Key, kv => networkOf.GetValueOrDefault(kv.Key) ?? kv.Value, StringComparer.Ordinal);
        var booked = Threadline.Simulation.Truth.TruthSet.ReadBookings(truthFolder).DistinctBy(b => b.BookingRef).ToDictionary(b => b.BookingRef, b => (b.Network ?? b.Owner, b.Kind == "network"), StringComparer.Ordinal);
        var ties = NetworkEvaluation.BookingTies(result, labels, booked);
        Console.WriteLine(Inv($"  bookings tied to leads: P {ties.Precision:F3} ({ties.Right}/{ties.Tied}; by presence {ties.PresenceRight}/{ties.ByPresence}) R {ties.Recall:F3} of {ties.NetworkBookings} network bookings"));
        if (report is not null)
        {
            var (html, _) = ReportRenderer.WriteFiles(report, result, ads);
            Console.WriteLine("  report " + html);
        }

        if (diagnose)
        {
            DiagnoseSplits(ads, result, personaOf, kinds);
            DiagnoseNetworkMerges(result, personaOf, networkOf, kinds);
            DiagnoseBookerJoins(ads, bookings, result, personaOf, networkOf, Threadline.Simulation.Truth.TruthSet.ReadBookings(truthFolder).ToDictionary(b => b.BookingRef, StringComparer.Ordinal));
        }

        if (dump is not null)
        {
            WriteDump(dump, ads, result, personaOf, networkOf, kinds);
        }

        return 0;
    }

    /// <summary>One tab-separated row per ad: truth and prediction side by side, with what linking read (for analysis outside).</summary>
    private static void WriteDump(string dumpPath, AdFeatures[] ads, LinkResult result, Dictionary<string, string> personaOf, Dictionary<string, string> networkOf, Dictionary<string, string> kinds)
    {
        var filled = Threadline.Linking.Text.PersonHints.Fill(ads, 2);
        var pred = result.Assignments.ToDictionary(a => a.AdId, StringComparer.Ordinal);
        var flaggedNet = result.Networks.ToDictionary(x => x.Id, x => (x.Flagged ? "F" : "") + x.Risk.Total.ToString("F0", CultureInfo.InvariantCulture), StringComparer.Ordinal);
        using var w = new StreamWriter(dumpPath, false, new System.Text.UTF8Encoding(false));
        w.WriteLine("i\tad\ttp\tkind\ttn\tpp\tpn\tnames\tages\tphones\tcity\tday\timgs\tplural\tthird\ttitle\tbody\ttemplate");
        for (var i = 0; i < filled.Count; i++)
        {
            var a = filled[i];
            var tp = personaOf.GetValueOrDefault(a.AdId) ?? "";
            var pa = pred.GetValueOrDefault(a.AdId);
            string C(string? x) => (x ?? "").Replace('\t', ' ').Replace('\n', ' ').Replace('\r', ' ');
            w.WriteLine(string.Join('\t', i, a.AdId, tp, kinds.GetValueOrDefault(tp) ?? (tp.StartsWith('s') ? "scam" : "?"), networkOf.GetValueOrDefault(a.AdId) ?? "", pa?.PersonaId ?? "", (pa?.NetworkId ?? "") + ":" + (pa?.NetworkId is { } nid ? flaggedNet.GetValueOrDefault(nid) : ""),
                string.Join('|', a.Names), string.Join('|', a.Ages), string.Join('|', a.Phones), C(a.City), a.PostedAt.UtcDateTime.ToString("yyyy-MM-dd HH", CultureInfo.InvariantCulture), string.Join('|', a.ImageRefs),
                a.FirstPersonPlural ? 1 : 0, a.ThirdPerson ? 1 : 0, C(a.Title), C(a.Body?.Length > 200 ? a.Body[..200] : a.Body), pa?.TemplateId ?? ""));
        }
    }

    /// <summary>
    /// Where network precision is lost: the predicted networks that join the most pairs of ads from different true
    /// networks (an independent or agency persona counts as its own), with what they are made of and the evidence
    /// that holds them together.
    /// </summary>
    private static void DiagnoseNetworkMerges(LinkResult result, Dictionary<string, string> personaOf, Dictionary<string, string> networkOf, Dictionary<string, string> kinds)
    {
        var personaAds = result.Personas.ToDictionary(p => p.Id, p => p.AdIds, StringComparer.Ordinal);
        var templates = result.Templates;
        var merged = new List<(long Wrong, Network Network, List<(string Group, int Ads)> Parts)>();
        foreach (var network in result.Networks)
        {
            var groups = network.PersonaIds.SelectMany(p => personaAds.GetValueOrDefault(p) ?? [])
                .Where(personaOf.ContainsKey)
                .GroupBy(a => networkOf.GetValueOrDefault(a) ?? personaOf[a], StringComparer.Ordinal)
                .Select(g => (g.Key, g.Count())).OrderByDescending(x => x.Item2).ToList();
            long total = groups.Sum(x => x.Item2);
            var wrong = (total * total - groups.Sum(x => (long)x.Item2 * x.Item2)) / 2;
            if (wrong > 0)
            {
                merged.Add((wrong, network, groups));
            }
        }

        Console.WriteLine(Inv($"  network pairs wrongly joined: {merged.Sum(m => m.Wrong):N0}"));
        var worst = merged.OrderByDescending(m => m.Wrong).Take(5).ToList();
        Describe(worst);

        // Flagged networks that hold an agency's women (few pairs, but an agency flagged as trafficking is a harm).
        var agencies = merged.Except(worst).Where(m => m.Network.Flagged && m.Parts.Any(x => kinds.GetValueOrDefault(x.Group) is null && x.Group.StartsWith('a'))).Take(5).ToList();
        if (agencies.Count > 0)
        {
            Console.WriteLine(Inv($"  flagged networks holding an agency's women (up to 5 more):"));
            Describe(agencies);
        }

        void Describe(List<(long Wrong, Network Network, List<(string Group, int Ads)> Parts)> list)
        {
            foreach (var (wrong, network, parts) in list)
            {
                Console.WriteLine(Inv($"    {wrong:N0}: {network.Id} {network.AdCount} ads, {parts.Count} true groups ({string.Join(", ", parts.Take(6).Select(x => (kinds.GetValueOrDefault(x.Group) ?? (x.Group.StartsWith('n') ? "network" : "?")) + " " + x.Group + ":" + x.Ads))}); phones {network.Phones.Count}, e-mails {network.Emails.Count}, handles {network.Handles.Count}, templates {network.TemplateIds.Count}, bookings {network.Bookings.Count}"));
                foreach (var group in network.Evidence.GroupBy(e => e.Kind))
                {
                    Console.WriteLine(Inv($"      {group.Key}: {group.Count()} pieces; {string.Join(" | ", group.OrderByDescending(e => e.AdCount).Take(3).Select(e => Trim2(e.Value + " " + e.AdCount + " ads: " + e.Reason)))}"));
                }

                // The joins between numbers (handovers, texts continued or shared, one woman's four figures: "a → b", "a ~ b",
            // "a = b"), which glue groups apart.
                foreach (var e in network.Evidence.Where(e => e.Value.Contains(" → ", StringComparison.Ordinal) || e.Value.Contains(" ~ ", StringComparison.Ordinal) || e.Value.Contains(" = ", StringComparison.Ordinal)).Take(10))
                {
                    Console.WriteLine(Inv($"      join {e.Kind} {Trim2(e.Value + ": " + e.Reason)}"));
                }

                // Templates of the network whose ads (inside it) come from several true groups: what a template join glued.
                var inNetwork = network.PersonaIds.SelectMany(p => personaAds.GetValueOrDefault(p) ?? []).ToHashSet(StringComparer.Ordinal);
                var across = templates.Where(t => network.TemplateIds.Contains(t.Id))
                    .Select(t => (t.Id, Groups: t.AdIds.Where(inNetwork.Contains).Where(personaOf.ContainsKey).GroupBy(a => networkOf.GetValueOrDefault(a) ?? personaOf[a], StringComparer.Ordinal).Select(g => g.Key + ":" + g.Count()).ToList(), t.AdIds.Count))
                    .Where(x => x.Groups.Count > 1).OrderByDescending(x => x.Groups.Count).ToList();
                Console.WriteLine(Inv($"      templates across true groups: {across.Count}; {string.Join(" | ", across.Take(6).Select(x => x.Id + " (" + x.Count + " ads): " + string.Join(" ", x.Groups.Take(8))))}"));
            }
        }
    }

    /// <summary>
    /// For the networks that join the most true groups: each booker join inside, the booker's own truth (whose
    /// bookings they were) and, for each identifier the booker gave, the true groups of the ads that show it.
    /// </summary>
    private static void DiagnoseBookerJoins(AdFeatures[] ads, List<BookingRecord> bookings, LinkResult result, Dictionary<string, string> personaOf, Dictionary<string, string> networkOf, Dictionary<string, Threadline.Simulation.Truth.BookingTruth> bookingTruth)
    {
        var personaAds = result.Personas.ToDictionary(p => p.Id, p => p.AdIds, StringComparer.Ordinal);
        string GroupOf(string ad) => networkOf.GetValueOrDefault(ad) ?? personaOf.GetValueOrDefault(ad) ?? "?";
        var adsByPhoneKey = new Dictionary<string, List<string>>(StringComparer.Ordinal);
        foreach (var ad in ads)
        {
            foreach (var p in ad.Phones)
            {
                if (Threadline.Linking.Bookings.BookingLinker.PhoneKey(p) is { } k)
                {
                    if (!adsByPhoneKey.TryGetValue(k, out var l))
                    {
                        adsByPhoneKey[k] = l = [];
                    }

                    l.Add(ad.AdId);
                }
            }
        }

        var byBooker = bookings.GroupBy(b => Threadline.Linking.Bookings.BookingLinker.BookerKey(b) ?? "", StringComparer.Ordinal).ToDictionary(g => g.Key, g => g.ToList(), StringComparer.Ordinal);
        var byName = bookings.Where(b => b.BookerName is not null).GroupBy(b => b.BookerName!, StringComparer.Ordinal).ToDictionary(g => g.Key, g => g.ToList(), StringComparer.Ordinal);
        var worst = result.Networks.Select(n => (n, Groups: n.PersonaIds.SelectMany(p => personaAds.GetValueOrDefault(p) ?? []).Select(GroupOf).Distinct(StringComparer.Ordinal).Count()))
            .Where(x => x.Groups > 1).OrderByDescending(x => x.Groups).Take(3).ToList();
        foreach (var (network, groupCount) in worst)
        {
            var inNetwork = network.PersonaIds.SelectMany(p => personaAds.GetValueOrDefault(p) ?? []).ToHashSet(StringComparer.Ordinal);
            Console.WriteLine(Inv($"  booker joins in {network.Id} ({network.AdCount} ads, {groupCount} true groups):"));
            foreach (var e in network.Evidence.Where(e => e.Kind == EvidenceKind.Booking).Take(12))
            {
                var theirs = byName.GetValueOrDefault(e.Value) ?? [];
                foreach (var keyGroup in theirs.GroupBy(b => Threadline.Linking.Bookings.BookingLinker.BookerKey(b) ?? "", StringComparer.Ordinal).Take(4))
                {
                    var all = byBooker.GetValueOrDefault(keyGroup.Key) ?? [];
                    var owners = all.Select(b => bookingTruth.GetValueOrDefault(b.BookingRef)).Where(t => t is not null)
                        .GroupBy(t => (t!.Network ?? "-") + "/" + t.Owner, StringComparer.Ordinal).Select(g => g.Key + "×" + g.Count());
                    var phones = all.Select(b => b.BookerPhone).Where(p => p is not null).Distinct(StringComparer.Ordinal)
                        .Select(p => p + "→" + string.Join(",", (Threadline.Linking.Bookings.BookingLinker.PhoneKey(p) is { } k ? adsByPhoneKey.GetValueOrDefault(k) ?? [] : []).Select(GroupOf).GroupBy(g => g, StringComparer.Ordinal).Select(g => g.Key + ":" + g.Count())));
                    Console.WriteLine(Inv($"    {e.Value} key {keyGroup.Key}: {all.Count} bookings; truth {string.Join(" ", owners.Take(6))}; phones {string.Join(" | ", phones.Take(6))}"));
                }
            }
        }
    }

    /// <summary>
    /// Where persona recall is lost: true personas whose ads ended in several predicted personas, the pairs lost
    /// by persona kind and by what the stray fragment shows (name, age, phones), and the worst cases in full.
    /// </summary>
    private static void DiagnoseSplits(AdFeatures[] ads, LinkResult result, Dictionary<string, string> personaOf, Dictionary<string, string> kinds)
    {
        var byId = ads.ToDictionary(a => a.AdId, StringComparer.Ordinal);
        var predicted = result.Assignments.ToDictionary(a => a.AdId, a => a.PersonaId, StringComparer.Ordinal);
        var personaNames = result.Personas.ToDictionary(p => p.Id, p => p.Names, StringComparer.Ordinal);
        IReadOnlyList<string> NamesOf(List<string> fragment) => personaNames.GetValueOrDefault(predicted.GetValueOrDefault(fragment[0]) ?? "") ?? [];
        var lostByKind = new Dictionary<string, long>(StringComparer.Ordinal);
        var lostByShape = new Dictionary<string, long>(StringComparer.Ordinal);
        var cases = new List<(long Lost, string Persona, List<List<string>> Fragments)>();
        long totalLost = 0;
        foreach (var group in personaOf.GroupBy(kv => kv.Value, StringComparer.Ordinal))
        {
            var fragments = group.GroupBy(kv => predicted.GetValueOrDefault(kv.Key) ?? kv.Key, StringComparer.Ordinal)
                .Select(g => g.Select(kv => kv.Key).ToList()).OrderByDescending(f => f.Count).ToList();
            if (fragments.Count < 2)
            {
                continue;
            }

            long lost = 0;
            var largest = fragments[0].Count;
            for (var i = 1; i < fragments.Count; i++)
            {
                var pairs = (long)fragments[i].Count * (group.Count() - fragments[i].Count);
                lost += pairs;
                var f = fragments[i].Select(a => byId[a]).ToList();
                var shape = (NamesOf(fragments[i]).Count > 0 ? "named" : "unnamed") + (f.Any(a => a.Ages.Count > 0) ? "+age" : "") + (f.All(a => a.Phones.Count == 0) ? " no-phone" : "") + (f.Any(a => a.FirstPersonPlural) ? " plural" : "") + (f.Any(a => a.ThirdPerson) ? " third" : "");
                lostByShape[shape] = lostByShape.GetValueOrDefault(shape) + pairs;
            }

            lost /= 2;
            totalLost += lost;
            var kind = kinds.GetValueOrDefault(group.Key) ?? (group.Key.StartsWith('s') ? "scam" : "?");
            lostByKind[kind] = lostByKind.GetValueOrDefault(kind) + lost;
            cases.Add((lost, kind + " " + group.Key, fragments));
        }

        var merged = new List<(long Wrong, string Text)>();
        foreach (var p in result.Personas)
        {
            var parts = p.AdIds.Where(personaOf.ContainsKey).GroupBy(a => personaOf[a], StringComparer.Ordinal).Select(g => (g.Key, g.Count())).OrderByDescending(x => x.Item2).ToList();
            if (parts.Count < 2)
            {
                continue;
            }

            long total = parts.Sum(x => x.Item2);
            var wrong = (total * total - parts.Sum(x => (long)x.Item2 * x.Item2)) / 2;
            merged.Add((wrong, Inv($"{p.Id} names {string.Join("/", p.Names.Take(4))}: {string.Join(", ", parts.Take(6).Select(x => (kinds.GetValueOrDefault(x.Key) ?? "?") + " " + x.Key + ":" + x.Item2))} | {string.Join(" | ", p.Evidence.Take(3).Select(e => e.Reason))}")));
        }

        Console.WriteLine(Inv($"  persona pairs wrongly joined: {merged.Sum(m => m.Wrong):N0}"));
        foreach (var (wrong, text) in merged.OrderByDescending(m => m.Wrong).Take(10))
        {
            Console.WriteLine(Inv($"    {wrong:N0}: {Trim2(text)}"));
        }

        foreach (var h in result.Hubs.Take(12))
        {
            Console.WriteLine(Inv($"  hub {h.Kind} {h.Value} {h.AdCount} ads: {h.Reason}"));
        }

        Console.WriteLine(Inv($"  persona pairs lost (split personas): {totalLost:N0}"));
        Console.WriteLine("    by kind: " + string.Join(", ", lostByKind.OrderByDescending(kv => kv.Value).Select(kv => Inv($"{kv.Key} {kv.Value:N0}"))));
        Console.WriteLine("    by stray fragment (pairs counted from both sides): " + string.Join(", ", lostByShape.OrderByDescending(kv => kv.Value).Select(kv => Inv($"{kv.Key} {kv.Value:N0}"))));
        var shown = cases.OrderByDescending(c => c.Lost).Take(12)
            .Concat(cases.Where(c => !c.Persona.StartsWith("victim", StringComparison.Ordinal)).OrderByDescending(c => c.Lost).Take(6))
            .Distinct();
        foreach (var (lost, persona, fragments) in shown)
        {
            Console.WriteLine(Inv($"  {persona}: {lost:N0} pairs lost, fragments {string.Join("/", fragments.Select(f => f.Count))}"));
            foreach (var f in fragments.Take(4))
            {
                var a = f.Select(x => byId[x]).ToList();
                Console.WriteLine(Inv($"     {f.Count,3} ads  names {string.Join(",", NamesOf(f).Take(4))}  ages {string.Join(",", a.SelectMany(x => x.Ages).Distinct().Take(4))}  phones {string.Join(",", a.SelectMany(x => x.Phones).Distinct(StringComparer.Ordinal).Take(3))}  cities {string.Join(",", a.Select(x => x.City).Distinct(StringComparer.Ordinal).Take(3))}  e.g. \"{Trim(a[0].Title)} | {Trim(a[0].Body)}\""));
            }
        }
    }

    private static string Trim2(string s) => s.Length <= 400 ? s : s[..400];

    private static string Trim(string? s) => s is null ? "" : s.Length <= 90 ? s : s[..90];

    /// <summary>Ingested ad + extraction → AdFeatures, through the mapping the link job uses.</summary>
    /// <summary>An undated ad (no usable posted_at) sorts first, as the CLI's AdFeatureReader reads it from the workspace.</summary>
    private static DateTimeOffset Posted(Threadline.Ingest.Ads.AdRecord ad) => ad.PostedAt ?? DateTimeOffset.UnixEpoch;

    private static AdFeatures MapAd(Threadline.Ingest.Ads.AdRecord ad, Threadline.Extraction.AdExtractor extractor)
    {
        var x = extractor.Extract(new Threadline.Extraction.AdText(ad.Title, ad.Body, ad.Phone, ad.Country));
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
        }, x, []);
    }

    // The largest predicted networks and personas with their true composition: where precision is lost.
    private static void Diagnose(Market market, LinkResult result)
    {
        var personas = result.Personas.ToDictionary(p => p.Id, StringComparer.Ordinal);
        foreach (var n in result.Networks.OrderByDescending(n => n.AdCount).Take(5))
        {
            var ads = n.PersonaIds.SelectMany(p => personas[p].AdIds).ToList();
            var truth = ads.GroupBy(a => market.NetworkOf.GetValueOrDefault(a) ?? market.PersonaOf[a]).OrderByDescending(g => g.Count()).Take(8).Select(g => g.Key + ":" + g.Count());
            Console.WriteLine(Inv($"  network {n.Id} {n.AdCount} ads score {n.Risk.Total:F0}: {string.Join(", ", truth)}"));
            Console.WriteLine("     " + string.Join(" | ", n.Evidence.Take(6).Select(e => e.Reason)));
            Console.WriteLine("     " + string.Join(" | ", n.Evidence.Where(e => e.Reason.Contains("moved", StringComparison.Ordinal) || e.Kind != EvidenceKind.Phone).Take(8).Select(e => e.Reason)));
        }

        foreach (var p in result.Personas.OrderByDescending(p => p.AdIds.Count).Take(5))
        {
            var truth = p.AdIds.GroupBy(a => market.PersonaOf[a]).OrderByDescending(g => g.Count()).Take(8).Select(g => g.Key + ":" + g.Count());
            Console.WriteLine(Inv($"  persona {p.Id} {p.AdIds.Count} ads, names {string.Join("/", p.Names)}, phones {p.Phones.Count}: {string.Join(", ", truth)}"));
            Console.WriteLine("     " + string.Join(" | ", p.Evidence.Take(6).Select(e => e.Reason)));
        }

        foreach (var h in result.Hubs.Take(10))
        {
            Console.WriteLine(Inv($"  hub {h.Kind} {h.Value} {h.AdCount} ads: {h.Reason}"));
        }
    }

    private static string Inv(FormattableString s) => s.ToString(CultureInfo.InvariantCulture);

    /// <summary>The synthetic market with its truth.</summary>
    private sealed class Market
    {
        private static readonly (string City, string Country)[] Cities =
        [
            ("Brussels", "BE"), ("Antwerp", "BE"), ("Liege", "BE"), ("Ghent", "BE"), ("Charleroi", "BE"), ("Leuven", "BE"),
            ("Amsterdam", "NL"), ("Rotterdam", "NL"), ("Utrecht", "NL"), ("The Hague", "NL"), ("Paris", "FR"), ("Lyon", "FR"),
            ("Marseille", "FR"), ("Madrid", "ES"), ("Barcelona", "ES"), ("Valencia", "ES"), ("Alicante", "ES"), ("Berlin", "DE"),
            ("Cologne", "DE"), ("Hamburg", "DE"), ("Dusseldorf", "DE"), ("Milan", "IT"), ("Rome", "IT"), ("Naples", "IT"), ("Turin", "IT"),
        ];

        private static readonly string[] Names =
        [
            "Lily", "Mei", "Coco", "Lin", "Nana", "Kiki", "Yoyo", "Jasmine", "Ling", "Cherry", "Amy", "Lulu", "Vivi", "Fanny", "Ana", "Ioana",
            "Elena", "Maria", "Sofia", "Irina", "Daria", "Nina", "Olga", "Joy", "Blessing", "Grace", "Precious", "Mercy", "Lina", "Emma",
            "Julia", "Laura", "Clara", "Lea", "Chloe", "Manon", "Sara", "Lucia", "Paula", "Carmen", "Eva", "Mia", "Lena", "Hanna",
        ];

        // Sentence banks: every advertiser writes from the same few sentences, as the simulator does.
        private static readonly string[][] Banks =
        [
            ["Hi I am {name} {age} years old", "Hello gentlemen my name is {name}", "{name} is a {age} year old girl", "Meet {name} {age} sweet and beautiful", "We are new girls in {city}"],
            ["slim natural body long hair", "curvy and soft very feminine", "petite and elegant with a warm smile", "natural beauty with soft skin", "tall and sporty with long legs"],
            ["relaxing massage and more", "girlfriend experience and company", "dinner date and overnight", "soft massage in a private place", "all kinds of fantasies on request"],
            ["half hour one hundred one hour one hundred fifty", "prices on request for the night", "one hour two hundred no bargaining", "special price for long meetings", "discount for regular clients"],
            ["call or message me", "reservations by phone only", "contact me for an appointment", "write me on whatsapp", "booking one hour before"],
            ["see you soon", "kisses", "discreet and clean", "only serious gentlemen", "waiting for you"],
        ];

        public List<AdFeatures> Ads { get; } = [];

        public List<BookingRecord> Bookings { get; } = [];

        public Dictionary<string, string> PersonaOf { get; } = new(StringComparer.Ordinal);

        public Dictionary<string, string> NetworkOf { get; } = new(StringComparer.Ordinal);

        public Dictionary<string, string> KindOf { get; } = new(StringComparer.Ordinal);

        public HashSet<string> Trafficking { get; } = new(StringComparer.Ordinal);

        private readonly Random _rng;
        private readonly DateTimeOffset _start = new(2026, 1, 1, 0, 0, 0, TimeSpan.Zero);
        private long _phone = 470_000_000;
        private int _persona;

        private Market(int seed) => _rng = new Random(seed);

        public static Market Generate(int count, int seed)
        {
            var m = new Market(seed);
            while (m.Ads.Count < count)
            {
                var r = m._rng.NextDouble();
                if (r < 0.75)
                {
                    m.Independent();
                }
                else if (r < 0.85)
                {
                    m.Agency();
                }
                else if (r < 0.97)
                {
                    m.Network();
                }
                else
                {
                    m.Scam();
                }
            }

            m.Ads.RemoveRange(count, m.Ads.Count - count);
            var siteNumber = "+3225550000";
            for (var i = 0; i < m.Ads.Count; i += 37)
            {
                m.Ads[i] = m.Ads[i] with { Phones = [.. m.Ads[i].Phones, siteNumber] };
            }

            return m;
        }

        private string Phone() => "+32" + (_phone++).ToString(CultureInfo.InvariantCulture);

        private int[] Plan() => Banks.Select(b => _rng.Next(b.Length)).ToArray();

        private static string Text(int[] plan, string name, int age, string city) =>
            string.Join(". ", plan.Select((v, i) => Banks[i][v])).Replace("{name}", name, StringComparison.Ordinal)
                .Replace("{age}", age.ToString(CultureInfo.InvariantCulture), StringComparison.Ordinal).Replace("{city}", city, StringComparison.Ordinal);

        private ulong Photo() => (ulong)_rng.NextInt64();

        private ulong Alter(ulong h) => h ^ (1UL << _rng.Next(64)) ^ (_rng.Next(2) == 0 ? 0 : 1UL << _rng.Next(64));

        private void Add(string persona, string? network, string kind, AdFeatures ad)
        {
            var id = "ad" + Ads.Count.ToString("D8", CultureInfo.InvariantCulture);
            Ads.Add(ad with { AdId = id, Locator = "https://rosegarden.example/ad/" + id });
            PersonaOf[id] = persona;
            KindOf[persona] = kind;
            if (network is not null)
            {
                NetworkOf[id] = network;
            }
        }

        private AdFeatures Ad(string name, int age, (string City, string Country) c, int day, int[] plan, string phone, ulong[] photos, bool third, double obfuscation, double ethnicity, double indicator) => new()
        {
            AdId = "",
            Site = _rng.Next(3) switch { 0 => "rosegarden.example", 1 => "velvet.example", _ => "nightowl.example" },
            PostedAt = _start.AddDays(day).AddHours(_rng.Next(24)),
            City = c.City,
            Country = c.Country,
            Title = name + " " + age.ToString(CultureInfo.InvariantCulture) + " " + c.City,
            Body = Text(plan, name, age, c.City),
            Phones = [phone],
            ImageHashes = photos.Length == 0 ? [] : [Alter(photos[_rng.Next(photos.Length)]), Alter(photos[_rng.Next(photos.Length)])],
            ThirdPerson = third,
            ObfuscatedPhone = _rng.NextDouble() < obfuscation,
            EthnicityEmphasis = _rng.NextDouble() < ethnicity,
            IndicatorScore = _rng.NextDouble() * indicator,
        };

        private void Independent()
        {
            var persona = "ind" + (_persona++).ToString(CultureInfo.InvariantCulture);
            var name = Names[_rng.Next(Names.Length)];
            var age = 19 + _rng.Next(27);
            var phone = Phone();
            var home = Cities[_rng.Next(Cities.Length)];
            var plan = Plan();
            var photos = Enumerable.Range(0, 3).Select(_ => Photo()).ToArray();
            var day = _rng.Next(120);
            for (var k = 0; k < 3 + _rng.Next(15); k++)
            {
                var c = _rng.NextDouble() < 0.1 ? Cities[_rng.Next(Cities.Length)] : home;
                Add(persona, null, "independent", Ad(name, age, c, day, plan, phone, photos, false, 0.2, 0.3, 1.5));
                day += 3 + _rng.Next(9);
            }
        }

        private void Agency()
        {
            var network = "agency" + (_persona++).ToString(CultureInfo.InvariantCulture);
            var phone = Phone();
            var plan = Plan();
            var city = Cities[_rng.Next(Cities.Length)];
            for (var w = 0; w < 4 + _rng.Next(9); w++)
            {
                var persona = network + "-" + w.ToString(CultureInfo.InvariantCulture);
                var name = Names[_rng.Next(Names.Length)] + (w % 2 == 0 ? "" : "a");
                var age = 20 + _rng.Next(18);
                var photos = Enumerable.Range(0, 3).Select(_ => Photo()).ToArray();
                var day = _rng.Next(30);
                for (var k = 0; k < 5 + _rng.Next(20); k++)
                {
                    Add(persona, network, "agency", Ad(name, age, city, day, plan, phone, photos, true, 0.1, 0.4, 2));
                    day += 2 + _rng.Next(5);
                }
            }
        }

        private void Network()
        {
            var network = "net" + (_persona++).ToString(CultureInfo.InvariantCulture);
            Trafficking.Add(network);
            var phones = Enumerable.Range(0, 2 + _rng.Next(8)).Select(_ => Phone()).ToArray();
            var plans = Enumerable.Range(0, 2).Select(_ => Plan()).ToArray();
            var booker = "Booker " + network;
            var women = 6 + _rng.Next(30);
            for (var w = 0; w < women; w++)
            {
                var persona = network + "-" + w.ToString(CultureInfo.InvariantCulture);
                var name = Names[_rng.Next(Names.Length)];
                var age = 18 + _rng.Next(24);
                var photos = Enumerable.Range(0, 3).Select(_ => Photo()).ToArray();
                var day = _rng.Next(60);
                var ci = _rng.Next(Cities.Length);
                for (var stay = 0; stay < 3 + _rng.Next(8); stay++)
                {
                    var c = Cities[(ci + (stay * 7)) % Cities.Length];
                    var length = 3 + _rng.Next(12);
                    for (var d = 0; d < length; d += 1 + _rng.Next(3))
                    {
                        var phone = phones[Math.Min(phones.Length - 1, (day + d) / 25)];
                        Add(persona, network, "trafficking", Ad(name, age, c, day + d, plans[_rng.Next(2)], phone, photos, _rng.NextDouble() < 0.85, 0.5, 0.7, 4));
                    }

                    if (_rng.NextDouble() < 0.5)
                    {
                        var checkIn = DateOnly.FromDateTime(_start.AddDays(day).UtcDateTime);
                        Bookings.Add(new BookingRecord
                        {
                            BookingRef = "BK" + Bookings.Count.ToString("D7", CultureInfo.InvariantCulture),
                            Platform = "stayfast.example",
                            BookerName = booker,
                            BookerEmail = network + "@mail.example",
                            City = c.City,
                            Country = c.Country,
                            CheckIn = checkIn,
                            CheckOut = checkIn.AddDays(Math.Min(length, 7)),
                        });
                    }

                    day += length;
                }
            }
        }

        private void Scam()
        {
            if (Ads.Count < 100)
            {
                return;
            }

            var persona = "scam" + (_persona++).ToString(CultureInfo.InvariantCulture);
            var phone = Phone();
            for (var k = 0; k < 5 + _rng.Next(20); k++)
            {
                var original = Ads[_rng.Next(Ads.Count)];
                Add(persona, null, "scam", original with { Phones = [phone], ImageHashes = [], PostedAt = original.PostedAt.AddDays(1) });
            }
        }
    }
}
