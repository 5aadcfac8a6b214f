using System.Text.RegularExpressions;
using Threadline.Simulation.Phones;
using Threadline.Simulation.Styles;
using Threadline.Simulation.Truth;

namespace Threadline.Simulation.Tests;

/// <summary>The writing styles of <c>threadline simulate --style</c> (issue 15, item 6): each breaks one assumption of the default world.</summary>
public sealed class StyleTests : IClassFixture<StyleWorlds>
{
    private readonly StyleWorlds _worlds;

    public StyleTests(StyleWorlds worlds) => _worlds = worlds;

    [Fact]
    public void A_styled_world_is_deterministic_and_differs_from_the_default_one()
    {
        var a = DeterminismTests.Temp();
        var b = DeterminismTests.Temp();
        var c = DeterminismTests.Temp();
        try
        {
            var options = new SimulationOptions { Seed = 11, Ads = 1500, Days = 60, Styles = StyleCatalog.Expand(["mixed"]) };
            Simulator.Run(options, a);
            Simulator.Run(options, b);
            Simulator.Run(options with { Styles = [] }, c);
            foreach (var f in Directory.GetFiles(a, "*", SearchOption.AllDirectories).Select(f => Path.GetRelativePath(a, f)))
            {
                Assert.True(File.ReadAllBytes(Path.Combine(a, f)).AsSpan().SequenceEqual(File.ReadAllBytes(Path.Combine(b, f))), f + " differs");
            }

            Assert.Contains("\"style\":", File.ReadAllText(Path.Combine(a, "truth", "ads.jsonl")), StringComparison.Ordinal);
            Assert.Contains("\"styles\"", File.ReadAllText(Path.Combine(a, "truth", "world.json")), StringComparison.Ordinal);
            Assert.DoesNotContain("\"style", File.ReadAllText(Path.Combine(c, "truth", "ads.jsonl")), StringComparison.Ordinal);
            Assert.DoesNotContain("\"style", File.ReadAllText(Path.Combine(c, "truth", "personas.jsonl")), StringComparison.Ordinal);
            Assert.DoesNotContain("styles", File.ReadAllText(Path.Combine(c, "truth", "world.json")), StringComparison.Ordinal);
        }
        finally
        {
            foreach (var d in new[] { a, b, c })
            {
                Directory.Delete(d, true);
            }
        }
    }

    [Fact]
    public void Unknown_styles_are_refused_with_the_known_names_and_mixed_means_all()
    {
        var e = Assert.Throws<ArgumentException>(() => StyleCatalog.Expand(["rotation", "cursive"]));
        Assert.Contains("cursive", e.Message, StringComparison.Ordinal);
        Assert.Contains("agency_named", e.Message, StringComparison.Ordinal);
        Assert.Equal(StyleCatalog.Names, StyleCatalog.Expand(["mixed"]));
        Assert.Equal(StyleCatalog.Names, StyleCatalog.Expand(["all", "rotation"]));
        Assert.Equal(["first_person", "rotation"], StyleCatalog.Expand(["rotation,first_person".Split(',')[0], "first_person", "rotation"]));
        Assert.True(StyleCatalog.Names.Count >= 3);
        Assert.Throws<ArgumentException>(() => new SimulationOptions { Styles = ["rotation", "first_person"] }.Validate());
    }

    [Fact]
    public void In_a_mixed_world_every_style_is_written_and_only_by_the_actors_it_applies_to()
    {
        var world = _worlds.Get("mixed");
        var seen = world.Truth.Ads.Where(a => a.Style is not null).Select(a => a.Style!).ToHashSet(StringComparer.Ordinal);
        Assert.Superset(new HashSet<string>(["site_titles", "multilingual", "name_scripts", "adversarial"], StringComparer.Ordinal), seen);
        Assert.True(seen.Count >= 5, string.Join(", ", seen));
        foreach (var ad in world.Truth.Ads.Where(a => a.Style is not null && a.Actor != "bot"))
        {
            Assert.Contains(ad.Actor, StyleCatalog.Actors(ad.Style!));
        }

        foreach (var p in world.Truth.Personas.Where(p => p.Style is not null))
        {
            Assert.All(world.Truth.Ads.Where(a => a.Persona == p.Id && a.Actor != "bot"), a => Assert.Equal(p.Style, a.Style));
        }
    }

