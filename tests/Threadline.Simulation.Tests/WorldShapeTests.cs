using System.Text.Json;
using Threadline.Simulation.Truth;

namespace Threadline.Simulation.Tests;

public sealed class WorldShapeTests : IClassFixture<WorldFixture>
{
    private readonly WorldFixture _world;

    public WorldShapeTests(WorldFixture world) => _world = world;

    private IReadOnlyList<AdTruth> Ads => _world.Truth.Ads;

    [Fact]
    public void Every_actor_kind_and_trafficking_profile_is_present_in_a_default_run()
    {
        var actors = Ads.Select(a => a.Actor).ToHashSet(StringComparer.Ordinal);
        Assert.Superset(new HashSet<string>(["independent", "agency", "trafficking", "scam", "bot"], StringComparer.Ordinal), actors);
        using var profiles = JsonDocument.Parse(Simulator.DefaultProfileJson());
        foreach (var p in profiles.RootElement.GetProperty("networks").EnumerateArray())
        {
            var name = p.GetProperty("name").GetString()!;
            Assert.Contains(Ads, a => a.NetworkProfile == name);
        }

        Assert.Contains(_world.Truth.Personas, p => p.Kind == "independent" && p.Sites.Count > 1);
    }

    [Fact]
    public void Ad_shares_follow_the_profile_mix()
    {
        double Share(string actor) => Ads.Count(a => a.Actor == actor) / (double)Ads.Count;
        Assert.InRange(Share("independent"), 0.66, 0.78);
        Assert.InRange(Share("agency"), 0.06, 0.14);
        Assert.InRange(Share("trafficking"), 0.08, 0.16);
        Assert.InRange(Share("scam"), 0.01, 0.05);
        Assert.InRange(Share("bot"), 0.01, 0.05);
    }

    [Fact]
    public void The_world_spans_many_cities_countries_sites_and_languages()
    {
        Assert.True(Ads.Select(a => a.City).Distinct().Count() >= 25);
        Assert.Superset(new HashSet<string>(["BE", "NL", "FR", "ES", "DE", "IT"], StringComparer.Ordinal), Ads.Select(a => a.Country).ToHashSet(StringComparer.Ordinal));
        Assert.Equal(3, Ads.Select(a => a.Site).Distinct().Count());
        Assert.Superset(new HashSet<string>(["en", "fr", "nl", "es", "de", "it"], StringComparer.Ordinal), Ads.Select(a => a.Language).ToHashSet(StringComparer.Ordinal));
    }

    [Fact]
    public void Controllers_write_in_third_person_or_plural_and_independents_in_first_person()
    {
        double FirstPerson(string actor)
        {
            var ads = Ads.Where(a => a.Actor == actor).ToList();
            return ads.Count(a => a.Voice == "first_person") / (double)ads.Count;
        }

        Assert.True(FirstPerson("independent") > 0.85);
        Assert.True(FirstPerson("trafficking") < 0.5);
    }

    [Fact]
    public void No_indicator_phrase_is_exclusive_to_networks_and_movement_language_is_rarer_in_them()
    {
        var independent = Ads.Where(a => a.Actor == "independent").ToList();
        var trafficking = Ads.Where(a => a.Actor == "trafficking").ToList();
        foreach (var indicator in trafficking.SelectMany(a => a.Indicators).Distinct())
        {
            Assert.Contains(independent, a => a.Indicators.Contains(indicator));
        }

        double Rate(List<AdTruth> ads, string name) => ads.Count(a => a.Indicators.Contains(name)) / (double)ads.Count;
        Assert.True(Rate(trafficking, "new_in_town") < Rate(independent, "new_in_town"));
        Assert.True(Rate(trafficking, "ethnicity") > Rate(independent, "ethnicity"));
        Assert.InRange(Rate(independent, "screening"), 0.18, 0.38);
    }

    [Fact]
    public void The_belgian_profile_rotates_women_between_belgium_and_spain_behind_few_controller_phones()
    {
        var networks = _world.Truth.Networks.Where(n => n.Profile == "belgian_2023_cn").ToList();
        Assert.NotEmpty(networks);
        var cityCountry = _world.Truth.Ads.GroupBy(a => a.City).ToDictionary(g => g.Key, g => g.First().Country);
        var rotated = networks.SelectMany(n => n.Cities).Select(c => cityCountry.GetValueOrDefault(c)).Distinct().ToList();
        Assert.Contains("BE", rotated);
        Assert.Contains("ES", rotated);
        var ads = Ads.Where(a => a.NetworkProfile == "belgian_2023_cn" && a.Actor == "trafficking").ToList();
        var personasPerPhone = ads.SelectMany(a => a.Phones.Select(p => (p.E164, a.Persona))).Distinct().GroupBy(x => x.E164).Max(g => g.Count());
        Assert.True(personasPerPhone >= 2, "a controller phone stands behind several women");
        Assert.Contains(ads, a => a.Phones.Any(p => p.Owner.Contains("-m", StringComparison.Ordinal)));
        Assert.True(networks.All(n => n.Members.Any(m => m.Roles.Contains("controller")) && n.Victims.Count > 0));
        Assert.Contains(_world.Truth.Bookings, b => b.Kind == "network" && networks.Any(n => n.Id == b.Network));
    }

    [Fact]
    public void Chinese_and_pinyin_fragments_appear_where_the_profile_says()
    {
        var records = AdFiles.ReadAll(_world.Dir).ToDictionary(r => (r.Site, r.AdId, r.PostedAt));
        var belgian = Ads.Where(a => a.NetworkProfile == "belgian_2023_cn" && a.Actor == "trafficking").Select(a => records[(a.Site, a.AdId, a.PostedAt)].Body).ToList();
        Assert.Contains(belgian, b => b.Any(c => c is >= '\u4E00' and <= '\u9FFF'));
        var independents = Ads.Where(a => a.Actor == "independent").Select(a => records[(a.Site, a.AdId, a.PostedAt)].Body);
        Assert.DoesNotContain(independents, b => b.Any(c => c is >= '\u4E00' and <= '\u9FFF'));
    }

    [Fact]
    public void Scam_copies_keep_the_text_but_carry_their_own_numbers()
    {
        var scams = Ads.Where(a => a.Actor == "scam").ToList();
        Assert.NotEmpty(scams);
        foreach (var s in scams)
        {
            var source = _world.Truth.AdsByKey[s.CopiedFrom!][0];
            Assert.Empty(s.Phones.Select(p => p.E164).Intersect(source.Phones.Select(p => p.E164)));
            Assert.All(s.Phones, p => Assert.Equal(s.Persona, p.Owner));
        }
    }
}
