using System.Text;
using Threadline.Money.Import;

namespace Threadline.Money.Tests;

public sealed class ReaderTests
{
    private const string Mt940 = """
        :20:STMT-2026-03
        :25:BE71096123456769
        :28C:00012/001
        :60F:C260301EUR1000,00
        :61:2603020302C250,50NTRFNONREF//BANKREF1
        :86:/CNTP/BE68539007547034/GKCCBEBB/Anna Fictive/Gent/ /REMI/USTD//rent march/ /EREF/E2E-1/
        :61:2603030303D99,00NTRFREF2
        :86:?20SVWZ+Hotel Stayhub Liege?31DE89370400440532013000?32Hotel Stayhub
        :61:2603040304D10,00NCHK
        :86:ATM withdrawal
        Brussels Central
        :62F:C260304EUR1141,50
        """;

    [Fact]
    public void A_csv_row_with_a_nul_byte_is_rejected_not_stored()
    {
        var csv = "tx_id,booking_date,amount,debtor_name,creditor_name\nR1,2026-01-05,10.00,Ro\0segarden Ads,b\nR2,2026-01-06,11.00,a,b\n"u8.ToArray();
        var issues = new List<ImportIssue>();
        var read = CsvTransactionReader.Read(new MemoryStream(csv), "nul.csv", null, issues);
        Assert.Equal(11.00m, Assert.Single(read).Amount);
        Assert.Equal(2, Assert.Single(issues).Line);
    }

    [Fact]
    public void Mt940_reads_lines_amounts_parties_and_remittance()
    {
        var txs = Mt940Reader.Read(Mt940, "stmt.sta");
        Assert.Equal(3, txs.Count);
        var credit = txs[0];
        Assert.Equal(CreditDebit.Credit, credit.Direction);
        Assert.Equal(250.50m, credit.Amount);
        Assert.Equal("EUR", credit.Currency);
        Assert.Equal(new DateTimeOffset(2026, 3, 2, 0, 0, 0, TimeSpan.Zero), credit.BookingDate);
        Assert.Equal("BE68539007547034", credit.Debtor.Iban);
        Assert.Equal("Anna Fictive", credit.Debtor.Name);
        Assert.Equal("BE71096123456769", credit.Creditor.Iban);
        Assert.Equal(["rent march"], credit.RemittanceLines);
        Assert.Equal("E2E-1", credit.EndToEndId);
        Assert.Equal("BANKREF1", credit.EntryReference);
        var hotel = txs[1];
        Assert.Equal(CreditDebit.Debit, hotel.Direction);
        Assert.Equal("DE89370400440532013000", hotel.Creditor.Iban);
        Assert.Equal("Hotel Stayhub", hotel.Creditor.Name);
        Assert.Equal(["Hotel Stayhub Liege"], hotel.RemittanceLines);
        Assert.Equal(PaymentMethod.CashWithdrawal, txs[2].Method);
        Assert.Equal(["ATM withdrawal Brussels Central"], txs[2].RemittanceLines);
    }

    [Fact]
    public void Mt940_without_reference_or_account_is_rejected()
    {
        var ex = Assert.Throws<BankFileException>(() => Mt940Reader.Read(":60F:C260301EUR1,00\n", "x.sta"));
        Assert.Equal("x.sta", ex.Issue.File);
    }

    [Fact]
    public void Csv_with_canonical_header_reads_every_field()
    {
        const string Csv = """
            tx_id,booking_date,value_date,amount,currency,debtor_name,debtor_iban,creditor_name,creditor_iban,method,city,country,remittance_info
            T1,2026-03-01T21:15:00Z,2026-03-02,120.00,EUR,Anna Fictive,BE68 5390 0754 7034,Rosegarden Ads,BE71096123456769,card,Gent,BE,"premium listing, 3 days"
            T2,2026-03-02,,300.00,EUR,,,Bea Fictive,BE71096123456769,cash_deposit,Liège,BE,
            """;
        var txs = CsvTransactionReader.Read(new StringReader(Csv), "bank.csv");
        Assert.Equal(2, txs.Count);
        Assert.Equal("BE68539007547034", txs[0].Debtor.Iban);
        Assert.Equal(PaymentMethod.Card, txs[0].Method);
        Assert.Equal(["premium listing, 3 days"], txs[0].RemittanceLines);
        Assert.Equal(new DateTimeOffset(2026, 3, 1, 21, 15, 0, TimeSpan.Zero), txs[0].BookingDate);
        Assert.Equal(PaymentMethod.CashDeposit, txs[1].Method);
        Assert.Equal("Liège", txs[1].City);
        Assert.NotEqual(txs[0].Id, txs[1].Id);
    }