    [Theory]
    [InlineData("mixed")]
    [InlineData("multilingual")]
    [InlineData("adversarial")]
    public void Every_styled_phone_string_is_in_its_field_and_decodes_to_its_true_number(string style)
    {
        var world = _worlds.Get(style);
        var mentions = 0;
        foreach (var ad in world.Truth.Ads.Where(a => a.Style is not null))
        {
            var r = world.Record(ad);
            foreach (var m in ad.Phones)
            {
                foreach (var part in m.Parts)
                {
                    var field = part.Field switch { "title" => r.Title, "body" => r.Body, _ => r.Phone ?? "" };
                    Assert.True(field.Contains(part.Text, StringComparison.Ordinal), $"{ad.AdId}: '{part.Text}' not in {part.Field}: {field}");
                }

                Assert.Equal(m.E164, PhoneDecoder.Decode(string.Concat(m.Parts.Select(p => p.Text)), ad.Country));
                mentions++;
            }

            foreach (var d in ad.Decoys)
            {
                Assert.Contains(d.Text, d.Field == "title" ? r.Title : r.Body, StringComparison.Ordinal);
            }
        }

        Assert.True(mentions > 1000, $"only {mentions} phone mentions");
    }

    [Fact]
    public void Styled_phones_use_digit_forms_the_default_world_never_writes()
    {
        var techniques = _worlds.Get("mixed").Truth.Ads.Where(a => a.Style is not null).SelectMany(a => a.Phones).SelectMany(m => m.Techniques).ToHashSet(StringComparer.Ordinal);
        Assert.Superset(new HashSet<string>(["enclosed_digits", "superscript_digits", "lookalike", "glued", "split_title_body"], StringComparer.Ordinal), techniques);
        Assert.Contains("messaging_link", techniques);
        var zh = _worlds.Get("multilingual").Truth.Ads.Where(a => a.Language == "zh").SelectMany(a => a.Phones).SelectMany(m => m.Techniques);
        Assert.Contains("chinese_numerals", zh);
    }

    [Fact]
    public void Agency_named_ads_present_each_woman_by_name_under_the_agencys_name()
    {
        var world = _worlds.Get("agency_named");
        var agencies = world.Truth.Ads.Where(a => a.Style == "agency_named").GroupBy(a => a.Network!).ToList();
        Assert.NotEmpty(agencies);
        Assert.All(world.Truth.Ads.Where(a => a.Style is not null), a => Assert.Equal("agency", a.Actor == "bot" ? "agency" : a.Actor));
        foreach (var agency in agencies)
        {
            var titles = agency.Select(a => world.Record(a).Title).ToList();
            var prefix = CommonPrefix(titles);
            Assert.True(prefix.Trim().Length >= 4, $"{agency.Key}: no agency name shared by its titles: {string.Join(" | ", titles.Take(3))}");
            foreach (var ad in agency)
            {
                var name = world.Truth.PersonaById[ad.Persona].WorkingName;
                Assert.Contains(name, world.Record(ad).Title, StringComparison.Ordinal);
                Assert.Contains(name, world.Record(ad).Body, StringComparison.Ordinal);
            }

            Assert.True(agency.Select(a => a.Persona).Distinct(StringComparer.Ordinal).Count() >= 2);
        }
    }

    [Fact]
    public void First_person_networks_write_every_ad_in_the_womans_first_person()
    {
        var ads = _worlds.Get("first_person").Truth.Ads.Where(a => a.Style == "first_person" && a.Actor == "trafficking").ToList();
        Assert.True(ads.Count > 100);
        Assert.All(ads, a => Assert.Equal("first_person", a.Voice));
        Assert.All(ads, a => Assert.StartsWith(a.Network!, a.Template!, StringComparison.Ordinal));
    }

