using System.Globalization;
using Threadline.Linking.Movements;
using Threadline.Linking.Scoring;

namespace Threadline.Linking.Graph;

/// <summary>Builds one network record: evidence, movement, structure figures, bookings and the risk score.</summary>
internal static class NetworkBuilder
{
    /// <summary>Handovers, text continuations and booker joins, listed per network (each kind apart from the shared identifiers).</summary>
    private const int MaxJoinEvidence = 30;

    public static Network Build(ResultAssembler.Context c, string id, List<int> personaIdx, List<int>[] personaAds, int[] personaLabel, Persona[] personas, List<BookingLink> bookings)
    {
        var ads = c.Ads;
        var members = personaIdx.SelectMany(p => personaAds[p]).Order().ToList();
        var evidence = Evidence.Shared(c, members, a => personaLabel[a], minGroups: 2, personaLevel: false);
        var memberAds = members.Select(a => ads[a]).ToList();

        // Structure: personas per phone, phones per template.
        var personasPerPhone = new Dictionary<string, HashSet<int>>(StringComparer.Ordinal);
        var phonesPerTemplate = new Dictionary<int, HashSet<string>>();
        foreach (var a in members)
        {
            foreach (var p in ads[a].Phones)
            {
                if (c.HubValues.Contains(p))
                {
                    continue;
                }

                if (!personasPerPhone.TryGetValue(p, out var set))
                {
                    personasPerPhone[p] = set = [];
                }

                set.Add(personaLabel[a]);
                var t = c.TemplateOf[a];
                if (t >= 0)
                {
                    if (!phonesPerTemplate.TryGetValue(t, out var ps))
                    {
                        phonesPerTemplate[t] = ps = new HashSet<string>(StringComparer.Ordinal);
                    }

                    ps.Add(p);
                }
            }
        }

        // Handovers and booker joins are what join groups that share no identifier: each kind keeps its own room, so
        // a large network's 30 shared identifiers do not hide why its groups were joined.
        var handovers = 0;
        foreach (var h in c.Handovers)
        {
            if (personasPerPhone.ContainsKey(h.PhoneA) && handovers < MaxJoinEvidence)
            {
                evidence.Add(PhoneHandover.ToEvidence(h));
                handovers++;
            }
        }

        var continuations = 0;
        foreach (var j in c.Continuations)
        {
            if (continuations < MaxJoinEvidence && members.BinarySearch(j.AdA) >= 0)
            {
                evidence.Add(TemplateContinuation.ToEvidence(j));
                continuations++;
            }
        }

        var shared = 0;
        foreach (var j in c.SharedTexts)
        {
            if (shared < MaxJoinEvidence && members.BinarySearch(j.AdA) >= 0)
            {
                evidence.Add(SharedTexts.ToEvidence(j));
                shared++;
            }
        }

        var profiles = 0;
        foreach (var j in c.ProfileJoins)
        {
            if (profiles < MaxJoinEvidence && members.BinarySearch(j.AdA) >= 0)
            {
                evidence.Add(new LinkEvidence(
                    EvidenceKind.Phone,
                    j.From + " = " + j.To,
                    2,
                    0.6,
                    string.Create(CultureInfo.InvariantCulture, $"the same woman ({j.Woman}: name, age, height and weight) is advertised under {j.From} and {j.To}, which share nothing else (one woman who changed numbers; at scale two women of the same four figures do occur)")));
                profiles++;
            }
        }

        var emails = memberAds.SelectMany(a => a.Emails).Select(e => e.Trim().ToLowerInvariant()).ToHashSet(StringComparer.Ordinal);
        var bookerJoins = 0;
        foreach (var j in c.BookerJoins)
        {
            var ours = j.Identifiers.Any(i =>
                (i.StartsWith("phone ", StringComparison.Ordinal) && personasPerPhone.ContainsKey(i[6..]))
                || (i.StartsWith("e-mail ", StringComparison.Ordinal) && emails.Contains(i[7..])));
            if (bookerJoins < MaxJoinEvidence && ours)
            {
                evidence.Add(BookerJoin.ToEvidence(j));
                bookerJoins++;
            }
        }

        var maxPpp = WomenBehindOnePhoneSet(personasPerPhone.Values);
        var ppt = phonesPerTemplate.Count == 0 ? 0 : phonesPerTemplate.Values.Average(s => s.Count);
        var movement = MovementAnalyzer.Combine(personaIdx.Select(p => personas[p].Movement).ToList(), c.Options);
        var bookers = bookings.Select(b => b.BookerName ?? b.BookingRef).Distinct(StringComparer.OrdinalIgnoreCase).Count();
        var risk = RiskScorer.Score(new RiskScorer.Input(memberAds, personaIdx.Count, movement, maxPpp, ppt, personasPerPhone.Count, bookings.Count, bookers), c.Options.RiskWeights);
        return new Network
        {
            Id = id,
            PersonaIds = personaIdx.Select(p => personas[p].Id).ToArray(),
            AdCount = members.Count,
            Confidence = Evidence.NoisyOr(evidence),
            Evidence = evidence,
            Phones = personasPerPhone.Keys.Order(StringComparer.Ordinal).ToArray(),
            Emails = memberAds.SelectMany(a => a.Emails).Select(e => e.ToLowerInvariant()).Distinct(StringComparer.Ordinal).Order(StringComparer.Ordinal).ToArray(),
            Handles = memberAds.SelectMany(a => a.Handles).Select(e => e.ToLowerInvariant()).Distinct(StringComparer.Ordinal).Order(StringComparer.Ordinal).ToArray(),
            TemplateIds = phonesPerTemplate.Keys.Concat(members.Select(a => c.TemplateOf[a]).Where(t => t >= 0)).Distinct().Select(t => c.TemplateIds[t]).Order(StringComparer.Ordinal).ToArray(),
            Sites = memberAds.Select(a => a.Site).Distinct(StringComparer.Ordinal).Order(StringComparer.Ordinal).ToArray(),
            Movement = movement,
            Bookings = bookings.OrderBy(b => b.CheckIn).ThenBy(b => b.BookingRef, StringComparer.Ordinal).ToList(),
            Risk = risk,
        };
    }

    /// <summary>
    /// The most personas behind one phone or behind phones that share a woman: a woman advertised under two numbers
    /// joins them (one controller's numbers, or one number handed on to the next), so the women of both count
    /// together. With one phone per woman this is the old "most personas behind one phone".
    /// </summary>
    internal static int WomenBehindOnePhoneSet(IEnumerable<HashSet<int>> personasPerPhone)
    {
        var parent = new Dictionary<int, int>();
        int Find(int x)
        {
            while (parent[x] != x)
            {
                parent[x] = parent[parent[x]];
                x = parent[x];
            }

            return x;
        }

        foreach (var set in personasPerPhone)
        {
            int? first = null;
            foreach (var p in set)
            {
                parent.TryAdd(p, p);
                if (first is { } f)
                {
                    var (a, b) = (Find(f), Find(p));
                    if (a != b)
                    {
                        parent[a] = b;
                    }
                }
                else
                {
                    first = p;
                }
            }
        }

        return parent.Count == 0 ? 0 : parent.Keys.GroupBy(Find).Max(g => g.Count());
    }
}