    [Fact]
    public void Csv_mapping_is_detected_from_synonyms_or_declared()
    {
        const string Csv = "Datum;Betrag;Auftraggeber;IBAN Auftraggeber;Empfaenger;Verwendungszweck\n01/03/2026;45.00;Anna Fictive;BE68539007547034;Hotel Roomly;room 12\n";
        var map = CsvColumnMap.Parse("booking_date=Datum,amount=Betrag,debtor_name=Auftraggeber,debtor_iban=IBAN Auftraggeber,creditor_name=Empfaenger,remittance_info=Verwendungszweck");
        var tx = Assert.Single(CsvTransactionReader.Read(new StringReader(Csv), "de.csv", map));
        Assert.Equal(45m, tx.Amount);
        Assert.Equal("Hotel Roomly", tx.Creditor.Name);

        var detected = CsvColumnMap.Detect(["date", "amount", "payer", "from_iban", "beneficiary", "to_iban", "description"]);
        Assert.Equal("payer", detected[CsvField.DebtorName]);
        Assert.Equal("to_iban", detected[CsvField.CreditorIban]);
        Assert.Empty(detected.Problems());
    }

    [Fact]
    public void Csv_bad_records_are_reported_and_good_ones_kept()
    {
        const string Csv = """
            booking_date,amount,debtor_iban,creditor_iban
            2026-03-01,10.00,BE68539007547034,BE71096123456769
            2026-03-01,-5,BE68539007547034,BE71096123456769
            2026-03-01,10.00,BE00539007547034,BE71096123456769
            yesterday,10.00,BE68539007547034,BE71096123456769
            2026-03-02,11.00,BE68539007547034,BE71096123456769
            """;
        var issues = new List<ImportIssue>();
        var txs = CsvTransactionReader.Read(new StringReader(Csv), "b.csv", issues: issues);
        Assert.Equal(2, txs.Count);
        Assert.Equal(3, issues.Count);
        Assert.Equal(["amount", "debtor_iban", "booking_date"], issues.Select(i => i.Element));
        Assert.All(issues, i => Assert.Equal("b.csv", i.File));
        Assert.Equal([3, 4, 5], issues.Select(i => i.Line ?? 0));
    }

    [Fact]
    public void Csv_without_amount_column_is_rejected_naming_the_header()
    {
        var ex = Assert.Throws<BankFileException>(() => CsvTransactionReader.Read(new StringReader("date,payer\n2026-03-01,x\n"), "h.csv"));
        Assert.Equal("header", ex.Issue.Element);
        Assert.Contains("amount", ex.Issue.Reason, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("BE71 0961 2345 6769", true)]
    [InlineData("be71096123456769", true)]
    [InlineData("GB33BUKB20201555555555", true)]
    [InlineData("BE71096123456768", false)]
    [InlineData("XX", false)]
    public void Iban_validation_uses_the_mod_97_check(string iban, bool valid) => Assert.Equal(valid, Iban.IsValid(iban));

    [Fact]
    public void Iban_create_makes_valid_check_digits()
    {
        var iban = Iban.Create("BE", "096123456769");
        Assert.Equal("BE71096123456769", iban);
    }

    [Fact]
    public void Camt_with_a_doctype_is_refused()
    {
        const string Xml = """<?xml version="1.0"?><!DOCTYPE d [<!ENTITY x SYSTEM "file:///etc/passwd">]><Document xmlns="urn:iso:std:iso:20022:tech:xsd:camt.053.001.02">&x;</Document>""";
        var ex = Assert.Throws<BankFileException>(() => CamtReader.Read(new MemoryStream(Encoding.UTF8.GetBytes(Xml)), "evil.xml"));
        Assert.Equal("XML", ex.Issue.Element);
        Assert.Contains("DTD", ex.Issue.Reason, StringComparison.OrdinalIgnoreCase);
    }

    [Fact]
    public void Camt_with_a_bad_amount_names_the_element()
    {
        const string Xml = """
            <Document xmlns="urn:iso:std:iso:20022:tech:xsd:camt.053.001.08"><BkToCstmrStmt><GrpHdr><MsgId>M</MsgId></GrpHdr>
            <Stmt><Id>S</Id><Acct><Id><IBAN>BE71096123456769</IBAN></Id></Acct>
            <Ntry><Amt Ccy="EUR">12,50</Amt><CdtDbtInd>CRDT</CdtDbtInd><Sts><Cd>BOOK</Cd></Sts><BookgDt><Dt>2026-03-01</Dt></BookgDt></Ntry>
            </Stmt></BkToCstmrStmt></Document>
            """;
        var ex = Assert.Throws<BankFileException>(() => CamtReader.Read(new MemoryStream(Encoding.UTF8.GetBytes(Xml)), "bad.xml"));
        Assert.Equal("BkToCstmrStmt/Stmt[1]/Ntry[1]/Amt", ex.Issue.Element);
        Assert.Equal(3, ex.Issue.Line);
    }
}