    [Fact]
    public void Rotation_controllers_change_numbers_every_two_to_four_weeks_overlapping_by_a_few_days_for_the_same_women()
    {
        var world = _worlds.Get("rotation");
        var networks = world.Truth.Networks.Where(n => n.Style == "rotation").ToList();
        Assert.NotEmpty(networks);
        foreach (var n in networks)
        {
            foreach (var owner in n.Phones.GroupBy(p => p.Owner))
            {
                var periods = owner.OrderBy(p => p.From).ToList();
                Assert.True(periods.Count >= 3, $"{owner.Key}: {periods.Count} numbers in {world.Truth.World.Days} days");
                for (var i = 0; i < periods.Count; i++)
                {
                    var days = periods[i].To.DayNumber - periods[i].From.DayNumber + 1;
                    Assert.True(days <= 28 && (days >= 14 || i == periods.Count - 1), $"{periods[i].E164}: {days} days");
                    if (i > 0)
                    {
                        var overlap = periods[i - 1].To.DayNumber - periods[i].From.DayNumber + 1;
                        Assert.InRange(overlap, 2, 5);
                    }
                }
            }
        }

        // The same woman is advertised under several of her controller's numbers, with the same templates.
        var victims = world.Truth.Personas.Where(p => p.Style == "rotation" && p.Kind == "victim").ToList();
        Assert.Contains(victims, v => v.Phones.Count >= 3);
        var byWoman = world.Truth.Ads.Where(a => a.Style == "rotation" && a.Actor == "trafficking").GroupBy(a => a.Persona);
        Assert.Contains(byWoman, g => g.SelectMany(a => a.Phones).Select(m => m.E164).Distinct(StringComparer.Ordinal).Count() >= 2
            && g.GroupBy(a => a.Template).Any(t => t.SelectMany(a => a.Phones).Select(m => m.E164).Distinct(StringComparer.Ordinal).Count() >= 2));
    }

    [Fact]
    public void Site_titles_follow_each_sites_convention()
    {
        var world = _worlds.Get("site_titles");
        var patterns = new Dictionary<string, Regex>(StringComparer.Ordinal)
        {
            ["rosegarden.example"] = new(@"^\S.*(, \d{2})? - \S", RegexOptions.CultureInvariant),
            ["velvetline.example"] = new(@"^\S.* \(\d{2}\)( \| \S|$|\s)", RegexOptions.CultureInvariant),
            ["nachtfalter.example"] = new(@"^(\S.* \| \S.* \| \d{2}|\S.* - \S.*, \d{2})", RegexOptions.CultureInvariant),
        };
        var ads = world.Truth.Ads.Where(a => a.Style == "site_titles" && a.Actor != "bot").ToList();
        Assert.True(ads.Count > 500);
        foreach (var ad in ads)
        {
            var title = world.Record(ad).Title;
            Assert.True(patterns[ad.Site].IsMatch(title), $"{ad.Site}: '{title}'");
        }

        Assert.Equal(3, ads.Select(a => a.Site).Distinct(StringComparer.Ordinal).Count());
    }

    [Fact]
    public void Multilingual_ads_are_written_in_the_new_languages_and_their_scripts_and_mix_languages()
    {
        var world = _worlds.Get("multilingual");
        var ads = world.Truth.Ads.Where(a => a.Style == "multilingual").ToList();
        var languages = ads.Select(a => a.Language).ToHashSet(StringComparer.Ordinal);
        Assert.Superset(new HashSet<string>(["pt", "pl", "ro", "ru", "uk", "zh"], StringComparer.Ordinal), languages);
        Assert.All(ads.Where(a => a.Language is "ru" or "uk" && a.Actor != "scam"), a => Assert.Contains(world.Record(a).Body, c => c is >= '\u0400' and <= '\u04FF'));
        Assert.All(ads.Where(a => a.Language == "zh"), a => Assert.Contains(world.Record(a).Body, c => c is >= '\u4E00' and <= '\u9FFF'));

        // One ad, two languages: a Chinese or Cyrillic ad with a Latin-script sentence of the local language or English.
        var mixed = ads.Where(a => a.Language is "zh" or "ru" or "uk").Count(a => world.Record(a).Body.Split('\n', '.', '。').Any(s => s.Count(char.IsAsciiLetter) > 12));
        Assert.True(mixed > 20, $"{mixed} mixed ads");
    }

