using static Threadline.Linking.Tests.Ads;

namespace Threadline.Linking.Tests;

/// <summary>Joining groups through their bookers, and keeping apart women who share a working name.</summary>
public sealed class GroupJoinTests
{
    private const string PhoneA = "+32470100001";
    private const string PhoneB = "+32470200002";

    /// <summary>Two controllers' numbers, each advertising two women; nothing shared between them.</summary>
    private static List<AdFeatures> TwoGroups() =>
    [
        Ad("a1", phone: PhoneA, name: "Lina", day: 0), Ad("a2", phone: PhoneA, name: "Lina", day: 2),
        Ad("a3", phone: PhoneA, name: "Mara", day: 1), Ad("a4", phone: PhoneA, name: "Mara", day: 3),
        Ad("b1", phone: PhoneB, name: "Nora", day: 0, city: "Antwerp"), Ad("b2", phone: PhoneB, name: "Nora", day: 2, city: "Antwerp"),
        Ad("b3", phone: PhoneB, name: "Ivy", day: 1, city: "Antwerp"), Ad("b4", phone: PhoneB, name: "Ivy", day: 3, city: "Antwerp"),
    ];

    private static BookingRecord Booking(string reference, string email, string phone, string city, int day) => new()
    {
        BookingRef = reference,
        Platform = "staynest.example",
        BookerName = "Booker " + email,
        BookerEmail = email,
        BookerPhone = phone,
        City = city,
        CheckIn = new DateOnly(2026, 3, 1).AddDays(day),
        CheckOut = new DateOnly(2026, 3, 1).AddDays(day + 3),
    };

    [Fact]
    public void A_booker_who_gave_the_numbers_of_two_groups_joins_them_with_the_reason()
    {
        var bookings = new[]
        {
            Booking("R1", "kees@mail.example", PhoneA, "Brussels", 0),
            Booking("R2", "kees@mail.example", "+32 470 20 00 02", "Antwerp", 0),
        };

        var r = Linker.Link(TwoGroups(), bookings);

        Assert.NotNull(NetworkOf(r, "a1"));
        Assert.Equal(NetworkOf(r, "a1"), NetworkOf(r, "b1"));
        var network = r.Networks.Single(n => n.Id == NetworkOf(r, "a1"));
        Assert.Contains(network.Evidence, e => e.Kind == EvidenceKind.Booking && e.Reason.Contains(PhoneB, StringComparison.Ordinal));
    }

    [Fact]
    public void A_booker_who_gave_one_group_s_number_and_the_other_s_email_joins_them()
    {
        var ads = TwoGroups().Select(a => a.AdId.StartsWith('b') ? a with { Emails = ["Ivy.Nora@Mail.example"] } : a).ToList();
        var bookings = new[]
        {
            Booking("R1", "kees@mail.example", PhoneA, "Brussels", 0),
            Booking("R2", "kees@mail.example", "+32470999999", "Antwerp", 0) with { BookerEmail = "ivy.nora@mail.example" },
            Booking("R3", "ivy.nora@mail.example", PhoneA, "Antwerp", 5),
        };

        var r = Linker.Link(ads, bookings);

        Assert.Equal(NetworkOf(r, "a1"), NetworkOf(r, "b1"));
        var network = r.Networks.Single(n => n.Id == NetworkOf(r, "a1"));
        Assert.Contains(network.Evidence, e => e.Kind == EvidenceKind.Booking && e.Reason.Contains("e-mail ivy.nora@mail.example", StringComparison.Ordinal));
    }

    [Fact]
    public void A_booker_tied_to_one_group_only_joins_nothing()
    {
        var bookings = new[]
        {
            Booking("R1", "kees@mail.example", PhoneA, "Brussels", 0),
            Booking("R2", "kees@mail.example", "+32470999999", "Antwerp", 0),
            Booking("R3", "anna@mail.example", PhoneB, "Antwerp", 0),
        };

        var r = Linker.Link(TwoGroups(), bookings);

        Assert.NotNull(NetworkOf(r, "a1"));
        Assert.NotNull(NetworkOf(r, "b1"));
        Assert.NotEqual(NetworkOf(r, "a1"), NetworkOf(r, "b1"));
    }

