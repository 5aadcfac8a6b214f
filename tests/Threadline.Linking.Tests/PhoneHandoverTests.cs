using static Threadline.Linking.Tests.Ads;

namespace Threadline.Linking.Tests;

/// <summary>
/// A handover joins a controller's old and new number when several women told apart move from one to the other. One
/// woman whose name is written several ways is one woman: two independents of one common name and age, each on her own
/// number in one city, are not a controller's two numbers (at 200,000 ads of the `name_scripts` style, six independents
/// "Sofia" / "Sophie" / "Софи", 43, in Rome were chained into one network this way and then into one persona).
/// </summary>
public sealed class PhoneHandoverTests
{
    private static AdFeatures Woman(string id, string phone, string name, int age, string figures, int day) =>
        Ad(id, phone: phone, name: name, day: day, city: "Rome", country: "IT", text: UniqueText() + " " + figures) with { Ages = [age] };

    [Fact]
    public void Two_independents_of_one_name_spelt_two_ways_are_not_one_controller_s_numbers()
    {
        var ads = new List<AdFeatures>();
        for (var d = 0; d < 20; d += 2)
        {
            var spelling = d % 4 == 0 ? "Sofia" : "Sophie";
            ads.Add(Woman("a" + d, "+393805640310", spelling, 43, "165cm 55kg", d));
            ads.Add(Woman("b" + d, "+393959577362", spelling, 43, "165cm 55kg", d + 1));
        }

        var r = Linker.Link(ads);

        // Same name, age and figures in one city on the same days: no controller's handover; joined at all, they are
        // one woman with two numbers (one persona), never a network of two.
        Assert.DoesNotContain(r.Networks, n => n.Evidence.Any(e => e.Value.Contains(" → ", StringComparison.Ordinal)));
        Assert.True(NetworkOf(r, "a0") != NetworkOf(r, "b0") || PersonaOf(r, "a0") == PersonaOf(r, "b0"));
        Assert.All(r.Networks, n => Assert.Single(n.PersonaIds));
    }

    [Fact]
    public void A_controller_s_two_numbers_showing_the_same_two_women_in_one_city_are_one_network()
    {
        // Lina and Mara (told apart: other names, other ages) move from the old number to the new one in Rome within days.
        var ads = new List<AdFeatures>();
        for (var d = 0; d < 20; d += 2)
        {
            ads.Add(Woman("old-lina" + d, "+393805640311", "Lina", 22, "165cm 55kg", d));
            ads.Add(Woman("old-mara" + d, "+393805640311", "Mara", 24, "172cm 63kg", d + 1));
            ads.Add(Woman("new-lina" + d, "+393959577363", "Lina", 22, "165cm 55kg", d + 18));
            ads.Add(Woman("new-mara" + d, "+393959577363", "Mara", 24, "172cm 63kg", d + 19));
        }

        var r = Linker.Link(ads);

        Assert.Equal(NetworkOf(r, "old-lina0"), NetworkOf(r, "new-mara18"));
        Assert.NotNull(NetworkOf(r, "old-lina0"));
        Assert.Equal(PersonaOf(r, "old-lina0"), PersonaOf(r, "new-lina18"));
        Assert.NotEqual(PersonaOf(r, "old-lina0"), PersonaOf(r, "old-mara0"));
    }

    [Theory]
    [InlineData(false, false)]
    [InlineData(true, true)]
    public void Two_numbers_showing_two_women_of_the_same_names_and_ages_for_weeks_at_once_are_one_controller_only_with_their_figures(bool figures, bool joined)
    {
        // Two agencies of Rome, each with four women, advertised side by side for six weeks; each has a "Lina, 22" and a
        // "Mara, 24" (at 200,000 ads such coincidences of common names and ages between agencies of one city joined them
        // into one "network"). Nobody moves from one number to the other. Only the same height and weight for both women
        // under both numbers says they are the same women, shown under two numbers at once.
        var ads = new List<AdFeatures>();
        string Figures(string f) => figures ? f : "";
        for (var d = 0; d < 42; d += 3)
        {
            ads.Add(Woman("x-lina" + d, "+393805640321", "Lina", 22, Figures("165cm 55kg"), d));
            ads.Add(Woman("x-mara" + d, "+393805640321", "Mara", 24, Figures("172cm 63kg"), d + 1));
            ads.Add(Woman("x-dora" + d, "+393805640321", "Dora", 31, "", d + 2));
            ads.Add(Woman("x-ilse" + d, "+393805640321", "Ilse", 27, "", d + 1));
            ads.Add(Woman("y-lina" + d, "+393959577364", "Lina", 22, Figures("165cm 55kg"), d + 1));
            ads.Add(Woman("y-mara" + d, "+393959577364", "Mara", 24, Figures("172cm 63kg"), d + 2));
            ads.Add(Woman("y-vera" + d, "+393959577364", "Vera", 35, "", d));
            ads.Add(Woman("y-zora" + d, "+393959577364", "Zora", 20, "", d + 2));
        }

        var r = Linker.Link(ads);

        Assert.Equal(joined, r.Networks.Any(n => n.Evidence.Any(e => e.Value == "+393805640321 → +393959577364")));
        Assert.Equal(joined, NetworkOf(r, "x-dora0") == NetworkOf(r, "y-vera0"));
    }
}