    [Fact]
    public void Name_scripts_write_one_womans_name_in_several_scripts_and_transliterations()
    {
        var world = _worlds.Get("name_scripts");
        var book = StyleCatalog.Book;
        var several = 0;
        foreach (var persona in world.Truth.Personas.Where(p => p.Style == "name_scripts"))
        {
            var forms = book.Names.Values.SelectMany(e => e).FirstOrDefault(f => f[0] == persona.WorkingName);
            Assert.NotNull(forms);
            var written = world.Truth.Ads.Where(a => a.Persona == persona.Id && a.Actor != "scam")
                .SelectMany(a => forms.Where(f => world.Record(a).Title.Contains(f, StringComparison.Ordinal))).ToHashSet(StringComparer.Ordinal);
            several += written.Count >= 2 ? 1 : 0;
        }

        Assert.True(several > 20, $"{several} personas with two or more written forms");
        Assert.Contains(world.Truth.Ads.Where(a => a.Style == "name_scripts"), a => world.Record(a).Title.Any(c => c is >= '\u0400' and <= '\u04FF'));
    }

    [Fact]
    public void Adversarial_independents_share_sold_templates_and_stock_phrases_without_being_a_network()
    {
        var world = _worlds.Get("adversarial");
        var independents = world.Truth.Ads.Where(a => a.Style == "adversarial" && a.Actor == "independent").ToList();
        Assert.All(independents, a => Assert.Null(a.Network));
        var sold = independents.Where(a => a.Template is not null).GroupBy(a => a.Template!).ToList();
        Assert.Contains(sold, g => g.Select(a => a.Persona).Distinct(StringComparer.Ordinal).Count() >= 3);

        var stock = StyleCatalog.Book.Packs.Values.SelectMany(p => p.Stock).ToList();
        var sharers = stock.Select(s => independents.Where(a => world.Record(a).Body.Contains(s, StringComparison.Ordinal)).Select(a => a.Persona).Distinct(StringComparer.Ordinal).Count()).Max();
        Assert.True(sharers >= 10, $"the most shared stock phrase is in the ads of {sharers} independents");

        // Every copy of a sold template prints the seller's channel and group: links shared by unrelated advertisers.
        var channel = StyleCatalog.Book.SellerChannels[0][0];
        Assert.True(independents.Where(a => world.Record(a).Body.Contains(channel, StringComparison.Ordinal)).Select(a => a.Persona).Distinct(StringComparer.Ordinal).Count() >= 3);

        var scams = world.Truth.Networks.Where(n => n.Style == "adversarial" && n.Kind == "scam").ToList();
        Assert.NotEmpty(scams);
        Assert.All(scams, s => Assert.InRange(s.Phones.Count, 3, 6));
    }

    [Fact]
    public void Every_language_has_every_bank_and_every_slot_is_known()
    {
        var book = StyleCatalog.Book;
        var slots = new HashSet<string>(["name", "age", "city", "agency", "height", "weight", "measures", "p30", "p60", "pnight", "phone"], StringComparer.Ordinal);
        foreach (var (language, pack) in book.Packs)
        {
            string[][] banks = [pack.TitleFree, pack.TitleAgency, pack.OpenFirst, pack.OpenThird, pack.OpenAgency, pack.Describe, pack.Services, pack.Price, pack.ContactFirst, pack.ContactThird, pack.ContactAgency, pack.Close, pack.Glue];
            Assert.All(banks, b => Assert.NotEmpty(b));
            Assert.All(pack.ContactFirst.Concat(pack.ContactThird).Concat(pack.ContactAgency), c => Assert.Contains("{phone}", c, StringComparison.Ordinal));
            Assert.Equal(["availability_24_7", "new_in_town", "trustworthy"], pack.Extras.Keys.Order(StringComparer.Ordinal));
            foreach (var sentence in banks.SelectMany(b => b).Concat(pack.Extras.Values.SelectMany(v => v)).Concat(pack.Stock))
            {
                foreach (Match m in Regex.Matches(sentence, @"\{([^}]*)\}"))
                {
                    Assert.True(slots.Contains(m.Groups[1].Value), $"{language}: unknown slot {m.Value} in '{sentence}'");
                }
            }
        }

        Assert.Superset(new HashSet<string>(["en", "fr", "nl", "de", "es", "it", "pt", "pl", "ro", "ru", "uk", "zh"], StringComparer.Ordinal), book.Packs.Keys.ToHashSet(StringComparer.Ordinal));
    }

    private static string CommonPrefix(List<string> titles)
    {
        var prefix = titles[0];
        foreach (var t in titles)
        {
            var n = 0;
            while (n < prefix.Length && n < t.Length && prefix[n] == t[n])
            {
                n++;
            }

            prefix = prefix[..n];
        }

        return prefix;
    }
}
