using System.Globalization;
using Threadline.Simulation.Core;
using Threadline.Simulation.Money;
using Threadline.Simulation.Phones;
using Threadline.Simulation.Text;
using Threadline.Simulation.Truth;

namespace Threadline.Simulation.Actors;

/// <summary>
/// A trafficking network: women of one origin rotated between cities of several countries, ads written by
/// controllers from templates, a few controller phones that change over time, shared photos, bookings made
/// by a few members, and the money collected and sent abroad (DOMAIN.md: the 2023 Belgian case).
/// </summary>
internal static class NetworkGenerator
{
    public static void Generate(WorldContext ctx, long group, NetworkProfile np, int adBudget)
    {
        var rng = Rng.For(ctx.Options.Seed, "network:" + np.Name, group);
        var id = "n" + group.ToString(CultureInfo.InvariantCulture);
        var countries = np.Cities.Select(c => ctx.World.City(c).Country).Distinct().ToArray();
        var members = new List<NetworkMember>();
        NetworkMember NewMember(string role)
        {
            var name = ctx.PersonName(rng, np.Origin);
            var home = ctx.World.City(np.Cities[0]);
            var m = new NetworkMember
            {
                Id = id + "-m" + members.Count.ToString(CultureInfo.InvariantCulture),
                Name = name,
                Email = WorldContext.Email(rng, name),
                Phone = PhoneNumber.Mobile(rng, ctx.World.Country(home.Country)).E164,
                Address = WorldContext.Address(rng, home) + ", " + home.Local,
            };
            m.Roles.Add(role);
            members.Add(m);
            return m;
        }

        // Controllers and the phones they answer, each used for a while then replaced.
        var controllers = Enumerable.Range(0, rng.Between(np.Controllers[0], np.Controllers[1])).Select(_ => NewMember("controller")).ToList();
        var periods = new List<PhonePeriod>();
        var phoneLookup = new List<(int Controller, int From, int To, PhoneNumber Phone)>();
        var style = ctx.Style;
        var rotation = style == Styles.StyleSetup.Rotation;
        for (var c = 0; c < controllers.Count; c++)
        {
            if (rotation)
            {
                Rotate(ctx, rng, np, countries, c, controllers[c].Id, phoneLookup, periods);
                continue;
            }

            var pool = new List<PhoneNumber>();
            var max = rng.Between(np.PhonesPerController[0], np.PhonesPerController[1]);
            for (var from = 0; from < ctx.Days;)
            {
                var to = Math.Min(ctx.Days - 1, from + rng.Between(np.PhoneChangeDays[0], np.PhoneChangeDays[1]));
                if (pool.Count >= max)
                {
                    to = ctx.Days - 1;
                }

                var country = rng.Chance(np.ForeignPhoneShare) ? rng.Pick(countries) : countries[0];
                var phone = PhoneNumber.Mobile(rng, ctx.World.Country(country));
                pool.Add(phone);
                phoneLookup.Add((c, from, to, phone));
                periods.Add(new PhonePeriod(phone.E164, controllers[c].Id, ctx.Start.AddDays(from), ctx.Start.AddDays(to)));
                from = to + 1;
            }
        }

        var bookers = new List<NetworkMember> { controllers[0] };
        controllers[0].Roles.Add("booker");
        while (bookers.Count < rng.Between(np.Bookers[0], np.Bookers[1]))
        {
            bookers.Add(NewMember("booker"));
        }

        var money = new NetworkMoney(ctx, rng, id, np.Money);
        var sharedAddress = WorldContext.Address(rng, ctx.World.City(np.Cities[0])) + ", " + ctx.World.City(np.Cities[0]).Local;
        for (var k = 0; k < rng.Between(np.Money.Collectors[0], np.Money.Collectors[1]); k++)
        {
            money.Collectors.Add(k == 0 && rng.Chance(0.5) ? Role(controllers[0], "collector") : NewMember("collector"));
        }

        for (var k = 0; k < rng.Between(np.Money.PassThrough[0], np.Money.PassThrough[1]); k++)
        {
            money.PassThrough.Add(NewMember("pass_through"));
        }

        for (var k = 0; k < rng.Between(np.Money.Remitters[0], np.Money.Remitters[1]); k++)
        {
            var r = NewMember("remitter");
            r.Address = sharedAddress;
            money.Remitters.Add(r);
        }

        for (var k = 0; k < rng.Between(1, 2); k++)
        {
            money.Beneficiaries.Add(ctx.PersonName(rng, np.Origin));
        }

        foreach (var m in members)
        {
            var role = m.Roles.Contains("collector") ? "collector" : m.Roles[0];
            var homeCountry = m.Roles.Contains("remitter") ? ctx.World.City(np.Cities[0]).Country : rng.Pick(countries);
            m.Account = ctx.OpenAccount(rng, homeCountry, m.Id, m.Name, role, id, true);
        }

        // Templates: per language, written by the controllers.
        var templates = new SortedDictionary<string, List<TextPlan>>(StringComparer.Ordinal);
        var templateIds = new List<string>();
        foreach (var lang in np.Languages)
        {
            var list = new List<TextPlan>();
            for (var t = 0; t < rng.Between(np.Templates[0], np.Templates[1]); t++)
            {
                var tid = id + "-t" + lang + t.ToString(CultureInfo.InvariantCulture);
                list.Add(TextPlan.Create(rng, ctx.Lexicon.Languages[lang], lang, WorldContext.PickKey(rng, np.Voices), np.Indicators, np.Fragments, np.FragmentRate, tid));
                templateIds.Add(tid);
            }

            templates[lang] = list;
        }

        // A styled network writes from templates of the style's banks (the default ones above stay unused).
        var styledTemplates = new SortedDictionary<string, List<Styles.StylePlan>>(StringComparer.Ordinal);
        var ownLanguages = style == Styles.StyleSetup.Multilingual ? Styles.StyleSetup.OriginLanguages(ctx, np.Origin) : [];
        if (style is not null)
        {
            templateIds.Clear();
            foreach (var lang in np.Languages.Concat(ownLanguages).Distinct(StringComparer.Ordinal))
            {
                var list = new List<Styles.StylePlan>();
                for (var t = 0; t < rng.Between(np.Templates[0], np.Templates[1]); t++)
                {
                    var tid = id + "-s" + lang + t.ToString(CultureInfo.InvariantCulture);
                    string? mix = null;
                    if (style == Styles.StyleSetup.Multilingual && rng.Chance(ctx.StyleBook.MixShare))
                    {
                        mix = ownLanguages.Contains(lang) ? (rng.Chance(0.5) ? np.Languages[0] : "en") : ownLanguages.Count > 0 ? rng.Pick(ownLanguages) : null;
                    }

                    list.Add(Styles.StyleSetup.Network(rng, style, lang, mix == lang ? null : mix, tid));
                    templateIds.Add(tid);
                }

                styledTemplates[lang] = list;
            }
        }

        var sites = new List<SiteInfo> { ctx.PickSite(rng) };
        var second = ctx.PickSite(rng);
        if (second != sites[0])
        {
            sites.Add(second);
        }

        var sharedPhotos = AdFactory.PhotoSet(ctx, id, rng.Between(6, 12));
        var prices = Slots.Draw(rng, "", 0, np.Origin, "", ctx.Profiles.Prices);
        var avgPost = (np.PostEveryDays[0] + np.PostEveryDays[1]) / 2.0;
        var perSlot = ctx.Days / avgPost * (sites.Count > 1 ? 1.3 : 1.0);
        var slotCount = Math.Clamp((int)Math.Round(adBudget / perSlot), 1, rng.Between(np.Concurrent[0], np.Concurrent[1]));
        var victims = new List<string>();
        var networkCities = new List<string>();
        var weeklyFees = new decimal[(ctx.Days / 7) + 1];

        for (var slot = 0; slot < slotCount; slot++)
        {
            for (var day = rng.Between(0, 7); day < ctx.Days;)
            {
                var end = Math.Min(ctx.Days - 1, day + rng.Between(30, 120));
                var vid = id + "-v" + victims.Count.ToString(CultureInfo.InvariantCulture);
                victims.Add(vid);
                var name = rng.Pick(ctx.Lexicon.WorkingNames[np.Origin]);
                var age = rng.Between(np.Ages[0], np.Ages[1]);
                var styledName = style is null ? null : Styles.StyleSetup.Name(ctx, rng, style, np.Origin, name);
                name = styledName?.Canonical ?? name;
                var ownPhotos = AdFactory.PhotoSet(ctx, vid, rng.Between(2, 4));
                var controller = rng.Next(controllers.Count);
                var city = ctx.PickCity(rng, np.Cities);
                var vCities = new List<string>();
                var vSites = new SortedSet<string>(StringComparer.Ordinal);
                var vPhones = new SortedSet<string>(StringComparer.Ordinal);
                for (var d = day; d <= end;)
                {
                    var stayEnd = Math.Min(end, d + rng.Between(np.StayDays[0], np.StayDays[1]) - 1);
                    if (!vCities.Contains(city.Name))
                    {
                        vCities.Add(city.Name);
                    }

                    if (!networkCities.Contains(city.Name))
                    {
                        networkCities.Add(city.Name);
                    }

                    Book(ctx, rng, np, id, vid, bookers, city, d, stayEnd, phoneLookup, controller);
                    for (var a = d; a <= stayEnd; a += rng.Between(np.PostEveryDays[0], np.PostEveryDays[1]))
                    {
                        var phone = PhoneAt(phoneLookup, controller, a, rotation ? rng : null);
                        vPhones.Add(phone.E164);
                        var lang = ctx.PickLanguage(rng, city.Country, np.Languages);
                        var plan = rng.Pick(templates[lang]);
                        var slots = prices with { Name = name, Age = age, City = city.Local, Origin = np.Origin, NameForms = styledName?.Forms };
                        Styles.StylePlan? styled = null;
                        if (style is not null)
                        {
                            var styleLanguage = ownLanguages.Count > 0 && rng.Chance(0.5) ? rng.Pick(ownLanguages) : lang;
                            styled = rng.Pick(styledTemplates[styleLanguage]);
                        }

                        foreach (var site in sites)
                        {
                            if (site != sites[0] && !rng.Chance(0.3))
                            {
                                continue;
                            }

                            vSites.Add(site.Name);
                            var images = AdFactory.PickImages(rng, rng.Chance(np.PhotoSharing) ? sharedPhotos : ownPhotos);
                            ctx.Ads.Add(AdFactory.Create(ctx, rng, new AdRequest(site, ctx.PostTime(rng, a), city, plan, slots, [(phone, controllers[controller].Id)], np.Obfuscation, 0.2, "trafficking", vid, id, np.Name, images, ctx.Ethnicity(np.Origin), Styled: styled)));
                            weeklyFees[a / 7] += rng.Between(20, 60);
                        }
                    }

                    for (var w = d; w <= stayEnd; w++)
                    {
                        money.Work(w, city.Name, prices.P60);
                    }

                    d = stayEnd + 1;
                    var next = ctx.PickCity(rng, np.Cities);
                    if (next.Country != city.Country && !rng.Chance(0.35))
                    {
                        next = ctx.PickCity(rng, np.Cities.Where(c => ctx.World.City(c).Country == city.Country).ToArray());
                    }

                    city = next;
                }

                ctx.Personas.Add(new PersonaTruth(vid, "victim", np.Name, id, name, age, np.Origin, vCities[0], vPhones.ToList(), vSites.ToList(), vCities));
                day = end + rng.Between(1, 10);
            }
        }

        money.Settle();
        var payer = controllers[0].Account!;
        for (var w = 0; w < weeklyFees.Length; w++)
        {
            if (weeklyFees[w] > 0 && w * 7 < ctx.Days)
            {
                Flows.AdPayment(ctx, rng, ctx.Start.AddDays(w * 7), payer, sites[0].Name, weeklyFees[w], id);
            }
        }

        ctx.Networks.Add(new NetworkTruth(id, "trafficking", np.Name, np.Origin, victims, members.Select(m => m.ToTruth()).ToList(), periods, networkCities, templateIds));
    }

