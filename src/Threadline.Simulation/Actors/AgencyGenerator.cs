using System.Globalization;
using Threadline.Simulation.Core;
using Threadline.Simulation.Phones;
using Threadline.Simulation.Text;
using Threadline.Simulation.Truth;

namespace Threadline.Simulation.Actors;

/// <summary>An escort agency: several personas behind one agency phone, one shared template, one city, no rotation.</summary>
internal static class AgencyGenerator
{
    public static void Generate(WorldContext ctx, long group, int adBudget)
    {
        var p = ctx.Profiles.Agency;
        var rng = Rng.For(ctx.Options.Seed, "agency", group);
        var id = "a" + group.ToString(CultureInfo.InvariantCulture);
        var city = ctx.PickCity(rng);
        var country = ctx.World.Country(city.Country);
        var phone = PhoneNumber.Mobile(rng, country);
        var phones = new List<(PhoneNumber, string)> { (phone, id) };
        var site = ctx.PickSite(rng);
        var language = ctx.PickLanguage(rng, city.Country);
        var pack = ctx.Lexicon.Languages[language];
        var template = TextPlan.Create(rng, pack, language, WorldContext.PickKey(rng, p.Voices), p.Indicators, [], 0, id + "-t0");
        Styles.StylePlan? styled = null;
        if (ctx.Style is { } style)
        {
            // A styled agency has a name ("Velvet Orchid Escorts") its template and titles may use.
            var (main, mix) = Styles.StyleSetup.Languages(ctx, rng, style, WorldContext.PickKey(rng, p.Origins), language);
            styled = Styles.StyleSetup.Agency(rng, style, main, mix, Styles.StyleSetup.AgencyName(ctx, rng), id + "-t0");
        }
        var owner = ctx.PersonName(rng, city.Country);
        var account = ctx.OpenAccount(rng, city.Country, id + "-m0", owner, "agency", id, true);
        var victims = new List<string>();
        var n = rng.Between(p.Personas[0], p.Personas[1]);
        var fees = 0m;
        for (var k = 0; k < n && (k < 2 || ctx.Ads.Count < adBudget); k++)
        {
            var pid = id + "-p" + k.ToString(CultureInfo.InvariantCulture);
            victims.Add(pid);
            var origin = WorldContext.PickKey(rng, p.Origins);
            var name = rng.Pick(ctx.Lexicon.WorkingNames[ctx.Lexicon.WorkingNames.ContainsKey(origin) ? origin : "local"]);
            var age = rng.Between(p.Ages[0], p.Ages[1]);
            var slots = Slots.Draw(rng, name, age, origin, city.Local, ctx.Profiles.Prices);
            if (ctx.Style is { } personaStyle)
            {
                var styledName = Styles.StyleSetup.Name(ctx, rng, personaStyle, origin, name);
                name = styledName.Canonical;
                slots = slots with { Name = name, NameForms = styledName.Forms };
            }

            var photos = AdFactory.PhotoSet(ctx, pid, rng.Between(p.Photos[0], p.Photos[1]));
            var length = rng.Between(p.ActiveDays[0], p.ActiveDays[1]);
            var first = Math.Max(0, rng.Between(-length / 2, ctx.Days - 1));
            var last = Math.Min(ctx.Days - 1, first + length);
            var sites = new SortedSet<string>(StringComparer.Ordinal);
            for (var day = first; day <= last; day += rng.Between(p.PostEveryDays[0], p.PostEveryDays[1]))
            {
                var s = rng.Chance(0.8) ? site : ctx.PickSite(rng);
                sites.Add(s.Name);
                ctx.Ads.Add(AdFactory.Create(ctx, rng, new AdRequest(s, ctx.PostTime(rng, day), city, template, slots, phones, p.Obfuscation, 0.2, "agency", pid, id, "agency", AdFactory.PickImages(rng, photos), ctx.Ethnicity(origin), Styled: styled)));
                fees += rng.Between(15, 45);
                if (fees > 150)
                {
                    Flows.AdPayment(ctx, rng, ctx.Start.AddDays(day), account, site.Name, fees, id);
                    fees = 0;
                }

                if (rng.Chance(0.5))
                {
                    Flows.ClientPayment(ctx, rng, ctx.Start.AddDays(day), account, slots.P60, id);
                }
            }

            ctx.Personas.Add(new PersonaTruth(pid, "agency", "agency", id, name, age, origin, city.Name, [phone.E164], sites.ToList(), [city.Name]));
        }

        Flows.EverydayLife(ctx, rng, account, city.Name, city.Country, false);
        ctx.Networks.Add(new NetworkTruth(
            id, "agency", "agency", null, victims,
            [new MemberTruth(id + "-m0", owner, ["owner"], WorldContext.Email(rng, owner), phone.E164, WorldContext.Address(rng, city))],
            [new PhonePeriod(phone.E164, id, ctx.Start, ctx.End)], [city.Name], [template.TemplateId!]));
    }
}
