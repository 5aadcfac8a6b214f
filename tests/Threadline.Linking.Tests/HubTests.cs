using System.Globalization;
using static Threadline.Linking.Tests.Ads;

namespace Threadline.Linking.Tests;

public sealed class HubTests
{
    private static string Phone(int i) => "+3247200" + i.ToString("D4", CultureInfo.InvariantCulture);

    [Fact]
    public void A_site_number_printed_next_to_every_advertiser_is_cut_and_no_giant_component_forms()
    {
        var ads = Enumerable.Range(0, 60).Select(i => Ad("a" + i, phone: Phone(i)) with { Phones = [Phone(i), "+3220000000"] }).ToList();
        var r = Linker.Link(ads);
        var hub = Assert.Single(r.Hubs);
        Assert.Equal("+3220000000", hub.Value);
        Assert.Equal(HubAction.Cut, hub.Action);
        Assert.Contains("phones", hub.Reason, StringComparison.Ordinal);
        Assert.Empty(r.Networks);
        Assert.Equal(60, r.Personas.Count);
    }

    [Fact]
    public void A_stock_photo_on_many_advertisers_ads_is_cut()
    {
        var ads = Enumerable.Range(0, 40).Select(i => Ad("a" + i, phone: Phone(i), photo: 0xABCD_EF01_2345_6789UL ^ (ulong)(i % 3))).ToList();
        var r = Linker.Link(ads);
        Assert.Contains(r.Hubs, h => h.Kind == EvidenceKind.Photo);
        Assert.Empty(r.Networks);
    }

    [Fact]
    public void Boilerplate_text_used_by_many_advertisers_is_cut()
    {
        const string boiler = "please read the rules of this site before contacting any advertiser all advertisers are adults and independent the site takes no responsibility for the content";
        var ads = Enumerable.Range(0, 40).Select(i => Ad("a" + i, phone: Phone(i), text: boiler)).ToList();
        var r = Linker.Link(ads);
        Assert.Contains(r.Hubs, h => h.Kind == EvidenceKind.Template);
        Assert.Empty(r.Networks);
    }

    [Fact]
    public void A_scam_number_pasted_into_copies_keeps_its_copies_together_but_away_from_the_originals()
    {
        var originals = Enumerable.Range(0, 30).Select(i => Ad("o" + i, phone: Phone(i))).ToList();
        var copies = originals.Select((o, i) => o with { AdId = "c" + i, Phones = ["+32499999999"] }).ToList();
        var r = Linker.Link([.. originals, .. copies]);
        var hub = Assert.Single(r.Hubs);
        Assert.Equal(HubAction.DownWeighted, hub.Action);
        Assert.Equal(PersonaOf(r, "c0"), PersonaOf(r, "c7"));
        Assert.NotEqual(PersonaOf(r, "o0"), PersonaOf(r, "c0"));
        Assert.Null(NetworkOf(r, "o0"));
        Assert.True(r.Statistics.LargestNetworkAds < 30);
    }

    [Fact]
    public void An_identifier_on_a_large_share_of_all_ads_is_cut()
    {
        var ads = Enumerable.Range(0, 400).Select(i => Ad("a" + i, handle: "telegram:siteadmin")).ToList();
        var r = Linker.Link(ads, options: new LinkOptions { HubMinAds = 100 });
        Assert.Contains(r.Hubs, h => h.Value == "telegram:siteadmin" && h.Reason.Contains("of 400 ads", StringComparison.Ordinal));
    }

    [Fact]
    public void A_number_pasted_into_copies_of_a_few_advertisers_ads_is_one_invented_persona_apart_from_them()
    {
        // Four advertisers, each with her own number, name and words; a copier reposts one ad of each a day later
        // with its own number: too few for the hub rule, but every one of its ads repeats another's.
        string[] women = ["Lina", "Mara", "Nora", "Ivy"];
        var ads = new List<AdFeatures>();
        var copies = new List<AdFeatures>();
        for (var w = 0; w < women.Length; w++)
        {
            var text = UniqueText();
            ads.Add(Ad(women[w] + "1", phone: Phone(w), name: women[w], text: text, day: w) with { Ages = [21 + w] });
            ads.Add(Ad(women[w] + "2", phone: Phone(w), name: women[w], text: text, day: w + 3) with { Ages = [21 + w] });
            copies.Add(Ad("copy-" + women[w], phone: "+32499999999", name: women[w], text: text, day: w + 1) with { Ages = [21 + w] });
        }

        var r = Linker.Link([.. ads, .. copies]);

        Assert.All(copies, c => Assert.Equal(PersonaOf(r, "copy-Lina"), PersonaOf(r, c.AdId)));
        Assert.All(women, w => Assert.Equal(PersonaOf(r, w + "1"), PersonaOf(r, w + "2")));
        Assert.All(women, w => Assert.NotEqual(PersonaOf(r, w + "1"), PersonaOf(r, "copy-" + w)));
        Assert.All(women, w => Assert.Null(NetworkOf(r, w + "1")));
        var copier = Assert.Single(r.Hubs);
        Assert.Equal("+32499999999", copier.Value);
        Assert.Equal(HubAction.DownWeighted, copier.Action);
        Assert.Contains("4 other advertisers", copier.Reason, StringComparison.Ordinal);
    }