    [Fact]
    public void Two_women_of_one_network_with_one_working_name_and_no_age_stay_two_personas()
    {
        var ads = TwoGroups();
        ads.Add(Ad("a5", phone: PhoneA, name: "Roxy", day: 4));
        ads.Add(Ad("a6", phone: PhoneA, name: "Roxy", day: 5));
        ads.Add(Ad("b5", phone: PhoneB, name: "Roxy", day: 4, city: "Antwerp"));
        ads.Add(Ad("b6", phone: PhoneB, name: "Roxy", day: 5, city: "Antwerp"));
        var bookings = new[]
        {
            Booking("R1", "kees@mail.example", PhoneA, "Brussels", 0),
            Booking("R2", "kees@mail.example", PhoneB, "Antwerp", 0),
        };

        var r = Linker.Link(ads, bookings);

        Assert.Equal(NetworkOf(r, "a5"), NetworkOf(r, "b5"));
        Assert.Equal(PersonaOf(r, "a5"), PersonaOf(r, "a6"));
        Assert.NotEqual(PersonaOf(r, "a5"), PersonaOf(r, "b5"));
    }

    [Fact]
    public void One_number_showing_one_name_with_two_stated_ages_is_two_women()
    {
        var ads = new List<AdFeatures>();
        for (var i = 0; i < 3; i++)
        {
            ads.Add(Ad("old" + i, phone: PhoneA, name: "Gift", day: i) with { Ages = [25] });
            ads.Add(Ad("new" + i, phone: PhoneA, name: "Gift", day: 40 + i) with { Ages = [29] });
        }

        var r = Linker.Link(ads);

        Assert.Equal(PersonaOf(r, "old0"), PersonaOf(r, "old2"));
        Assert.Equal(PersonaOf(r, "new0"), PersonaOf(r, "new2"));
        Assert.NotEqual(PersonaOf(r, "old0"), PersonaOf(r, "new0"));
    }

    [Fact]
    public void Names_in_a_template_slot_at_the_head_of_a_sentence_tell_an_agency_s_women_apart()
    {
        var ads = new List<AdFeatures>();
        for (var i = 0; i < 4; i++)
        {
            ads.Add(Ad("chloe" + i, phone: PhoneA, text: "Chloe ti aspetta a Roma. Piccolina, capelli lunghi. Ricevo in appartamento privato.", day: i, city: "Roma", country: "IT") with { Title = "Massaggi e altro Roma" });
            ads.Add(Ad("bruna" + i, phone: PhoneA, text: "Bruna ti aspetta a Roma. Piccolina, capelli lunghi. Ricevo in appartamento privato.", day: i, city: "Roma", country: "IT") with { Title = "Massaggi e altro Roma" });
        }

        var r = Linker.Link(ads);

        Assert.Equal(PersonaOf(r, "chloe0"), PersonaOf(r, "chloe3"));
        Assert.Equal(PersonaOf(r, "bruna0"), PersonaOf(r, "bruna3"));
        Assert.NotEqual(PersonaOf(r, "chloe0"), PersonaOf(r, "bruna0"));
    }

    [Fact]
    public void A_number_whose_ads_sit_with_two_differently_named_women_does_not_join_them()
    {
        // A scam number copies Lina's ad (its copy joins her under her own number) and posts an unnamed ad with
        // Mara's photo (it joins her by the photo). Its own ads show one name only, but joining them would glue
        // the two women together.
        const string Scam = "+393230233335";
        var ads = new List<AdFeatures>
        {
            Ad("l1", phone: PhoneA, name: "Lina", day: 0) with { Ages = [25] }, Ad("l2", phone: PhoneA, name: "Lina", day: 2) with { Ages = [25] },
            Ad("m1", phone: PhoneB, name: "Mara", photo: 0xF0F0_1234_5678_9ABCUL, day: 0) with { Ages = [31] },
            Ad("m2", phone: PhoneB, name: "Mara", day: 3) with { Ages = [31] },
            Ad("s1", phone: PhoneA, name: "Lina", day: 5) with { Ages = [25], Phones = [PhoneA, Scam] },
            Ad("s2", phone: Scam, photo: 0xF0F0_1234_5678_9ABCUL, day: 6),
        };

        var r = Linker.Link(ads, []);

        Assert.Equal(PersonaOf(r, "l1"), PersonaOf(r, "s1"));
        Assert.Equal(PersonaOf(r, "m1"), PersonaOf(r, "s2"));
        Assert.NotEqual(PersonaOf(r, "l1"), PersonaOf(r, "m1"));
    }

