using static Threadline.Linking.Tests.Ads;

namespace Threadline.Linking.Tests;

/// <summary>
/// Rule 2d (the same name, age, height and weight under numbers that share nothing else) between numbers that each
/// show several women: a controller's new number joins the group it took over even when one woman moved; a scam
/// number showing one copied woman from each of several groups joins none of them.
/// </summary>
public sealed class ProfileJoinTests
{
    private static AdFeatures Woman(string id, string phone, string name, int age, string figures, int day, string city) =>
        Ad(id, phone: phone, name: name, day: day, city: city, text: UniqueText() + " " + figures) with { Ages = [age] };

    [Fact]
    public void A_new_number_showing_one_woman_of_a_group_and_a_new_one_joins_the_group()
    {
        // The old number shows Nana, Mei and Lina in Brussels; three weeks on, the new number shows Nana (same age
        // and figures) and a woman never seen before, in Antwerp: too few women moved for a handover in one city.
        var ads = new List<AdFeatures>();
        for (var d = 0; d < 18; d += 3)
        {
            ads.Add(Woman("old-nana" + d, "+32470000001", "Nana", 40, "174cm 51kg", d, "Brussels"));
            ads.Add(Woman("old-mei" + d, "+32470000001", "Mei", 25, "160cm 48kg", d + 1, "Brussels"));
            ads.Add(Woman("old-lina" + d, "+32470000001", "Lina", 30, "168cm 55kg", d + 2, "Brussels"));
        }

        for (var d = 21; d < 36; d += 3)
        {
            ads.Add(Woman("new-nana" + d, "+32470000002", "Nana", 40, "174cm 51kg", d, "Antwerp"));
            ads.Add(Woman("new-xiao" + d, "+32470000002", "Xiao Yu", 25, "158cm 45kg", d + 1, "Antwerp"));
        }

        var r = Linker.Link(ads);
        var network = Assert.Single(r.Networks);
        Assert.Equal(["+32470000001", "+32470000002"], network.Phones.Order(StringComparer.Ordinal));

        // The join is the network's evidence: which numbers, and the woman of the same four figures under both.
        var join = Assert.Single(network.Evidence, e => e.Value == "+32470000001 = +32470000002");
        Assert.Contains("Nana, 40, 174 cm, 51 kg", join.Reason, StringComparison.Ordinal);
    }

    [Fact]
    public void A_woman_spelt_otherwise_under_her_new_number_joins_her_old_group_unless_the_two_are_in_two_cities_at_once()
    {
        // Under the old number she is "Bianca", under the new one (a week later, other words) "Bianka": the same skeleton,
        // age, height and weight. Each number also shows another woman.
        var ads = new List<AdFeatures>();
        for (var d = 0; d < 18; d += 2)
        {
            ads.Add(Woman("old-b" + d, "+32470000101", "Bianca", 29, "165cm 55kg", d, "Brussels"));
            ads.Add(Woman("old-o" + d, "+32470000101", "Olga", 33, "170cm 60kg", d + 1, "Brussels"));
            ads.Add(Woman("new-b" + d, "+32470000102", "Bianka", 29, "165cm 55kg", d + 25, "Antwerp"));
            ads.Add(Woman("new-m" + d, "+32470000102", "Mirela", 21, "158cm 49kg", d + 26, "Antwerp"));
        }

        var r = Linker.Link(ads);
        Assert.Equal(PersonaOf(r, "old-b0"), PersonaOf(r, "new-b0"));
        Assert.NotEqual(PersonaOf(r, "old-b0"), PersonaOf(r, "old-o0"));

        // The same two numbers over the same days, one in Brussels and one in Antwerp: two women who look alike.
        var apart = ads.Select(a => a.AdId.StartsWith("new-", StringComparison.Ordinal) ? a with { PostedAt = a.PostedAt.AddDays(-25) } : a).ToList();
        var two = Linker.Link(apart);
        Assert.NotEqual(PersonaOf(two, "old-b0"), PersonaOf(two, "new-b0"));
    }

