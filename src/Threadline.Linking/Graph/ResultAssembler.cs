using System.Globalization;
using Threadline.Linking.Movements;
using Threadline.Linking.Text;

namespace Threadline.Linking.Graph;

/// <summary>Turns the groupings into personas, networks and templates with their evidence, movement, bookings and scores.</summary>
internal static class ResultAssembler
{
    internal sealed record Context(
        IReadOnlyList<AdFeatures> Ads,
        string[][] Names,
        int[] Bodies,
        IReadOnlyList<BookingRecord> Bookings,
        LinkOptions Options,
        IdentifierTable Table,
        bool[] Hub,
        UnionFind NetUf,
        UnionFind PersonaUf,
        int[] TemplateOf,
        string[] TemplateIds,
        List<List<int>> TemplateMembers,
        TextSignatures Sigs,
        List<PhoneHandover.Handover> Handovers)
    {
        public HashSet<string> HubValues { get; init; } = new(StringComparer.Ordinal);

        /// <summary>Bookers whose bookings joined groups (see <see cref="BookerJoin"/>).</summary>
        public List<BookerJoin.Join> BookerJoins { get; init; } = [];

        /// <summary>Numbers joined because one advertiser's text continued from one to the other (<see cref="TemplateContinuation"/>).</summary>
        public List<TemplateContinuation.Join> Continuations { get; init; } = [];

        public List<SharedTexts.Join> SharedTexts { get; init; } = [];

        /// <summary>Numbers joined because one woman of the same four figures is advertised under both (<see cref="PersonaGrouper"/>, rule 2d).</summary>
        public List<PersonaGrouper.ProfileJoin> ProfileJoins { get; init; } = [];

        /// <summary>Joins of the scored persona model, with their evidence.</summary>
        public List<Personas.PersonaModel.Join> PersonaJoins { get; init; } = [];
    }