    [Fact]
    public void An_ad_naming_nobody_joins_the_only_woman_of_its_number_in_that_city_at_the_time()
    {
        var ads = TwoGroups();
        ads.Add(Ad("a1-moved", phone: PhoneA, name: "Lina", day: 10, city: "Ghent"));
        ads.Add(Ad("a1-moved2", phone: PhoneA, name: "Lina", day: 11, city: "Ghent"));
        ads.Add(Ad("nameless-ghent", phone: PhoneA, day: 12, city: "Ghent"));
        ads.Add(Ad("nameless-brussels", phone: PhoneA, day: 2, city: "Brussels"));

        var r = Linker.Link(ads);

        Assert.Equal(PersonaOf(r, "a1-moved"), PersonaOf(r, "nameless-ghent"));
        Assert.NotEqual(PersonaOf(r, "a1"), PersonaOf(r, "nameless-brussels")); // Lina and Mara were both there
        Assert.NotEqual(PersonaOf(r, "a3"), PersonaOf(r, "nameless-brussels"));
    }

    [Fact]
    public void An_agency_s_two_women_of_one_name_and_age_stay_apart_by_their_height_and_weight()
    {
        var ads = new List<AdFeatures>();
        for (var i = 0; i < 3; i++)
        {
            ads.Add(Ad("tall" + i, phone: PhoneA, name: "Olga", text: "Olga, 24. Slim, 1m77, 58kg. Call the agency. " + UniqueText(), day: i) with { Ages = [24] });
            ads.Add(Ad("short" + i, phone: PhoneA, name: "Olga", text: "Olga, 24. Curvy, 156cm, 69 kg. Call the agency. " + UniqueText(), day: i) with { Ages = [24] });
        }

        var r = Linker.Link(ads);

        Assert.Equal(PersonaOf(r, "tall0"), PersonaOf(r, "tall2"));
        Assert.Equal(PersonaOf(r, "short0"), PersonaOf(r, "short2"));
        Assert.NotEqual(PersonaOf(r, "tall0"), PersonaOf(r, "short0"));
    }

    [Fact]
    public void An_agency_s_ads_that_name_nobody_are_told_apart_by_height_and_weight()
    {
        // "Every week new girls": no names, no photos, one number; the figures are each woman's.
        var ads = new List<AdFeatures>();
        int[] weights = [51, 61, 74];
        for (var w = 0; w < weights.Length; w++)
        {
            for (var i = 0; i < 3; i++)
            {
                ads.Add(Ad("w" + weights[w] + "-" + i, phone: PhoneA, text: "New girls every week with us. Soft and sweet, " + weights[w] + "kg. " + UniqueText(), day: i));
            }
        }

        var r = Linker.Link(ads);

        Assert.All(weights, w => Assert.Equal(PersonaOf(r, "w" + w + "-0"), PersonaOf(r, "w" + w + "-2")));
        Assert.NotEqual(PersonaOf(r, "w51-0"), PersonaOf(r, "w61-0"));
        Assert.NotEqual(PersonaOf(r, "w61-0"), PersonaOf(r, "w74-0"));
    }

    [Fact]
    public void One_unnamed_woman_under_three_numbers_one_after_the_other_is_one_woman_not_a_network()
    {
        // A controller with one woman (a "loverboy"): her ads never give a name, the number changes every ten days and the
        // two texts she is advertised with continue under the new number (one writer: `SharedTexts`). Nothing tells the
        // three numbers' women apart: one woman, no network lead.
        const string PhoneC = "+32470300003";
        string[] phones = [PhoneA, PhoneB, PhoneC];
        string[] texts = [UniqueText(), UniqueText()];
        var ads = new List<AdFeatures>();
        for (var d = 0; d < 30; d++)
        {
            ads.Add(Ad("x" + d, phone: phones[d / 10], text: texts[d % 2] + " 165cm 55kg " + Word(d), city: ((string[])["Brussels", "Antwerp", "Ghent"])[d / 10], day: d));
        }

        var r = Linker.Link(ads);

        Assert.Single(ads.Select(a => PersonaOf(r, a.AdId)).Distinct());
        Assert.DoesNotContain(r.Networks, n => n.PersonaIds.Count > 1);
    }

    [Fact]
    public void Two_women_of_one_name_and_age_advertised_in_two_cities_at_once_are_split_along_their_stays()
    {
        // One controller's number, one working name and age, two women: one in Barcelona all along, the other moving
        // from Liège to Antwerp. A woman is in one city at a time.
        var ads = new List<AdFeatures>();
        for (var d = 0; d < 20; d += 2)
        {
            ads.Add(Ad("bcn" + d, phone: PhoneA, name: "Yu", city: "Barcelona", country: "ES", day: d) with { Ages = [39] });
            ads.Add(Ad((d < 10 ? "lge" : "ant") + d, phone: PhoneA, name: "Yu", city: d < 10 ? "Liège" : "Antwerp", day: d + 1) with { Ages = [39] });
        }

        var r = Linker.Link(ads);

        Assert.Equal(PersonaOf(r, "bcn0"), PersonaOf(r, "bcn18"));
        Assert.Equal(PersonaOf(r, "lge0"), PersonaOf(r, "ant18"));
        Assert.NotEqual(PersonaOf(r, "bcn0"), PersonaOf(r, "lge0"));
    }

