using System.Globalization;
using Threadline.Simulation.Core;
using Threadline.Simulation.Output;
using Threadline.Simulation.Phones;
using Threadline.Simulation.Truth;

namespace Threadline.Simulation.Actors;

/// <summary>
/// Noise that real ad data is full of: scams that copy genuine ads (text and photos) with their own numbers,
/// and bots that repost one ad many times.
/// </summary>
internal static class NoiseGenerator
{
    public static void Scam(WorldContext ctx, long group)
    {
        var rng = Rng.For(ctx.Options.Seed, "scam", group);
        var p = ctx.Profiles.Scam;
        var id = "s" + group.ToString(CultureInfo.InvariantCulture);
        if (ctx.Recent.Count == 0)
        {
            return;
        }

        var fakes = new List<PhoneNumber>();
        var fakeCountry = rng.Pick(ctx.World.Countries);

        // Adversarial style: copy-paste scams spread over more numbers and copy the adversarial world's own ads.
        var adversarial = ctx.Style == Styles.StyleSetup.Adversarial;
        var range = adversarial ? ctx.StyleBook.ScamPhones : p.FakePhones;
        var sources = adversarial && ctx.Recent.Exists(a => a.Style == Styles.StyleSetup.Adversarial)
            ? ctx.Recent.Where(a => a.Style == Styles.StyleSetup.Adversarial).ToList()
            : ctx.Recent;
        for (var k = 0; k < rng.Between(range[0], range[1]); k++)
        {
            fakes.Add(PhoneNumber.Mobile(rng, fakeCountry));
        }

        var copies = rng.Between(p.Copies[0], p.Copies[1]);
        var sites = new SortedSet<string>(StringComparer.Ordinal);
        var cities = new List<string>();
        for (var k = 0; k < copies; k++)
        {
            var source = rng.Pick(sources);
            var city = rng.Chance(0.5) ? ctx.World.City(source.City) : ctx.PickCity(rng);
            var site = rng.Pick(ctx.World.Sites);
            var fake = rng.Pick(fakes);
            var title = source.Title;
            var body = source.Body;
            var mentions = new List<PhoneMention>();
            foreach (var m in source.Phones)
            {
                if (m.Parts.Count != 1 || m.Parts[0].Field == "phone")
                {
                    continue;
                }

                var w = ctx.Phones.Write(rng, fake, city.Country, source.Language, p.Obfuscation);
                var part = m.Parts[0];
                if (part.Field == "title")
                {
                    title = title.Replace(part.Text, w.Text, StringComparison.Ordinal);
                }
                else
                {
                    body = body.Replace(part.Text, w.Text, StringComparison.Ordinal);
                }

                mentions.Add(new PhoneMention(fake.E164, [new TextPart(part.Field, w.Text)], w.Techniques, id));
            }

            // A split number or one only in the phone field cannot be swapped in place: drop the original title and add ours to the body.
            if (source.Phones.Any(m => m.Parts.Count > 1))
            {
                title = source.Title.Split(' ')[0];
            }

            if (mentions.Count == 0)
            {
                var w = ctx.Phones.Write(rng, fake, city.Country, source.Language, p.Obfuscation);
                body = body + "\n" + w.Text;
                mentions.Add(new PhoneMention(fake.E164, [new TextPart("body", w.Text)], w.Techniques, id));
            }

            if (!StillHolds(title, body, mentions))
            {
                continue;
            }

            var when = source.PostedAt.AddHours(rng.Between(2, 240));
            if (DateOnly.FromDateTime(when.UtcDateTime) > ctx.End)
            {
                when = source.PostedAt;
            }

            sites.Add(site.Name);
            if (!cities.Contains(city.Name))
            {
                cities.Add(city.Name);
            }

            var decoys = source.Decoys.Where(d => (d.Field == "title" ? title : body).Contains(d.Text, StringComparison.Ordinal)).ToList();
            ctx.Ads.Add(new AdDraft
            {
                Site = site.Name, AdId = ctx.NextAdId(site.Name), PostedAt = when, City = city.Name, CityLocal = city.Local, Country = city.Country,
                Title = title, Body = body, PhoneField = null, Age = source.Age, Ethnicity = source.Ethnicity, Language = source.Language, Voice = source.Voice,
                Actor = "scam", Persona = id, Network = id, NetworkProfile = "scam", Template = null, CopiedFrom = new AdKey(source.Site, source.AdId), Style = ctx.Style,
                Phones = mentions, Decoys = decoys, Indicators = source.Indicators, Images = source.Images,
            });
        }

        ctx.Personas.Add(new PersonaTruth(id, "scam", "scam", id, "", 0, "", cities.Count > 0 ? cities[0] : "", fakes.Select(f => f.E164).ToList(), sites.ToList(), cities));
        ctx.Networks.Add(new NetworkTruth(id, "scam", "scam", null, [id], [], fakes.Select(f => new PhonePeriod(f.E164, id, ctx.Start, ctx.End)).ToList(), cities, []));
    }

    public static void Bot(WorldContext ctx, long group)
    {
        var rng = Rng.For(ctx.Options.Seed, "bot", group);
        var p = ctx.Profiles.Bot;
        var id = "b" + group.ToString(CultureInfo.InvariantCulture);
        if (ctx.Recent.Count == 0)
        {
            return;
        }

        var source = rng.Pick(ctx.Recent);
        var site = ctx.World.Sites.First(s => s.Name == source.Site);
        var when = source.PostedAt;
        var reposts = rng.Between(p.Reposts[0], p.Reposts[1]);
        var last = new DateTimeOffset(ctx.End.AddDays(1).ToDateTime(TimeOnly.MinValue), TimeSpan.Zero);
        for (var k = 0; k < reposts; k++)
        {
            when = when.AddHours(rng.Between(p.EveryHours[0], p.EveryHours[1]));
            if (when >= last)
            {
                break;
            }

            ctx.Ads.Add(new AdDraft
            {
                Site = site.Name, AdId = ctx.NextAdId(site.Name), PostedAt = when, City = source.City, CityLocal = source.CityLocal, Country = source.Country,
                Title = source.Title, Body = source.Body, PhoneField = source.PhoneField, Age = source.Age, Ethnicity = source.Ethnicity, Language = source.Language,
                Voice = source.Voice, Actor = "bot", Persona = source.Persona, Network = source.Network, NetworkProfile = source.NetworkProfile, Template = source.Template,
                CopiedFrom = new AdKey(source.Site, source.AdId), Phones = source.Phones, Decoys = source.Decoys, Indicators = source.Indicators, Images = source.Images,
                Style = source.Style,
            });
        }

        ctx.Networks.Add(new NetworkTruth(id, "bot", "bot", null, [source.Persona], [], [], [source.City], []));
    }

    private static bool StillHolds(string title, string body, List<PhoneMention> mentions)
    {
        foreach (var m in mentions)
        {
            foreach (var part in m.Parts)
            {
                if (!(part.Field == "title" ? title : body).Contains(part.Text, StringComparison.Ordinal))
                {
                    return false;
                }
            }
        }

        return true;
    }
}
