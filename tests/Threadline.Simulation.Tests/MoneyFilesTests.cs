using System.Globalization;
using System.Xml.Linq;
using Threadline.Simulation.Money;

namespace Threadline.Simulation.Tests;

public sealed class MoneyFilesTests : IClassFixture<WorldFixture>
{
    private static readonly XNamespace Ns = "urn:iso:std:iso:20022:tech:xsd:camt.053.001.02";
    private readonly WorldFixture _world;

    public MoneyFilesTests(WorldFixture world) => _world = world;

    private List<Dictionary<string, string>> Transactions() => Csv.Records(Path.Combine(_world.Dir, "bank", "transactions.csv"), ',');

    [Fact]
    public void Transactions_csv_has_the_documented_columns_and_well_formed_values()
    {
        var header = Csv.Read(Path.Combine(_world.Dir, "bank", "transactions.csv"), ',')[0];
        Assert.Equal(["tx_id", "booking_date", "value_date", "amount", "currency", "debtor_name", "debtor_iban", "creditor_name", "creditor_iban", "method", "city", "country", "remittance_info"], header);
        var rows = Transactions();
        Assert.Equal(_world.Summary.Transactions, rows.Count);
        var truth = _world.Truth.Transactions.ToDictionary(t => t.TxId, StringComparer.Ordinal);
        foreach (var r in rows)
        {
            Assert.True(decimal.Parse(r["amount"], NumberStyles.AllowDecimalPoint, CultureInfo.InvariantCulture) > 0);
            DateOnly.ParseExact(r["booking_date"], "yyyy-MM-dd", CultureInfo.InvariantCulture);
            Assert.Contains(r["method"], new[] { "transfer", "cash_deposit", "cash_withdrawal", "card", "remittance" });
            foreach (var iban in new[] { r["debtor_iban"], r["creditor_iban"] }.Where(i => i.Length > 0))
            {
                Assert.True(Iban.IsValid(iban), iban);
            }

            Assert.True(truth.ContainsKey(r["tx_id"]));
        }
    }

    [Fact]
    public void Network_money_patterns_are_all_present_and_labelled_with_their_network()
    {
        var patterns = _world.Truth.Transactions.Where(t => t.Network is not null && t.Network.StartsWith('n')).Select(t => t.Pattern).ToHashSet(StringComparer.Ordinal);
        Assert.Superset(new HashSet<string>(["client_payment", "cash_deposit", "structuring", "ad_payment", "accommodation", "pass_through", "remittance"], StringComparer.Ordinal), patterns);
        var background = _world.Truth.Transactions.Where(t => t.Network is null).Select(t => t.Pattern).ToHashSet(StringComparer.Ordinal);
        Assert.Superset(new HashSet<string>(["salary", "rent", "card", "shop_cash", "shop_income"], StringComparer.Ordinal), background);
    }

    [Fact]
    public void Structuring_deposits_stay_below_the_threshold_in_several_cities()
    {
        var ids = _world.Truth.Transactions.Where(t => t.Pattern == "structuring").Select(t => t.TxId).ToHashSet(StringComparer.Ordinal);
        var rows = Transactions().Where(r => ids.Contains(r["tx_id"])).ToList();
        Assert.NotEmpty(rows);
        Assert.All(rows, r => Assert.InRange(decimal.Parse(r["amount"], CultureInfo.InvariantCulture), 8000m, 9999.99m));
        Assert.True(rows.Select(r => r["city"]).Distinct().Count() > 1);
    }