    [Fact]
    public void A_copier_is_found_when_its_copies_sit_in_a_template_too_large_to_search()
    {
        // 5,100 unnamed ads whose texts overlap in a chain (each repeats most of the words of the one before) make one
        // near-duplicate cluster over the 5,000 ads the copy detector searches for originals. Four women's ads and a
        // copier's copies of them sit inside it: the originals are found among the ads giving the same name instead.
        var rng = new Random(11);
        var chain = Enumerable.Range(0, 5_200).Select(_ => Word(rng.Next(1_000_000))).ToArray();
        string Slice(int k) => string.Join(' ', chain.AsSpan(k, 40).ToArray());
        var ads = Enumerable.Range(0, 5_100).Select(k => Ad("filler" + k, text: Slice(k), day: k % 20)).ToList();
        string[] women = ["Lina", "Mara", "Nora", "Ivy"];
        var copies = new List<AdFeatures>();
        for (var w = 0; w < women.Length; w++)
        {
            var text = Slice(1_000 * (w + 1)) + " " + women[w];
            ads.Add(Ad(women[w] + "1", phone: Phone(w), name: women[w], text: text, day: w) with { Ages = [21 + w] });
            ads.Add(Ad(women[w] + "2", phone: Phone(w), name: women[w], text: text, day: w + 3) with { Ages = [21 + w] });
            copies.Add(Ad("copy-" + women[w], phone: "+32499999999", name: women[w], text: text, day: w + 1) with { Ages = [21 + w] });
        }

        var r = Linker.Link([.. ads, .. copies]);

        Assert.Contains(r.Hubs, h => h.Kind == EvidenceKind.Template && h.AdCount > 5_000);
        var copier = Assert.Single(r.Hubs, h => h.Value == "+32499999999");
        Assert.Equal(HubAction.DownWeighted, copier.Action);
        Assert.All(women, w => Assert.NotEqual(PersonaOf(r, w + "1"), PersonaOf(r, "copy-" + w)));
        Assert.All(women, w => Assert.Null(NetworkOf(r, w + "1")));
    }

    [Fact]
    public void A_copier_is_found_when_its_template_and_its_names_are_both_too_common_to_search_whole()
    {
        // As above, but 9,000 ads over 20 days, each giving one of the four women's names: every name is on more than
        // the 2,000 ads the detector searches, so neither the template nor the name can be searched whole (at 1M ads
        // the common names and boilerplate clusters are this size). The original is searched among the ads posted
        // shortly before each copy, nearest first.
        var rng = new Random(13);
        string[] women = ["Lina", "Mara", "Nora", "Ivy"];
        var chain = Enumerable.Range(0, 9_100).Select(_ => Word(rng.Next(1_000_000))).ToArray();
        string Slice(int k) => string.Join(' ', chain.AsSpan(k, 40).ToArray());
        var ads = Enumerable.Range(0, 9_000).Select(k => Ad("filler" + k, name: women[k % 4], text: Slice(k), day: k % 20)).ToList();
        var copies = new List<AdFeatures>();
        for (var w = 0; w < women.Length; w++)
        {
            var text = Slice(2_000 * (w + 1)) + " " + women[w] + " only";
            ads.Add(Ad(women[w] + "1", phone: Phone(w), name: women[w], text: text, day: 10 + w) with { Ages = [21 + w] });
            ads.Add(Ad(women[w] + "2", phone: Phone(w), name: women[w], text: text, day: 13 + w) with { Ages = [21 + w] });
            copies.Add(Ad("copy-" + women[w], phone: "+32499999999", name: women[w], text: text, day: 11 + w) with { Ages = [21 + w] });
        }

        var r = Linker.Link([.. ads, .. copies]);

        Assert.Contains(r.Hubs, h => h.Kind == EvidenceKind.Template && h.AdCount > 5_000);
        var copier = Assert.Single(r.Hubs, h => h.Value == "+32499999999");
        Assert.Equal(HubAction.DownWeighted, copier.Action);
        Assert.All(women, w => Assert.NotEqual(PersonaOf(r, w + "1"), PersonaOf(r, "copy-" + w)));
    }