    private static NetworkMember Role(NetworkMember m, string role)
    {
        m.Roles.Add(role);
        return m;
    }

    /// <summary>The phone a controller answers on a day; with <paramref name="overlap"/>, either of two numbers whose periods overlap that day.</summary>
    private static PhoneNumber PhoneAt(List<(int Controller, int From, int To, PhoneNumber Phone)> lookup, int controller, int day, Rng? overlap = null)
    {
        PhoneNumber? found = null;
        foreach (var e in lookup)
        {
            if (e.Controller == controller && day >= e.From && day <= e.To)
            {
                if (found is null)
                {
                    found = e.Phone;
                    if (overlap is null)
                    {
                        return found;
                    }
                }
                else if (overlap!.Chance(0.5))
                {
                    return e.Phone;
                }
            }
        }

        return found ?? lookup.Last(e => e.Controller == controller).Phone;
    }

    /// <summary>
    /// The rotation style: a controller's numbers follow one another every 2–4 weeks, each starting a few days before the
    /// last one ends, for the whole period (issue 15: three phones one after another, each about three weeks, overlapping
    /// by a few days, the same women and templates).
    /// </summary>
    private static void Rotate(WorldContext ctx, Rng rng, NetworkProfile np, string[] countries, int c, string owner, List<(int Controller, int From, int To, PhoneNumber Phone)> lookup, List<PhonePeriod> periods)
    {
        var r = ctx.StyleBook.Rotation;
        for (var from = 0; from < ctx.Days;)
        {
            var to = Math.Min(ctx.Days - 1, from + rng.Between(r.PeriodDays[0], r.PeriodDays[1]) - 1);
            var country = rng.Chance(np.ForeignPhoneShare) ? rng.Pick(countries) : countries[0];
            var phone = PhoneNumber.Mobile(rng, ctx.World.Country(country));
            lookup.Add((c, from, to, phone));
            periods.Add(new PhonePeriod(phone.E164, owner, ctx.Start.AddDays(from), ctx.Start.AddDays(to)));
            if (to >= ctx.Days - 1)
            {
                break;
            }

            from = to + 1 - rng.Between(r.OverlapDays[0], r.OverlapDays[1]);
        }
    }

