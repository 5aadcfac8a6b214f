using Threadline.Simulation.Core;
using Threadline.Simulation.Money;

namespace Threadline.Simulation.Actors;

/// <summary>Builders for the transactions every actor uses.</summary>
internal static class Flows
{
    private static readonly string[] ClientMemos = ["", "", "massage", "bedankt", "merci", "thanks", "gracias", "danke", "cadeau", "rdv", "afspraak"];
    private static readonly string[] Shops = ["Superfresh", "Carrefour Market", "Lidl", "Albert Heijn", "Mercadona", "Rewe", "Esselunga", "Delhaize", "Shell", "Zara", "Pharmacie Centrale"];

    public static Tx Transfer(WorldContext ctx, DateOnly date, decimal amount, Account? debtor, string debtorName, string? debtorIban, Account? creditor, string creditorName, string? creditorIban, string method, string? city, string? country, string memo, string pattern, string? network, string debtorRole, string creditorRole)
    {
        var value = method == "remittance" ? date.AddDays(1) : date;
        if (value > ctx.End)
        {
            value = date;
        }

        return new Tx(ctx.NextTxId(), date, value, Math.Round(amount, 2), debtor, debtorName, debtorIban ?? debtor?.Iban, creditor, creditorName, creditorIban ?? creditor?.Iban, method, city, country, memo, pattern, network, debtorRole, creditorRole);
    }

    /// <summary>A client paying by bank transfer: a fresh payer each time, as collectors see it.</summary>
    public static void ClientPayment(WorldContext ctx, Rng rng, DateOnly date, Account to, decimal amount, string? network, string pattern = "client_payment")
    {
        var country = rng.Pick(new[] { "BE", "NL", "FR", "ES", "DE", "IT" });
        var payer = ctx.PersonName(rng, country);
        var iban = Iban.Create(rng, country);
        ctx.AddTx(Transfer(ctx, date, amount, null, payer, iban, to, to.OwnerName, null, "transfer", null, null, rng.Pick(ClientMemos), pattern, network, "client", to.Role));
    }

    /// <summary>Payment of posting fees to an ad site's company.</summary>
    public static void AdPayment(WorldContext ctx, Rng rng, DateOnly date, Account from, string site, decimal amount, string? network)
    {
        var to = ctx.SiteAccounts[site];
        var method = rng.Chance(0.6) ? "card" : "transfer";
        ctx.AddTx(Transfer(ctx, date, amount, from, from.OwnerName, null, to, to.OwnerName, null, method, null, null, "TOPUP " + site.ToUpperInvariant(), "ad_payment", network, from.Role, "site"));
    }

    public static void AccommodationPayment(WorldContext ctx, DateOnly date, Account from, Booking b, string? network)
    {
        var to = ctx.PlatformAccounts[b.Platform];
        var method = b.PaymentMethod == "card" ? "card" : "transfer";
        ctx.AddTx(Transfer(ctx, date, b.Amount, from, from.OwnerName, null, to, to.OwnerName, null, method, b.City, b.Country, b.Ref, "accommodation", network, from.Role, "platform"));
    }

    /// <summary>Ordinary life of an account holder: salary or income, rent, utilities, shopping.</summary>
    public static void EverydayLife(WorldContext ctx, Rng rng, Account a, string city, string country, bool salary)
    {
        var landlord = ctx.PersonName(rng, country);
        var landlordIban = Iban.Create(rng, country);
        var employer = rng.Pick(new[] { "Logistica SA", "Stadsbouw NV", "Clinique Saint-Luc", "Hotel Centrale", "DataWorks GmbH", "Municipio" });
        var employerIban = Iban.Create(rng, country);
        var rent = Math.Round((decimal)rng.Between(550.0, 1300.0), 0);
        var pay = Math.Round((decimal)rng.Between(1700.0, 3400.0), 2);
        for (var d = ctx.Start; d <= ctx.End; d = d.AddDays(1))
        {
            if (d.Day == 25 && salary)
            {
                ctx.AddTx(Transfer(ctx, d, pay, null, employer, employerIban, a, a.OwnerName, null, "transfer", null, null, "SALARY " + d.ToString("MM/yyyy", System.Globalization.CultureInfo.InvariantCulture), "salary", null, "employer", a.Role));
            }

            if (d.Day == 1)
            {
                ctx.AddTx(Transfer(ctx, d, rent, a, a.OwnerName, null, null, landlord, landlordIban, "transfer", null, null, "rent " + d.ToString("MMMM", System.Globalization.CultureInfo.InvariantCulture), "rent", null, a.Role, "landlord"));
            }

            if (d.Day == 5)
            {
                ctx.AddTx(Transfer(ctx, d, Math.Round((decimal)rng.Between(40.0, 160.0), 2), a, a.OwnerName, null, null, "Energia Utility", null, "transfer", null, null, "utilities", "utilities", null, a.Role, "utility"));
            }

            if (rng.Chance(0.35))
            {
                var shop = rng.Pick(Shops);
                ctx.AddTx(Transfer(ctx, d, Math.Round((decimal)rng.Between(4.0, 120.0), 2), a, a.OwnerName, null, null, shop, null, "card", city, country, "", "card", null, a.Role, "merchant"));
            }
        }
    }
}
