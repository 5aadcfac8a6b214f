using static Threadline.Linking.Tests.Ads;

namespace Threadline.Linking.Tests;

/// <summary>
/// Issue 15, item 3: a controller's text continuing under another number (the same template, the next number's first
/// ad within days of the last one's, in the same city) joins the two numbers into one network.
/// </summary>
public sealed class TemplateContinuationTests
{
    private const string Text = "mooie oost europese meid net aangekomen rondingen honderd procent echt en betrouwbaar ontvangst in prive appartement body to body massage vanaf honderd euro bel of sms";

    private static AdFeatures Woman(string id, string phone, string name, int age, int day, string city) =>
        Ad(id, phone: phone, name: name, day: day, city: city, country: "BE", text: Text + " " + name + " " + Word(day)) with { Ages = [age] };

    [Theory]
    [InlineData("Brussels", 2, true)]
    [InlineData("Antwerp", 2, false)]
    [InlineData("Brussels", 20, false)]
    public void A_woman_moved_from_the_groups_number_to_her_own_joins_the_group_when_her_text_continues_there(string newCity, int gap, bool joined)
    {
        // The group's number shows Alina (18), Diana (20) and Roxy (23) in Brussels; Alina's ads stop on day 21 and go
        // on under a number of her own, written from the group's text (too few of its ads for the template's share
        // rule). In another city, or weeks later, it is someone else.
        var ads = new List<AdFeatures>();
        for (var d = 0; d <= 21; d += 2)
        {
            ads.Add(Woman("g-alina" + d, "+32470000071", "Alina", 18, d, "Brussels"));
            ads.Add(Woman("g-diana" + d, "+32470000071", "Diana", 20, d + 1, "Brussels"));
            ads.Add(Woman("g-roxy" + d, "+32470000071", "Roxy", 23, d + 1, "Brussels"));
        }

        for (var d = 0; d <= 9; d += 3)
        {
            ads.Add(Woman("own" + d, "+32470000072", "Alina", 18, 21 + gap + d, newCity));
        }

        var r = Linker.Link(ads);
        Assert.NotNull(NetworkOf(r, "g-alina0"));
        Assert.Equal(joined, NetworkOf(r, "g-alina0") == NetworkOf(r, "own0"));
        if (joined)
        {
            Assert.Equal(PersonaOf(r, "g-alina0"), PersonaOf(r, "own0"));
            var network = r.Networks.Single(n => n.Id == NetworkOf(r, "own0"));
            Assert.Contains(network.Evidence, e => e.Kind == EvidenceKind.Template && e.Value == "+32470000071 → +32470000072");
        }
    }

    [Theory]
    [InlineData("Andreea", 29, 2, true)]
    [InlineData("Andreea", 29, 7, false)]
    [InlineData("Alina", 19, 2, false)]
    public void A_womans_text_continued_under_a_new_number_is_her_unless_many_write_that_text_or_another_woman_is_named(string name, int age, int others, bool joined)
    {
        // Andreea (29) is advertised under one number until day 30, from day 33 under another, same text, same city:
        // the controller changed her number. When seven other advertisers also write that text it is a stock text, and
        // another woman named on it may be an independent who took it up (a new woman on the same ads is not enough).
        var ads = new List<AdFeatures>();
        for (var d = 0; d <= 30; d += 3)
        {
            ads.Add(Woman("andreea" + d, "+32470000081", "Andreea", 29, d, "Brussels"));
        }

        for (var d = 33; d <= 45; d += 3)
        {
            ads.Add(Woman("next" + d, "+32470000082", name, age, d, "Brussels"));
        }

        for (var k = 0; k < others; k++)
        {
            for (var d = 0; d < 3; d++)
            {
                ads.Add(Woman("other" + k + "-" + d, "+3247000090" + k, "Other" + Word(k), 30 + k, 60 + (k * 10) + d, "Liège"));
            }
        }

        var r = Linker.Link(ads);
        Assert.Equal(joined, PersonaOf(r, "andreea0") == PersonaOf(r, "next33"));
    }

    private const string English = "sweet eastern european girl just arrived in town natural curves real photos discreet private apartment relaxing massage and more call or text me now";

    [Theory]
    [InlineData(8, 2, 1, true)]
    [InlineData(8, 1, 0, false)]
    [InlineData(25, 2, 1, false)]
    [InlineData(-10, 2, 1, false)]
    public void A_new_woman_on_the_last_womans_texts_after_her_last_ad_joins_her_network(int gap, int texts, int englishAds, bool joined)
    {
        // Larisa (19) is advertised under one number until day 30, from two texts (Dutch and English); `gap` days after
        // her last ad Andreea (25) starts under another number, in another city, with the Dutch text and (with two texts)
        // one ad of the English one: a controller bringing the next woman on the same ads. One text in common is a stock
        // sentence as often as a network; weeks later, or while the first is still advertised, it is someone else.
        var ads = new List<AdFeatures>();
        for (var d = 0; d <= 30; d += 2)
        {
            var text = d % 4 == 0 ? Text : English;
            ads.Add(Ad("larisa" + d, phone: "+32470000091", name: "Larisa", day: d, city: "Brussels", text: text + " larisa " + Word(d)) with { Ages = [19] });
        }

        var start = 30 + gap;
        for (var k = 0; k < 8; k++)
        {
            var text = texts == 2 && k < englishAds ? English : Text;
            ads.Add(Ad("andreea" + k, phone: "+31616000092", name: "Andreea", day: start + (2 * k), city: "Hamburg", country: "DE", text: text + " andreea " + Word(100 + k)) with { Ages = [25] });
        }

        var r = Linker.Link(ads);
        Assert.NotEqual(PersonaOf(r, "larisa0"), PersonaOf(r, "andreea0"));
        Assert.Equal(joined, NetworkOf(r, "larisa0") is { } network && network == NetworkOf(r, "andreea0"));
        if (joined)
        {
            var evidence = r.Networks.Single(n => n.Id == NetworkOf(r, "andreea0")).Evidence;
            Assert.Contains(evidence, e => e.Kind == EvidenceKind.Template && e.Value == "+32470000091 → +31616000092" && e.Reason.Contains("with another woman", StringComparison.Ordinal));
        }
    }
}
