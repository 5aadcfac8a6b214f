namespace Threadline.Linking.Tests;

public sealed class NetworkScoringTests
{
    [Theory]
    [InlineData(3, 2, 1.0)] // half of three women, rounded up: two bookers for three women are "a few"
    [InlineData(4, 2, 1.0)]
    [InlineData(4, 3, 0.5)]
    [InlineData(1, 1, 1.0)] // one booker for one woman's many stays
    [InlineData(2, 2, 0.5)] // each woman books her own
    public void Bookings_by_few_counts_at_most_one_booker_per_two_women_rounded_up(int personas, int bookers, double share)
    {
        var input = new Scoring.RiskScorer.Input([], personas, new Movement(), 1, 1, 1, LinkedBookings: 9, DistinctBookers: bookers);
        var part = Scoring.RiskScorer.Score(input, RiskWeights.Default).Parts.Single(p => p.Name == "bookings_by_few");
        Assert.Equal(share * part.MaxPoints, part.Points, 2);
    }

    [Fact]
    public void An_agency_in_one_city_is_not_flagged_but_a_rotating_network_is()
    {
        var world = MiniWorld.Create(seed: 3, independents: 30, agencies: 3, networks: 3, hubs: false);
        var r = Linker.Link(world.Ads, world.Bookings);
        string TrueNetworkOf(Network n) => n.PersonaIds.SelectMany(id => r.Personas.First(p => p.Id == id).AdIds)
            .Select(a => world.NetworkOf.GetValueOrDefault(a) ?? "none").GroupBy(x => x).OrderByDescending(g => g.Count()).First().Key;
        var agencies = r.Networks.Where(n => TrueNetworkOf(n).StartsWith("agency", StringComparison.Ordinal)).ToList();
        var trafficking = r.Networks.Where(n => TrueNetworkOf(n).StartsWith("net", StringComparison.Ordinal)).ToList();
        Assert.Equal(3, agencies.Count);
        Assert.Equal(3, trafficking.Count);
        Assert.All(agencies, a => Assert.False(a.Flagged, $"agency {a.Id} scored {a.Risk.Total}"));
        Assert.All(trafficking, t => Assert.True(t.Flagged, $"network {t.Id} scored {t.Risk.Total}"));
        Assert.True(trafficking.Min(t => t.Risk.Total) > agencies.Max(a => a.Risk.Total));
        Assert.All(trafficking, t => Assert.Equal(RotationPattern.MultiCountryRotation, t.Movement.Pattern));
        Assert.All(agencies, a => Assert.Equal(RotationPattern.Static, a.Movement.Pattern));
    }

    [Fact]
    public void A_score_is_the_sum_of_its_parts_and_worded_as_a_lead()
    {
        var world = MiniWorld.Create(seed: 4, independents: 10, agencies: 1, networks: 1, hubs: false);
        var r = Linker.Link(world.Ads, world.Bookings);
        foreach (var n in r.Networks)
        {
            Assert.Equal(n.Risk.Total, Math.Round(n.Risk.Parts.Sum(p => p.Points), 1), 1);
            Assert.All(n.Risk.Parts, p => Assert.InRange(p.Points, 0, p.MaxPoints));
            Assert.Equal(100, n.Risk.Parts.Sum(p => p.MaxPoints));
            Assert.DoesNotContain("guilty", n.Risk.Summary, StringComparison.OrdinalIgnoreCase);
        }

        Assert.Contains(r.Networks, n => n.Risk.Summary.Contains("Lead for review", StringComparison.Ordinal));
        Assert.Equal(Enumerable.Range(1, r.Networks.Count), r.Networks.Select(n => n.Rank));
    }

    [Fact]
    public void Rotation_across_countries_every_few_days_is_recognised()
    {
        var ads = new[] { ("Brussels", "BE"), ("Paris", "FR"), ("Madrid", "ES"), ("Antwerp", "BE") }
            .SelectMany((c, i) => new[] { Ads.Ad("r" + i + "a", phone: "+32470111111", city: c.Item1, country: c.Item2, day: i * 6), Ads.Ad("r" + i + "b", phone: "+32470111111", city: c.Item1, country: c.Item2, day: (i * 6) + 2) })
            .ToList();
        var r = Linker.Link(ads);
        var m = Assert.Single(r.Personas).Movement;
        Assert.Equal(RotationPattern.MultiCountryRotation, m.Pattern);
        Assert.Equal(4, m.Stays.Count);
        Assert.Equal(["BE", "ES", "FR"], m.Countries);
        Assert.Equal(6, m.MedianStayDays, 1);
        Assert.True(m.MovesPerMonth > 3);
        Assert.Contains("several countries", m.Description, StringComparison.Ordinal);
    }

    [Fact]
    public void One_city_only_is_static()
    {
        var r = Linker.Link([Ads.Ad("s1", phone: "+32470222222", day: 0), Ads.Ad("s2", phone: "+32470222222", day: 30)]);
        Assert.Equal(RotationPattern.Static, r.Personas[0].Movement.Pattern);
        Assert.Equal(0, r.Personas[0].Movement.MovesPerMonth);
    }
}

public sealed class WomenBehindPhonesTests
{
    [Fact]
    public void One_phone_per_woman_counts_each_phone_alone()
    {
        Assert.Equal(2, Graph.NetworkBuilder.WomenBehindOnePhoneSet([[1, 2], [3], [4]]));
        Assert.Equal(0, Graph.NetworkBuilder.WomenBehindOnePhoneSet([]));
    }

    [Fact]
    public void A_woman_advertised_under_two_phones_joins_their_women()
    {
        // Phone A shows women 1 and 2, phone B women 2 and 3, phone C women 3 and 4: one controller's numbers.
        Assert.Equal(4, Graph.NetworkBuilder.WomenBehindOnePhoneSet([[1, 2], [2, 3], [3, 4], [7]]));
        // Two separate pairs stay two.
        Assert.Equal(2, Graph.NetworkBuilder.WomenBehindOnePhoneSet([[1, 2], [3, 4]]));
    }
}
