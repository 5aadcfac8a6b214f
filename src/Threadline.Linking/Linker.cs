using System.Diagnostics;
using Threadline.Linking.Graph;
using Threadline.Linking.Text;

namespace Threadline.Linking;

/// <summary>
/// Links ads into personas and networks: near-duplicate templates, photo reuse and shared identifiers
/// form a graph whose hub identifiers are cut; personas are grouped on person-level evidence, networks
/// on everything that remains; movement, bookings and a risk score are added to each network.
/// Pure: records in, a <see cref="LinkResult"/> out; deterministic for the same input and options.
/// </summary>
public static class Linker
{
    /// <summary>Runs the whole linking over <paramref name="ads"/> and <paramref name="bookings"/>.</summary>
    public static LinkResult Link(IReadOnlyList<AdFeatures> ads, IReadOnlyList<BookingRecord>? bookings = null, LinkOptions? options = null)
    {
        ArgumentNullException.ThrowIfNull(ads);
        bookings ??= [];
        options ??= new LinkOptions();
        var stages = new Dictionary<string, double>(StringComparer.Ordinal);
        var clock = Stopwatch.StartNew();
        void Stage(string name)
        {
            stages[name] = Math.Round(clock.Elapsed.TotalSeconds, 3);
            clock.Restart();
        }

        if (options.GuessNamesAndAges)
        {
            ads = PersonHints.Fill(ads, options.Parallelism);
            Stage("hints");
        }

        var n = ads.Count;
        var sigs = TextSignatures.Compute(ads, options);
        Stage("minhash");

        var textUf = NearDuplicateClusterer.Cluster(sigs, options);
        var templateOf = new int[n];
        var templateMembers = new List<List<int>>();
        var rootToTemplate = new Dictionary<int, int>();
        for (var i = 0; i < n; i++)
        {
            templateOf[i] = -1;
            if (!sigs.HasText[i] || textUf.SizeOf(i) < 2)
            {
                continue;
            }

            var r = textUf.Find(i);
            if (!rootToTemplate.TryGetValue(r, out var t))
            {
                t = templateMembers.Count;
                rootToTemplate[r] = t;
                templateMembers.Add([]);
            }

            templateOf[i] = t;
            templateMembers[t].Add(i);
        }

        var templateIds = templateMembers.Select(m => StableId.Of("T-", ads[m[0]].AdId)).ToArray();
        Stage("lsh");

        var (photosPerAd, photoClusters) = Photos.PhotoClusterer.Cluster(ads, options);
        Stage("photos");

        var table = new IdentifierTable(n);
        for (var i = 0; i < n; i++)
        {
            var ad = ads[i];
            foreach (var p in ad.Phones)
            {
                if (!string.IsNullOrWhiteSpace(p))
                {
                    table.Add(i, EvidenceKind.Phone, p.Trim());
                }
            }

            foreach (var e in ad.Emails)
            {
                if (!string.IsNullOrWhiteSpace(e))
                {
                    table.Add(i, EvidenceKind.Email, e.Trim().ToLowerInvariant());
                }
            }

            foreach (var h in ad.Handles)
            {
                if (!string.IsNullOrWhiteSpace(h))
                {
                    table.Add(i, EvidenceKind.Handle, h.Trim().ToLowerInvariant());
                }
            }

            foreach (var ph in photosPerAd[i])
            {
                table.Add(i, EvidenceKind.Photo, ph);
            }

            if (templateOf[i] >= 0)
            {
                table.Add(i, EvidenceKind.Template, templateIds[templateOf[i]]);
            }
        }

        table.Seal();
        var hubDecisions = new List<HubDecision>();
        var copied = new bool[n];
        var hub = HubDetector.Detect(ads, table, options, hubDecisions, copied);
        var names = PersonaGrouper.NormalisedNames(ads);
        var bodies = BodyStats.ReadAll(ads, options.Parallelism);
        var copierAd = new bool[n];
        var copier = CopyDetector.Detect(ads, table, hub, sigs, names, copierAd, hubDecisions);
        for (var i = 0; i < n; i++)
        {
            copied[i] |= copierAd[i];
        }

        // One woman's name in several scripts and spellings under one advertiser is one name.
        NameVariants.Canonicalise(ads, names, table, hub, copierAd);

        Stage("hubs");

        var (netUf, handovers, continuations, sharedTexts) = NetworkGrouper.Group(ads, names, bodies, table, hub, copied, copier, options);
        var bookerJoins = BookerJoin.Link(ads, bookings, table, hub, netUf);
        var personaUf = PersonaGrouper.Group(ads, names, bodies, table, hub, copied, new PersonaGrouper.Copies(copier, copierAd), netUf, sigs, options, out var beforeSplit, out var profileJoins);
        Stage("grouping");

        // The parts the rules could not join, scored on comparable evidence with weights estimated here (EM).
        var scored = options.ScorePersonas
            ? Personas.PersonaModel.Resolve(ads, names, bodies, table, hub, copierAd, personaUf, netUf, beforeSplit, options)
            : new Personas.PersonaModel.Outcome([], null);
        Stage("persona model");

        // A network is at least two women told apart; a copier's ads join nobody.
        netUf = NetworkWomen.Enforce(ads, names, bodies, table, hub, netUf, personaUf, copierAd, options).Network;
        Stage("network women");

        var context = new ResultAssembler.Context(ads, names, bodies, bookings, options, table, hub, netUf, personaUf, templateOf, templateIds, templateMembers, sigs, handovers) { BookerJoins = bookerJoins, PersonaJoins = scored.Joins, Continuations = continuations, SharedTexts = sharedTexts, ProfileJoins = profileJoins };
        var result = ResultAssembler.Assemble(context, hubDecisions, Stage);
        return result with
        {
            PersonaModel = scored.Summary,
            Statistics = result.Statistics with
            {
                PhotoClusters = photoClusters,
                TemplateClusters = templateMembers.Count,
                StageSeconds = stages,
            },
        };
    }
}