    [Theory]
    [InlineData(30, 33, 60, "Porto", true)] // her first number's ads stop, the next number's start in another city: she moved
    [InlineData(30, 6, 36, "Porto", false)] // both advertised for weeks at once, never in one city: two women
    [InlineData(30, 6, 36, "Lisboa", true)] // both at once in one city: one woman with two numbers
    [InlineData(75, 21, 33, "Porto", true)] // two weeks in Porto while the Lisbon ads pause (days 19 to 38)
    [InlineData(75, 42, 51, "Porto", false)] // nine days in Porto while the Lisbon ads go on: two women
    [InlineData(30, 15, 15, "Porto", false)] // one day in Porto in the middle of her Lisbon days: a copy of her ad, not her
    [InlineData(30, 33, 33, "Porto", true)] // one day in Porto after her last Lisbon ad: she may have moved
    public void One_woman_under_two_numbers_is_in_one_city_at_a_time(int lisbonTo, int from, int to, string city, bool joined)
    {
        // Luíza, 37, 151 cm, 56 kg under a Lisbon number every third day to `lisbonTo` (with a pause from day 19 to 38
        // when it runs to day 75), and under a second number from `from` to `to` in `city`; nothing else is shared.
        var ads = new List<AdFeatures>();
        for (var d = 0; d <= lisbonTo; d += 3)
        {
            if (lisbonTo > 60 && d is > 18 and < 39)
            {
                continue;
            }

            ads.Add(Woman("lisbon" + d, "+351910000001", "Luíza", 37, "151cm 56kg", d, "Lisboa"));
        }

        for (var d = from; d <= to; d += 3)
        {
            ads.Add(Woman("second" + d, "+351910000002", "Luíza", 37, "151cm 56kg", d, city));
        }

        var r = Linker.Link(ads);
        if (joined)
        {
            Assert.Equal(PersonaOf(r, "lisbon0"), PersonaOf(r, "second" + from));
        }
        else
        {
            // Two women: two personas, and no network of the two numbers (a later split of the persona used to leave
            // the numbers joined).
            Assert.NotEqual(PersonaOf(r, "lisbon0"), PersonaOf(r, "second" + from));
            Assert.True(NetworkOf(r, "lisbon0") is null || NetworkOf(r, "lisbon0") != NetworkOf(r, "second" + from));
        }
    }

    [Theory]
    [InlineData(4, "Antwerp", true)]
    [InlineData(3, "Antwerp", false)] // fewer than four days apart: a day trip, a late ad
    [InlineData(6, "Brussels", false)] // together in one city
    public void Two_groups_are_apart_when_in_different_cities_on_four_of_the_same_days(int days, string city, bool expected)
    {
        var ads = new List<AdFeatures>();
        for (var d = 0; d < days; d++)
        {
            ads.Add(Ad("a" + d, phone: "+32470000201", day: d, city: "Brussels"));
            ads.Add(Ad("b" + d, phone: "+32470000202", day: d, city: city));
        }

        var groups = new Graph.UnionFind(ads.Count);
        for (var i = 2; i < ads.Count; i++)
        {
            groups.Union(i % 2, i);
        }

        var presence = Graph.GroupPresence.Of(ads, groups, new LinkOptions());
        Assert.Equal(expected, presence.Apart(0, 1));
        Assert.False(presence.Apart(0, 2));
    }

    [Fact]
    public void A_number_showing_one_woman_copied_from_each_of_three_groups_joins_none()
    {
        // Three groups of two women each; a fourth number shows a copy of one woman of each group (same name, age
        // and figures, its own words) — scattered, one woman to a group.
        (string Phone, string Name, int Age, string Figures)[] women =
        [
            ("+32470000011", "Anna", 22, "161cm 50kg"), ("+32470000011", "Bea", 23, "171cm 58kg"),
            ("+32470000022", "Cleo", 24, "163cm 52kg"), ("+32470000022", "Dana", 25, "173cm 60kg"),
            ("+32470000033", "Eva", 26, "165cm 54kg"), ("+32470000033", "Fay", 27, "175cm 62kg"),
        ];
        var ads = new List<AdFeatures>();
        foreach (var (phone, name, age, figures) in women)
        {
            for (var d = 0; d < 5; d++)
            {
                ads.Add(Woman(name + d, phone, name, age, figures, d * 2, "Brussels"));
            }
        }

        foreach (var (phone, name, age, figures) in women.Where((_, i) => i % 2 == 0))
        {
            ads.Add(Woman("copy-" + name, "+32479999999", name, age, figures, 12, "Ghent"));
        }

        var r = Linker.Link(ads);
        Assert.DoesNotContain(r.Networks, net => net.Phones.Count(p => p.StartsWith("+3247000", StringComparison.Ordinal)) > 1);
    }
}
