using System.Globalization;

namespace Threadline.Money.Tests.Fuzz;

/// <summary>One good transaction of a generated seed file; every format renders the same records.</summary>
internal sealed record SeedRecord(string Reference, decimal Amount, DateOnly Date, bool Credit, string Debtor, string DebtorIban, string Creditor, string CreditorIban, string Remittance)
{
    private static readonly string[] Names = ["Anna Fictive", "Bea Example", "Jürgen Groß", "Zoë Café", "Hotel Stayhub", "Rosegarden Ads", "Łucja Nowak", "Ilse Müller"];
    private static readonly string[] Texts = ["rent march", "premium listing 3 days", "Miete März", "room 12", "ad boost", "invoice 2026-0412"];

    public static IReadOnlyList<SeedRecord> Many(Random rng, int count) =>
        Enumerable.Range(1, count).Select(i => new SeedRecord(
            string.Create(CultureInfo.InvariantCulture, $"R{i}"),
            rng.Next(1, 500_000) / 100m,
            new DateOnly(2026, 1 + rng.Next(12), 1 + rng.Next(28)),
            rng.Next(2) == 0,
            Names[rng.Next(Names.Length)],
            Iban.Create("BE", string.Create(CultureInfo.InvariantCulture, $"{rng.NextInt64(100_000_000_000, 999_999_999_999)}")),
            Names[rng.Next(Names.Length)],
            Iban.Create("DE", string.Create(CultureInfo.InvariantCulture, $"{rng.NextInt64(100_000_000_000_000_000, 999_999_999_999_999_999)}")),
            Texts[rng.Next(Texts.Length)])).ToList();

    public string AmountText => Amount.ToString("0.00", CultureInfo.InvariantCulture);

    /// <summary>What must come back unchanged when another record of the file is damaged.</summary>
    public static string Key(BankTransaction tx) => string.Join(
        '|',
        tx.Amount.ToString(CultureInfo.InvariantCulture),
        tx.Currency,
        tx.BookingDate.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture),
        tx.Debtor.Name,
        tx.Debtor.Iban,
        tx.Creditor.Name,
        tx.Creditor.Iban,
        tx.RemittanceText);
}