    private static void Book(WorldContext ctx, Rng rng, NetworkProfile np, string network, string victim, List<NetworkMember> bookers, CityInfo city, int from, int to, List<(int Controller, int From, int To, PhoneNumber Phone)> phones, int controller)
    {
        var kind = WorldContext.PickKey(rng, np.Accommodation);
        var platform = ctx.World.Platforms.FirstOrDefault(p => p.Kind == kind) ?? ctx.World.Platforms[0];
        var booker = rng.Pick(bookers);
        var nights = to - from + 1;
        var checkIn = ctx.Start.AddDays(from);
        var method = rng.NextDouble() switch { < 0.6 => "card", < 0.85 => "transfer", _ => "cash" };
        // Bookers often leave the phone the ads use: a link investigators look for.
        var phone = rng.Chance(0.3) ? PhoneAt(phones, controller, from).E164 : booker.Phone;
        var b = new Booking(
            ctx.NextBookingRef(platform.Name), platform.Name, booker.Name, booker.Email, phone, WorldContext.Address(rng, city), city.Local, city.Country,
            checkIn, checkIn.AddDays(nights), rng.Chance(0.8) ? 1 : 2, method, Math.Round((decimal)(nights * rng.Between(55, 130)), 2), "network", booker.Id, network, [victim]);
        ctx.Bookings.Add(b);
        if (method != "cash")
        {
            var paid = checkIn.AddDays(-rng.Between(0, 3));
            Flows.AccommodationPayment(ctx, paid < ctx.Start ? checkIn : paid, booker.Account!, b, network);
        }

        var guests = rng.Poisson(ctx.Profiles.Background.GuestBookingsPerNetworkBooking);
        for (var g = 0; g < guests; g++)
        {
            GuestBooking(ctx, rng);
        }
    }

    /// <summary>An ordinary traveller's booking: the background a platform's answer is mostly made of.</summary>
    public static void GuestBooking(WorldContext ctx, Rng rng)
    {
        var platform = rng.Pick(ctx.World.Platforms);
        var city = ctx.PickCity(rng);
        var origin = rng.Pick(ctx.World.Countries).Code;
        var name = ctx.PersonName(rng, origin);
        var checkIn = ctx.Start.AddDays(rng.Next(ctx.Days));
        var nights = rng.Between(1, 7);
        var guest = "g" + rng.HexId(12);
        ctx.Bookings.Add(new Booking(
            ctx.NextBookingRef(platform.Name), platform.Name, name, WorldContext.Email(rng, name), PhoneNumber.Mobile(rng, ctx.World.Country(origin)).E164,
            WorldContext.Address(rng, city), city.Local, city.Country, checkIn, checkIn.AddDays(nights), rng.Between(1, 4),
            rng.Chance(0.85) ? "card" : "transfer", Math.Round((decimal)(nights * rng.Between(50, 220)), 2), "guest", guest, null, []));
    }
}