    [Fact]
    public void A_woman_who_moves_on_while_her_old_ads_are_still_reposted_stays_one_persona()
    {
        var ads = new List<AdFeatures>();
        var old = UniqueText();
        for (var d = 0; d < 10; d++)
        {
            ads.Add(Ad("rot" + d, phone: PhoneA, name: "Denisa", city: "Rotterdam", country: "NL", day: d, text: d == 0 ? old : null) with { Ages = [21] });
            ads.Add(Ad("ham" + d, phone: PhoneA, name: "Denisa", city: "Hamburg", country: "DE", day: 10 + d) with { Ages = [21] });
        }

        // A bumping service reposts her first Rotterdam ad, word for word, every eight hours after she has left.
        for (var h = 0; h < 45; h++)
        {
            var bump = Ad("bump" + h, phone: PhoneA, name: "Denisa", city: "Rotterdam", country: "NL", day: 0, text: old) with { Ages = [21], Title = "Ad rot0" };
            ads.Add(bump with { PostedAt = bump.PostedAt.AddHours(8 * (h + 1)) });
        }

        var r = Linker.Link(ads);

        Assert.Equal(PersonaOf(r, "rot0"), PersonaOf(r, "ham9"));
        Assert.Equal(PersonaOf(r, "rot0"), PersonaOf(r, "bump44"));
    }

    [Fact]
    public void Ads_giving_her_name_without_an_age_join_the_woman_of_that_name_who_is_in_town_with_them()
    {
        // Two women called Sonia in one network (ages 20 and 28, on their own numbers, in Köln and Amsterdam); a
        // third number posts "Sonia" without an age in Köln while the 20-year-old is there.
        const string PhoneC = "+31639501623";
        var ads = new List<AdFeatures>();
        for (var d = 0; d < 6; d++)
        {
            ads.Add(Ad("young" + d, phone: PhoneA, name: "Sonia", city: "Köln", country: "DE", day: d) with { Ages = [20], Phones = [PhoneA, PhoneC] });
            ads.Add(Ad("older" + d, phone: PhoneB, name: "Sonia", city: "Amsterdam", country: "NL", day: d) with { Ages = [28], Phones = [PhoneB, PhoneC] });
        }

        ads.Add(Ad("noage1", phone: "+31657306515", name: "Sonia", city: "Köln", country: "DE", day: 2) with { Phones = ["+31657306515", PhoneC] });
        ads.Add(Ad("noage2", phone: "+31657306515", name: "Sonia", city: "Köln", country: "DE", day: 4) with { Phones = ["+31657306515", PhoneC] });

        var r = Linker.Link(ads);

        Assert.NotEqual(PersonaOf(r, "young0"), PersonaOf(r, "older0"));
        Assert.Equal(PersonaOf(r, "young0"), PersonaOf(r, "noage1"));
        Assert.Equal(PersonaOf(r, "young0"), PersonaOf(r, "noage2"));
    }

    [Fact]
    public void The_same_name_age_height_and_weight_under_two_unrelated_numbers_is_one_woman_with_the_reason()
    {
        var ads = new List<AdFeatures>();
        for (var i = 0; i < 3; i++)
        {
            ads.Add(Ad("old" + i, phone: PhoneA, name: "Andreea", text: "Hallo heren, mijn naam is Andreea. 1m72, 55kg. " + UniqueText(), day: i) with { Ages = [20] });
            ads.Add(Ad("new" + i, phone: PhoneB, name: "Andreea", text: "Ich bin Andreea. 172 cm, 55 kg. " + UniqueText(), day: 30 + i) with { Ages = [20] });
            ads.Add(Ad("other" + i, phone: "+32470300003", name: "Andreea", text: "I am Andreea. 1m60, 49kg. " + UniqueText(), day: 30 + i) with { Ages = [20] });
        }

        var r = Linker.Link(ads);

        Assert.Equal(PersonaOf(r, "old0"), PersonaOf(r, "new2"));
        Assert.NotEqual(PersonaOf(r, "old0"), PersonaOf(r, "other0"));
        var persona = r.Personas.Single(p => p.Id == PersonaOf(r, "old0"));
        Assert.Contains(persona.Evidence, e => e.Kind == EvidenceKind.Figures && e.Reason.Contains("172 cm, 55 kg", StringComparison.Ordinal));
    }
}
