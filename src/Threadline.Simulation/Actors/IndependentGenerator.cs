using System.Globalization;
using Threadline.Simulation.Core;
using Threadline.Simulation.Money;
using Threadline.Simulation.Phones;
using Threadline.Simulation.Text;
using Threadline.Simulation.Truth;

namespace Threadline.Simulation.Actors;

/// <summary>
/// An independent advertiser: one persona, her own phone(s), mostly one city, her own words reused with
/// small edits, sometimes touring, sometimes on several sites.
/// </summary>
internal static class IndependentGenerator
{
    public static void Generate(WorldContext ctx, long group)
    {
        var p = ctx.Profiles.Independent;
        var rng = Rng.For(ctx.Options.Seed, "independent", group);
        var id = "p" + group.ToString(CultureInfo.InvariantCulture);
        var origin = WorldContext.PickKey(rng, p.Origins);
        var home = ctx.PickCity(rng);
        var country = ctx.World.Country(home.Country);
        var names = ctx.Lexicon.WorkingNames[ctx.Lexicon.WorkingNames.ContainsKey(origin) ? origin : "local"];
        var name = rng.Pick(names);
        var age = rng.Between(p.Ages[0], p.Ages[1]);
        var phones = new List<(PhoneNumber, string)> { (PhoneNumber.Mobile(rng, country), id) };
        if (rng.Chance(p.SecondPhoneShare))
        {
            phones.Add((PhoneNumber.Mobile(rng, country), id));
        }

        var sites = new List<SiteInfo> { ctx.PickSite(rng) };
        if (rng.Chance(p.MultiSiteShare))
        {
            foreach (var s in ctx.World.Sites)
            {
                if (!sites.Contains(s) && (sites.Count == 1 || rng.Chance(0.4)))
                {
                    sites.Add(s);
                }
            }
        }

        var language = origin is "local" ? ctx.PickLanguage(rng, home.Country) : rng.Chance(0.5) ? "en" : ctx.PickLanguage(rng, home.Country);
        var voice = WorldContext.PickKey(rng, p.Voices);
        var pack = ctx.Lexicon.Languages[language];
        var plan = TextPlan.Create(rng, pack, language, voice, p.Indicators, [], 0, null);
        var slots = Slots.Draw(rng, name, age, origin, home.Local, ctx.Profiles.Prices);
        var photos = AdFactory.PhotoSet(ctx, id, rng.Between(p.Photos[0], p.Photos[1]));
        var legalName = ctx.PersonName(rng, origin == "local" ? home.Country : origin);
        var ethnicity = ctx.Ethnicity(origin);
        Styles.StylePlan? styled = null;
        if (ctx.Style is { } style)
        {
            // A styled persona: her own origin mix (multilingual), her name's written forms and the style's words.
            if (style == Styles.StyleSetup.Multilingual)
            {
                origin = WorldContext.PickKey(rng, ctx.StyleBook.MultilingualOrigins);
                ethnicity = ctx.Ethnicity(origin);
            }

            var styledName = Styles.StyleSetup.Name(ctx, rng, style, origin, name);
            name = styledName.Canonical;
            slots = slots with { Name = name, Origin = origin, NameForms = styledName.Forms };
            var (main, mix) = Styles.StyleSetup.Languages(ctx, rng, style, origin, language);
            styled = Styles.StyleSetup.Independent(ctx, rng, style, main, mix);
        }

        var length = rng.Between(p.ActiveDays[0], p.ActiveDays[1]);
        var first = Math.Max(0, rng.Between(-length / 2, ctx.Days - 1));
        var last = Math.Min(ctx.Days - 1, first + length);
        var tours = new List<(int From, int To, CityInfo City)>();
        if (rng.Chance(p.TouringShare))
        {
            var n = rng.Between(p.TouringCities[0], p.TouringCities[1]);
            for (var i = 0; i < n; i++)
            {
                var from = rng.Between(first, last);
                var city = ctx.PickCity(rng);
                if (city != home)
                {
                    tours.Add((from, Math.Min(last, from + rng.Between(3, 7)), city));
                }
            }
        }

        Account? account = rng.Chance(p.AccountShare)
            ? ctx.OpenAccount(rng, home.Country, id, legalName, "independent", null, true)
            : null;
        var cities = new List<string> { home.Name };
        var usedSites = new SortedSet<string>(StringComparer.Ordinal);
        var fees = 0m;
        for (var day = first; day <= last; day += rng.Between(p.PostEveryDays[0], p.PostEveryDays[1]))
        {
            var city = home;
            foreach (var t in tours)
            {
                if (day >= t.From && day <= t.To)
                {
                    city = t.City;
                }
            }

            if (!cities.Contains(city.Name))
            {
                cities.Add(city.Name);
            }

            if (!rng.Chance(p.TextReuse))
            {
                if (styled is null)
                {
                    plan = plan.Edit(rng, pack);
                }
                else if (styled.TemplateId is null)
                {
                    styled = styled.Edit(rng);
                }
            }

            foreach (var site in sites)
            {
                if (site != sites[0] && !rng.Chance(0.7))
                {
                    continue;
                }

                usedSites.Add(site.Name);
                var when = ctx.PostTime(rng, day);
                var ad = AdFactory.Create(ctx, rng, new AdRequest(site, when, city, plan, slots with { City = city.Local }, phones, p.Obfuscation, p.PhoneFieldOnly, "independent", id, null, null, AdFactory.PickImages(rng, photos), ethnicity, Styled: styled));
                ctx.Ads.Add(ad);
                fees += rng.Between(10, 40);
                if (rng.Chance(p.EditShare) && day + 1 < ctx.Days)
                {
                    var later = when.AddHours(rng.Between(6, 60));
                    if (later < new DateTimeOffset(ctx.End.AddDays(1).ToDateTime(TimeOnly.MinValue), TimeSpan.Zero))
                    {
                        var edited = plan.Edit(rng, pack);
                        var editedStyle = styled is { TemplateId: null } ? styled.Edit(rng) : styled;
                        ctx.Ads.Add(AdFactory.Create(ctx, rng, new AdRequest(site, later, city, edited, slots with { City = city.Local }, phones, p.Obfuscation, p.PhoneFieldOnly, "independent", id, null, null, AdFactory.PickImages(rng, photos), ethnicity, 2, ad.AdId, editedStyle)));
                    }
                }
            }

            if (account is not null)
            {
                var date = ctx.Start.AddDays(day);
                var clients = rng.Poisson(ctx.Profiles.Background.ClientTransfersPerIndependentDay * 3);
                for (var c = 0; c < clients; c++)
                {
                    Flows.ClientPayment(ctx, rng, date.AddDays(rng.Next(3)) > ctx.End ? date : date.AddDays(rng.Next(3)), account, slots.P60, null);
                }

                if (fees > 50)
                {
                    Flows.AdPayment(ctx, rng, date, account, sites[0].Name, fees, null);
                    fees = 0;
                }
            }
        }

        foreach (var t in tours)
        {
            var platform = rng.Pick(ctx.World.Platforms);
            var checkIn = ctx.Start.AddDays(t.From);
            var nights = Math.Max(1, t.To - t.From);
            var booking = new Booking(
                ctx.NextBookingRef(platform.Name), platform.Name, legalName, WorldContext.Email(rng, legalName), phones[0].Item1.E164,
                WorldContext.Address(rng, t.City), t.City.Local, t.City.Country, checkIn, checkIn.AddDays(nights), 1,
                rng.Chance(0.8) ? "card" : "transfer", Math.Round((decimal)(nights * rng.Between(60, 140)), 2), "independent", id, null, [id]);
            ctx.Bookings.Add(booking);
            if (account is not null)
            {
                Flows.AccommodationPayment(ctx, checkIn.AddDays(-rng.Between(0, 5)) < ctx.Start ? checkIn : checkIn.AddDays(-rng.Between(0, 5)), account, booking, null);
            }
        }

        if (account is not null)
        {
            Flows.EverydayLife(ctx, rng, account, home.Name, home.Country, false);
        }

        ctx.Personas.Add(new PersonaTruth(id, "independent", "independent", null, name, age, origin, home.Name, phones.Select(x => x.Item1.E164).ToList(), usedSites.ToList(), cities));
    }
}
