using static Threadline.Linking.Tests.Ads;

namespace Threadline.Linking.Tests;

/// <summary>
/// Two advertisers who write from two texts of few users in common are one writer: a controller who gives each woman a
/// number of her own, one after another and in other cities (no seam for the continuation rule), is one network.
/// </summary>
public sealed class SharedTextsTests
{
    private const string Massage = "mooie oost europese meid net aangekomen rondingen honderd procent echt en betrouwbaar ontvangst in prive appartement body to body massage vanaf honderd euro bel of sms";

    private const string Visit = "sexy jonge dame nieuw in de stad discreet adres vlakbij het station ook hotelbezoek mogelijk alleen serieuze heren geen sms maar bellen tussen tien en middernacht kusjes";

    private const string Third = "lieve blonde vriendin voor ontspanning en gezelligheid prachtig lichaam natuurlijke borsten warme ontvangst met douche en handdoeken parkeren voor de deur altijd mogelijk";

    /// <summary>A woman's ads under her own number: eight ads over 24 days, alternating between the given texts.</summary>
    private static IEnumerable<AdFeatures> Woman(string name, int age, string phone, string city, int start, params string[] texts) =>
        Enumerable.Range(0, 8).Select(k => Ad(name + k, phone: phone, name: name, day: start + (k * 3), city: city, country: "NL", text: texts[k % texts.Length] + " " + name + " " + Word(start + k)) with { Ages = [age] });

    [Fact]
    public void Women_under_numbers_of_their_own_one_after_another_are_one_network_when_two_texts_are_theirs_in_common()
    {
        // Roxy (25) in Rotterdam, then Andreea (18) in Hamburg a week after Roxy's last ad, then Bianca (22) in Utrecht:
        // each on her own number, each ad written from one of the controller's two texts. No number is shared and the
        // next woman starts in another city, so only the texts say they are one controller's.
        var ads = Woman("Roxy", 25, "+31624312489", "Rotterdam", 0, Massage, Visit)
            .Concat(Woman("Andreea", 18, "+4915279883789", "Hamburg", 28, Massage, Visit))
            .Concat(Woman("Bianca", 22, "+31642479592", "Utrecht", 56, Massage, Visit)).ToList();
        var r = Linker.Link(ads);
        var network = NetworkOf(r, "Roxy0");
        Assert.NotNull(network);
        Assert.Equal(network, NetworkOf(r, "Andreea0"));
        Assert.Equal(network, NetworkOf(r, "Bianca0"));
        Assert.NotEqual(PersonaOf(r, "Roxy0"), PersonaOf(r, "Andreea0"));
        Assert.Contains(r.Networks.Single(n => n.Id == network).Evidence, e => e.Kind == EvidenceKind.Template && e.Reason.Contains("texts in common", StringComparison.Ordinal));
    }

    [Fact]
    public void One_text_in_common_is_not_enough()
    {
        // Each woman writes her second text alone: the one they share may be a stock text two advertisers took up.
        var ads = Woman("Roxy", 25, "+31624312489", "Rotterdam", 0, Massage, Visit)
            .Concat(Woman("Andreea", 18, "+4915279883789", "Hamburg", 28, Massage, Third)).ToList();
        var r = Linker.Link(ads);
        Assert.Null(NetworkOf(r, "Roxy0"));
        Assert.NotEqual(PersonaOf(r, "Roxy0"), PersonaOf(r, "Andreea0"));
    }

    [Fact]
    public void Texts_that_many_advertisers_write_are_nobodys_signature()
    {
        // Seven women in seven cities all write from the same two texts: a pack of texts sold to many, not one writer.
        var cities = new[] { "Rotterdam", "Utrecht", "Eindhoven", "Amsterdam", "Groningen", "Tilburg", "Breda" };
        var ads = cities.SelectMany((c, k) => Woman("Woman" + Word(k), 20 + k, "+3162431240" + k, c, k * 2, Massage, Visit)).ToList();
        var r = Linker.Link(ads);
        Assert.All(ads, a => Assert.Null(NetworkOf(r, a.AdId)));
    }

    [Fact]
    public void One_woman_whose_texts_meet_two_groups_joins_neither()
    {
        // Two groups each show three women under one number and write from two texts of their own; Lena, on a number of
        // her own, writes from all four (too few of each text's ads to join a group on her share of it). One writer cannot be two networks: her texts say nothing about which.
        const string Fourth = "heerlijke latina met een warm hart kom genieten van een onvergetelijk uurtje samen in mijn schone studio vlak bij het centrum afspraak maken kan de hele week door";
        var ads = Woman("Alina", 21, "+31611111111", "Rotterdam", 0, Massage, Visit)
            .Concat(Woman("Diana", 23, "+31611111111", "Rotterdam", 1, Massage, Visit))
            .Concat(Woman("Bianca", 22, "+31611111111", "Rotterdam", 2, Massage, Visit))
            .Concat(Woman("Mila", 24, "+31622222222", "Utrecht", 0, Third, Fourth))
            .Concat(Woman("Sonia", 26, "+31622222222", "Utrecht", 1, Third, Fourth))
            .Concat(Woman("Nina", 25, "+31622222222", "Utrecht", 2, Third, Fourth))
            .Concat(Woman("Lena", 20, "+31633333333", "Eindhoven", 30, Massage, Visit, Third, Fourth)).ToList();
        var r = Linker.Link(ads);
        Assert.NotNull(NetworkOf(r, "Alina0"));
        Assert.NotEqual(NetworkOf(r, "Alina0"), NetworkOf(r, "Mila0"));
        Assert.NotEqual(NetworkOf(r, "Alina0"), NetworkOf(r, "Lena0"));
        Assert.NotEqual(NetworkOf(r, "Mila0"), NetworkOf(r, "Lena0"));
    }
}
