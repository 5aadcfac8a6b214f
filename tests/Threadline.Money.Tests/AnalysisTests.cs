using Threadline.Money.Analysis;
using Threadline.Money.Detectors;
using Threadline.Money.Import;

namespace Threadline.Money.Tests;

public sealed class AnalysisTests
{
    private const string Csv = """
        tx_id,booking_date,amount,debtor_name,debtor_iban,creditor_name,creditor_iban,method,city,remittance_info
        1,2026-03-01T10:00:00Z,80.00,Anna Fictive,BE68539007547034,Rosegarden Ads,BE71096123456769,card,,premium listing
        2,2026-03-05T10:00:00Z,80.00,Anna Fictive,BE68539007547034,Rosegarden Ads,BE71096123456769,card,,bump
        3,2026-03-09T10:00:00Z,80.00,Anna Fictive,BE68539007547034,Rosegarden Ads,BE71096123456769,card,,top listing
        4,2026-03-02T10:00:00Z,120.00,Anna Fictive,BE68539007547034,Hotel Roomly,BE62510007547061,card,Gent,room 3 nights
        5,2026-03-03T10:00:00Z,95.00,Anna Fictive,BE68539007547034,Pension Zimmer,BE62510007547061,card,Liège,
        """;

    [Fact]
    public void Keyword_detector_flags_repeated_payments_to_ad_sites_but_not_two_hotel_nights()
    {
        var txs = CsvTransactionReader.Read(new StringReader(Csv), "k.csv");
        var findings = new KeywordPaymentDetector().Detect(txs);
        var ads = Assert.Single(findings);
        Assert.Equal("payments-ad-site", ads.Detector);
        Assert.Equal("BE68539007547034", ads.Account);
        Assert.Equal(3, ads.Transactions.Count);
        Assert.Equal("accommodation", new KeywordPaymentDetector().Categorize(txs[3]));
    }

    [Fact]
    public void Identifier_matcher_matches_national_and_international_phone_forms_and_addresses()
    {
        var holders = new[] { new AccountHolder("BE68539007547034", "Anna Fictive", ["+32 470 12 34 56"], ["Anna.F@example.org "], ["Rue Fictive 12, 4000 Liège"]) };
        var known = new[]
        {
            new KnownIdentifier(IdentifierKind.Phone, "0470/12.34.56", "ad-1"),
            new KnownIdentifier(IdentifierKind.Email, "anna.f@EXAMPLE.org", "booking-7"),
            new KnownIdentifier(IdentifierKind.Address, "4000 LIEGE rue fictive 12", "booking-8"),
            new KnownIdentifier(IdentifierKind.Phone, "0470 99 99 99", "ad-2"),
        };
        var matches = IdentifierMatcher.Match(holders, known);
        Assert.Equal(["ad-1", "booking-7", "booking-8"], matches.Select(m => m.Source).Order(StringComparer.Ordinal));
        var finding = Assert.Single(IdentifierMatcher.ToFindings(matches));
        Assert.Equal(3, finding.Score);
    }

    [Fact]
    public void Analysis_runs_every_detector_and_ranks_flagged_accounts_with_roles()
    {
        var txs = CsvTransactionReader.Read(new StringReader(Csv), "k.csv");
        var report = MoneyAnalysis.Run(txs, identifiers: [new KnownIdentifier(IdentifierKind.Address, "Rue Fictive 12", "ad-9")]);
        var anna = Assert.Single(report.Accounts, a => a.Account == "BE68539007547034");
        Assert.True(anna.Roles.HasFlag(AccountRole.Operator));
        Assert.Contains("payments-ad-site", anna.Typologies);
        Assert.Equal(5, report.TransactionCount);
    }

    [Fact]
    public void Analysis_is_deterministic()
    {
        var txs = CsvTransactionReader.Read(new StringReader(Csv), "k.csv");
        var a = MoneyAnalysis.Run(txs);
        var b = MoneyAnalysis.Run(txs);
        Assert.Equal(a.Accounts.Select(x => x.Account), b.Accounts.Select(x => x.Account));
        Assert.Equal(a.Findings.Select(f => f.Summary), b.Findings.Select(f => f.Summary));
    }
}