    [Fact]
    public void Bookings_csv_per_platform_has_the_documented_columns_and_matches_the_truth()
    {
        var truth = _world.Truth.Bookings.ToDictionary(b => b.BookingRef, StringComparer.Ordinal);
        var files = Directory.GetFiles(Path.Combine(_world.Dir, "bookings"), "*.csv").Order(StringComparer.Ordinal).ToList();
        Assert.Equal(2, files.Count);
        var total = 0;
        foreach (var f in files)
        {
            var header = Csv.Read(f, ',')[0];
            Assert.Equal(["booking_ref", "platform", "booker_name", "booker_email", "booker_phone", "property_address", "city", "country", "check_in", "check_out", "guests", "payment_method", "amount", "currency"], header);
            foreach (var r in Csv.Records(f, ','))
            {
                Assert.True(truth.ContainsKey(r["booking_ref"]));
                Assert.True(DateOnly.Parse(r["check_out"], CultureInfo.InvariantCulture) > DateOnly.Parse(r["check_in"], CultureInfo.InvariantCulture));
                decimal.Parse(r["amount"], NumberStyles.AllowDecimalPoint, CultureInfo.InvariantCulture);
                total++;
            }
        }

        Assert.Equal(truth.Count, total);
        Assert.Superset(new HashSet<string>(["network", "independent", "guest"], StringComparer.Ordinal), truth.Values.Select(b => b.Kind).ToHashSet(StringComparer.Ordinal));
    }

    [Fact]
    public void Camt053_statements_parse_and_hold_the_accounts_entries_with_consistent_balances()
    {
        var csv = Transactions().ToDictionary(r => r["tx_id"], StringComparer.Ordinal);
        var statementAccounts = _world.Truth.Accounts.Where(a => a.Statements).Select(a => a.Iban).ToHashSet(StringComparer.Ordinal);
        var files = Directory.GetFiles(Path.Combine(_world.Dir, "bank", "camt053"), "*.xml", SearchOption.AllDirectories).Order(StringComparer.Ordinal).ToList();
        Assert.Equal(_world.Summary.StatementFiles, files.Count);
        var entries = 0;
        foreach (var f in files.Take(400))
        {
            var doc = XDocument.Load(f);
            var stmt = doc.Root!.Element(Ns + "BkToCstmrStmt")!.Element(Ns + "Stmt")!;
            Assert.NotNull(doc.Root.Element(Ns + "BkToCstmrStmt")!.Element(Ns + "GrpHdr")!.Element(Ns + "MsgId"));
            var iban = stmt.Element(Ns + "Acct")!.Element(Ns + "Id")!.Element(Ns + "IBAN")!.Value;
            Assert.True(Iban.IsValid(iban));
            Assert.Contains(iban, statementAccounts);
            Assert.StartsWith(iban + "-", Path.GetFileName(f), StringComparison.Ordinal);
            decimal Bal(string code)
            {
                var b = stmt.Elements(Ns + "Bal").Single(x => x.Descendants(Ns + "Cd").First().Value == code);
                var v = decimal.Parse(b.Element(Ns + "Amt")!.Value, CultureInfo.InvariantCulture);
                return b.Element(Ns + "CdtDbtInd")!.Value == "CRDT" ? v : -v;
            }

            var sum = Bal("OPBD");
            var ntries = stmt.Elements(Ns + "Ntry").ToList();
            foreach (var n in ntries)
            {
                var amt = n.Element(Ns + "Amt")!;
                Assert.Equal("EUR", amt.Attribute("Ccy")!.Value);
                var value = decimal.Parse(amt.Value, CultureInfo.InvariantCulture);
                var credit = n.Element(Ns + "CdtDbtInd")!.Value == "CRDT";
                sum += credit ? value : -value;
                Assert.NotNull(n.Element(Ns + "BookgDt")!.Element(Ns + "Dt"));
                Assert.NotNull(n.Element(Ns + "NtryDtls")!.Element(Ns + "TxDtls")!.Element(Ns + "RltdPties"));
                var id = n.Element(Ns + "AcctSvcrRef")!.Value;
                Assert.True(csv.TryGetValue(id, out var row), id + " not in transactions.csv");
                Assert.Equal(value, decimal.Parse(row!["amount"], CultureInfo.InvariantCulture));
                Assert.Equal(iban, credit ? row["creditor_iban"] : row["debtor_iban"]);
                entries++;
            }

            Assert.Equal(Bal("CLBD"), sum);
            var count = int.Parse(stmt.Element(Ns + "TxsSummry")!.Element(Ns + "TtlNtries")!.Element(Ns + "NbOfNtries")!.Value, CultureInfo.InvariantCulture);
            Assert.Equal(ntries.Count, count);
        }

        Assert.True(entries > 0);
    }
}