    public static LinkResult Assemble(Context c, List<HubDecision> hubs, Action<string> stage)
    {
        var ads = c.Ads;
        var n = ads.Count;

        // Personas, in order of their smallest member ad id.
        var personaLabel = c.PersonaUf.Labels(out var personaCount);
        var personaAds = new List<int>[personaCount];
        for (var p = 0; p < personaCount; p++)
        {
            personaAds[p] = [];
        }

        for (var i = 0; i < n; i++)
        {
            personaAds[personaLabel[i]].Add(i);
        }

        var personaIds = personaAds.Select(list => StableId.Of("P-", list.Select(a => ads[a].AdId).Min(StringComparer.Ordinal)!)).ToArray();

        // Networks: network components holding two or more personas.
        var compPersonas = new Dictionary<int, List<int>>();
        for (var p = 0; p < personaCount; p++)
        {
            var root = c.NetUf.Find(personaAds[p][0]);
            if (!compPersonas.TryGetValue(root, out var list))
            {
                compPersonas[root] = list = [];
            }

            list.Add(p);
        }

        var networkPersonas = compPersonas.Values.Where(l => l.Count >= 2)
            .OrderBy(l => personaIds[l[0]], StringComparer.Ordinal).ToList();
        var personaNetwork = new int[personaCount];
        Array.Fill(personaNetwork, -1);
        for (var k = 0; k < networkPersonas.Count; k++)
        {
            foreach (var p in networkPersonas[k])
            {
                personaNetwork[p] = k;
            }
        }

        var networkIds = networkPersonas.Select(l => StableId.Of("N-", l.Select(p => personaIds[p]).Min(StringComparer.Ordinal)!)).ToArray();
        stage("labels");

        var movements = new Movement[personaCount];
        Parallel.For(0, personaCount, new ParallelOptions { MaxDegreeOfParallelism = c.Options.Parallelism },
            p => movements[p] = MovementAnalyzer.Analyze(personaAds[p].Select(a => ads[a]), c.Options));
        stage("movement");

        var hubValues = new HashSet<string>(hubs.Where(h => h.Action == HubAction.Cut).Select(h => h.Value), StringComparer.Ordinal);
        c = c with { HubValues = hubValues };
        var booking = Bookings.BookingLinker.Link(c.Bookings, ads, personaLabel.Length == 0 ? [] : PersonaOfAd(personaLabel), personaNetwork, personaIds, networkIds, hubValues, c.Options);
        stage("bookings");

        var personas = new Persona[personaCount];
        var names = c.Names;
        var decisions = c.PersonaJoins.GroupBy(j => personaLabel[j.AdA]).ToDictionary(g => g.Key, g => g.Select(j => j.Decision).ToArray());
        Parallel.For(0, personaCount, new ParallelOptions { MaxDegreeOfParallelism = c.Options.Parallelism }, p =>
        {
            var members = personaAds[p];
            var evidence = members.Count < 2 ? [] : Evidence.Shared(c, members, a => a, minGroups: 2, personaLevel: true);
            personas[p] = new Persona
            {
                Id = personaIds[p],
                AdIds = members.Select(a => ads[a].AdId).ToArray(),
                NetworkId = personaNetwork[p] >= 0 ? networkIds[personaNetwork[p]] : null,
                Confidence = members.Count < 2 ? 1.0 : Evidence.NoisyOr(evidence),
                Evidence = evidence,
                Phones = members.SelectMany(a => ads[a].Phones).Distinct(StringComparer.Ordinal).Order(StringComparer.Ordinal).ToArray(),
                Names = members.SelectMany(a => ads[a].Names).Distinct(StringComparer.OrdinalIgnoreCase).Order(StringComparer.Ordinal).Take(10).ToArray(),
                Sites = members.Select(a => ads[a].Site).Distinct(StringComparer.Ordinal).Order(StringComparer.Ordinal).ToArray(),
                Movement = movements[p],
                Decisions = decisions.GetValueOrDefault(p) ?? [],
            };
        });
        stage("personas");

        var networks = new Network[networkPersonas.Count];
        Parallel.For(0, networkPersonas.Count, new ParallelOptions { MaxDegreeOfParallelism = c.Options.Parallelism }, k =>
        {
            networks[k] = NetworkBuilder.Build(c, networkIds[k], networkPersonas[k], personaAds, personaLabel, personas, booking.PerNetwork[k]);
        });

        var ranked = networks.OrderByDescending(x => x.Risk.Total).ThenByDescending(x => x.AdCount).ThenBy(x => x.Id, StringComparer.Ordinal)
            .Select((x, i) => x with { Rank = i + 1 }).ToList();
        stage("networks");

        var templates = new Template[c.TemplateMembers.Count];
        Parallel.For(0, templates.Length, new ParallelOptions { MaxDegreeOfParallelism = c.Options.Parallelism }, t =>
        {
            var members = c.TemplateMembers[t];
            var phones = members.SelectMany(a => ads[a].Phones).Distinct(StringComparer.Ordinal).Count();
            templates[t] = TemplateBuilder.Build(c.TemplateIds[t], ads, members, c.Sigs, c.Options.MaxTemplateMembersAligned, phones);
        });
        stage("templates");

        var assignments = new AdAssignment[n];
        for (var i = 0; i < n; i++)
        {
            var p = personaLabel[i];
            assignments[i] = new AdAssignment(
                ads[i].AdId,
                personaIds[p],
                personaNetwork[p] >= 0 ? networkIds[personaNetwork[p]] : null,
                c.TemplateOf[i] >= 0 ? c.TemplateIds[c.TemplateOf[i]] : null);
        }

        return new LinkResult
        {
            Personas = personas,
            Networks = ranked,
            Templates = templates,
            Hubs = hubs.OrderByDescending(h => h.AdCount).ThenBy(h => h.Value, StringComparer.Ordinal).ToList(),
            FlaggedBookers = booking.Flagged,
            Assignments = assignments,
            UnlinkedBookings = booking.Unlinked,
            Statistics = new LinkStatistics
            {
                Ads = n,
                Bookings = c.Bookings.Count,
                LargestNetworkAds = ranked.Count == 0 ? 0 : ranked.Max(x => x.AdCount),
            },
        };
    }

    private static int[] PersonaOfAd(int[] labels) => labels;
}
