using System.Globalization;
using Threadline.Simulation.Core;

namespace Threadline.Simulation.Actors;

/// <summary>
/// Legitimate account holders whose statements sit next to the networks' in a bank's answer: households
/// (salary, rent, shopping) and small businesses (many customers paying, cash deposited in one or several
/// cities) — the look-alikes a money analysis must not flag.
/// </summary>
internal static class BackgroundGenerator
{
    private static readonly string[] Businesses = ["Nail Studio", "Snack Bar", "Kapsalon", "Phone Repair", "Épicerie", "Massage Thai", "Café", "Taxi Services", "Bazar"];

    public static void Generate(WorldContext ctx, long group)
    {
        var rng = Rng.For(ctx.Options.Seed, "background", group);
        var id = "h" + group.ToString(CultureInfo.InvariantCulture);
        var city = ctx.PickCity(rng);
        if (rng.Chance(0.7))
        {
            var name = ctx.PersonName(rng, city.Country);
            var a = ctx.OpenAccount(rng, city.Country, id, name, "household", null, true);
            Flows.EverydayLife(ctx, rng, a, city.Name, city.Country, true);
            for (var k = rng.Poisson(2); k > 0; k--)
            {
                var date = ctx.Start.AddDays(rng.Next(ctx.Days));
                var other = ctx.PersonName(rng, city.Country);
                ctx.AddTx(Flows.Transfer(ctx, date, Math.Round((decimal)rng.Between(20.0, 400.0), 2), a, a.OwnerName, null, null, other, Money.Iban.Create(rng, city.Country), "transfer", null, null, "gift", "transfer", null, "household", "person"));
            }

            if (rng.Chance(0.1))
            {
                // Migrants sending money home: remittances abroad that are nobody's crime.
                var home = rng.Pick(new[] { "CN", "RO", "NG", "MA", "UA" });
                for (var d = 10; d < ctx.Days; d += 30)
                {
                    var agent = rng.Pick(ctx.RemitterAccounts);
                    ctx.AddTx(Flows.Transfer(ctx, ctx.Start.AddDays(d), Math.Round((decimal)rng.Between(100.0, 600.0), 0), a, a.OwnerName, null, agent, agent.OwnerName, null, "remittance", null, home, "REMIT TO FAMILY " + home, "remittance_family", null, "household", "remitter_agent"));
                }
            }

            return;
        }

        var business = rng.Pick(Businesses) + " " + rng.Pick(ctx.World.LastNames[city.Country]);
        var acct = ctx.OpenAccount(rng, city.Country, id, business, "business", null, true);
        var chain = rng.Chance(0.3) ? new[] { city, ctx.PickCity(rng), ctx.PickCity(rng) } : new[] { city };
        for (var day = 0; day < ctx.Days; day++)
        {
            var date = ctx.Start.AddDays(day);
            if (date.DayOfWeek is DayOfWeek.Monday or DayOfWeek.Thursday)
            {
                var c = rng.Pick(chain);
                ctx.AddTx(Flows.Transfer(ctx, date, Math.Round((decimal)rng.Between(300.0, 4000.0), 0), null, acct.OwnerName, null, acct, acct.OwnerName, null, "cash_deposit", c.Name, c.Country, "", "shop_cash", null, "cash", "business"));
            }

            for (var k = rng.Poisson(1.5); k > 0; k--)
            {
                Flows.ClientPayment(ctx, rng, date, acct, Math.Round((decimal)rng.Between(15.0, 200.0), 2), null, "shop_income");
            }

            if (date.Day == 15)
            {
                var supplier = rng.Pick(new[] { "Metro Cash & Carry", "Sligro", "Makro", "Selgros" });
                ctx.AddTx(Flows.Transfer(ctx, date, Math.Round((decimal)rng.Between(800.0, 5000.0), 2), acct, acct.OwnerName, null, null, supplier, Money.Iban.Create(rng, city.Country), "transfer", null, null, "invoice " + rng.Between(1000, 9999).ToString(CultureInfo.InvariantCulture), "supplier", null, "business", "supplier"));
            }
        }
    }
}