    [Fact]
    public void A_network_s_new_number_repeating_its_women_s_ads_is_not_a_copier()
    {
        // The controller moves Lina and Mara from the old number to a new one; the new number's ads repeat the
        // old ones word for word, but all from one advertiser.
        var lina = UniqueText();
        var mara = UniqueText();
        var ads = new List<AdFeatures>
        {
            Ad("old-lina", phone: Phone(1), name: "Lina", text: lina, day: 0) with { Ages = [22] },
            Ad("old-mara", phone: Phone(1), name: "Mara", text: mara, day: 1) with { Ages = [24] },
            Ad("new-lina", phone: Phone(2), name: "Lina", text: lina, day: 20) with { Ages = [22] },
            Ad("new-mara", phone: Phone(2), name: "Mara", text: mara, day: 21) with { Ages = [24] },
        };

        var r = Linker.Link(ads);

        Assert.Empty(r.Hubs);
        Assert.Equal(PersonaOf(r, "old-lina"), PersonaOf(r, "new-lina"));
        Assert.NotEqual(PersonaOf(r, "new-lina"), PersonaOf(r, "new-mara"));
    }

    [Fact]
    public void A_woman_who_reposts_her_own_ads_under_a_new_number_spelling_her_name_in_two_scripts_is_not_a_copier()
    {
        // Sofia advertised under two numbers (no identifier ties them), once as "Sofia" and once as "Софи"; her third
        // number reposts one ad of each, word for word. Two names on the new number, each ad repeating another number's
        // ad: read by exact names that is "a copier of two advertisers". The two names are spellings of one.
        var first = UniqueText();
        var second = UniqueText();
        var ads = new List<AdFeatures>
        {
            Ad("a-1", phone: Phone(1), name: "Sofia", text: first, day: 0) with { Ages = [24] },
            Ad("a-2", phone: Phone(1), name: "Sofia", text: first, day: 3) with { Ages = [24] },
            Ad("c-1", phone: Phone(3), name: "Софи", text: second, day: 5) with { Ages = [24] },
            Ad("c-2", phone: Phone(3), name: "Софи", text: second, day: 8) with { Ages = [24] },
            Ad("b-1", phone: Phone(2), name: "Sofia", text: first, day: 10) with { Ages = [24] },
            Ad("b-2", phone: Phone(2), name: "Софи", text: second, day: 12) with { Ages = [24] },
        };

        var r = Linker.Link(ads);

        Assert.DoesNotContain(r.Hubs, h => h.Value == Phone(2));
        Assert.Equal(PersonaOf(r, "b-1"), PersonaOf(r, "b-2"));
        Assert.Null(NetworkOf(r, "b-1"));
    }

    [Theory]
    [InlineData(false, true)]
    [InlineData(true, false)]
    public void A_copier_that_reposts_each_copied_woman_several_times_is_a_copier_unless_it_repeats_a_group_of_women(bool sourcesAreOneGroup, bool copier)
    {
        // A scam number reposts the ads of three women three times each (9 ads, 3 names: a third as many names as ads,
        // not half). When the three women are independents on numbers of their own it is a copier and joins nobody;
        // when they are a controller's women on his two numbers (each showing two women), the number repeating them is
        // his new one.
        string[] women = ["Lina", "Mara", "Nora"];
        var ads = new List<AdFeatures>();
        var copies = new List<AdFeatures>();
        for (var w = 0; w < women.Length; w++)
        {
            var text = UniqueText();
            var phone = sourcesAreOneGroup ? Phone(7 + (w / 2)) : Phone(w);
            ads.Add(Ad(women[w] + "1", phone: phone, name: women[w], text: text, day: w) with { Ages = [21 + w] });
            ads.Add(Ad(women[w] + "2", phone: phone, name: women[w], text: text, day: w + 4) with { Ages = [21 + w] });
            for (var k = 0; k < 3; k++)
            {
                copies.Add(Ad("copy-" + women[w] + k, phone: "+32499999999", name: women[w], text: text, day: w + 1 + (k * 5)) with { Ages = [21 + w] });
            }
        }

        if (sourcesAreOneGroup)
        {
            var text = UniqueText();
            ads.Add(Ad("Ivy1", phone: Phone(8), name: "Ivy", text: text, day: 2) with { Ages = [30] });
            ads.Add(Ad("Ivy2", phone: Phone(8), name: "Ivy", text: text, day: 6) with { Ages = [30] });
        }

        var r = Linker.Link([.. ads, .. copies]);

        Assert.Equal(copier, r.Hubs.Any(h => h.Value == "+32499999999" && h.Action == HubAction.DownWeighted));
        if (copier)
        {
            Assert.All(women, w => Assert.Null(NetworkOf(r, w + "1")));
            Assert.All(women, w => Assert.NotEqual(PersonaOf(r, w + "1"), PersonaOf(r, "copy-" + w + "0")));
        }
    }
}
