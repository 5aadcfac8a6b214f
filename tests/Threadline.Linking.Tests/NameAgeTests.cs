using static Threadline.Linking.Tests.Ads;

namespace Threadline.Linking.Tests;

/// <summary>Two women of one working name are told apart by their stated ages.</summary>
public sealed class NameAgeTests
{
    [Theory]
    [InlineData(26, false)]
    [InlineData(27, true)]
    public void Two_women_of_one_name_and_ages_two_years_apart_stay_two_when_the_second_is_advertised_once_under_the_firsts_number(int secondAge, bool onePersona)
    {
        // "Sonia" 28 under a controller's number in Hamburg; three days after her last ad a second "Sonia", 26, is
        // advertised once under that number in Köln, then under her own number and e-mail (`first_person` s3, network
        // n1507). A year apart is one woman whose birthday came (or a typo), and her ads join as before.
        var ads = new List<AdFeatures>();
        for (var d = 0; d < 24; d += 3)
        {
            ads.Add(Ad("first" + d, phone: "+31618808896", name: "Sonia", day: d, city: "Hamburg", country: "DE") with { Ages = [28] });
            ads.Add(Ad("second" + d, phone: "+31623088721", name: "Sonia", day: 28 + d, city: "Köln", country: "DE", email: "sonia.d@example.org") with { Ages = [secondAge] });
        }

        ads.Add(Ad("once", phone: "+31618808896", name: "Sonia", day: 25, city: "Köln", country: "DE", email: "sonia.d@example.org") with { Ages = [secondAge] });
        var r = Linker.Link(ads);
        Assert.Equal(PersonaOf(r, "second0"), PersonaOf(r, "once"));
        Assert.Equal(onePersona, PersonaOf(r, "first0") == PersonaOf(r, "second0"));
        if (!onePersona)
        {
            var network = Assert.Single(r.Networks);
            Assert.Equal(2, network.PersonaIds.Count);
        }
    }
}
