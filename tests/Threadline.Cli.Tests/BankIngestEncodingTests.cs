using System.Text;

namespace Threadline.Cli.Tests;

/// <summary>Bank files in single-byte code pages are decoded right, or their records rejected with a reason; never stored with U+FFFD.</summary>
public sealed class BankIngestEncodingTests
{
    private static readonly Encoding Latin1 = Encoding.Latin1;

    [Fact]
    public void A_latin1_csv_is_decoded_as_windows_1252()
    {
        using var cli = new CliRunner();
        var file = cli.WriteBytes("latin.csv", Latin1.GetBytes("tx_id,booking_date,amount,debtor_name,creditor_name\nC1,2026-01-05,10.00,Jürgen Groß,Café Zoë\n"));
        Assert.Equal(1, BankIngest.Run(cli, file).GetProperty("transactions").GetInt64());
        Assert.Equal(["Jürgen Groß"], BankIngest.PaymentValues(cli, "payerName"));
        Assert.Equal(["Café Zoë"], BankIngest.PaymentValues(cli, "beneficiaryName"));
    }

    [Fact]
    public void A_latin1_mt940_is_decoded_as_windows_1252()
    {
        using var cli = new CliRunner();
        var text = ":20:STMT\n:25:BE71096123456769\n:28C:1/1\n:60F:C260301EUR1000,00\n:61:2603020302C250,50NTRFNONREF//B1\n:86:?20SVWZ+Miete März?32Jürgen Groß\n:62F:C260304EUR1250,50\n";
        var file = cli.WriteBytes("latin.sta", Latin1.GetBytes(text));
        Assert.Equal(1, BankIngest.Run(cli, file).GetProperty("transactions").GetInt64());
        Assert.Equal(["Jürgen Groß"], BankIngest.PaymentValues(cli, "payerName"));
        Assert.Equal(["Miete März"], BankIngest.PaymentValues(cli, "purpose"));
    }

    [Theory]
    [InlineData("ISO-8859-1")]
    [InlineData("windows-1252")]
    public void A_camt_in_a_declared_single_byte_encoding_is_read_right(string encoding)
    {
        using var cli = new CliRunner();
        var file = cli.WriteBytes("latin.xml", Latin1.GetBytes(Camt(encoding, "Jürgen Groß")));
        Assert.Equal(1, BankIngest.Run(cli, file).GetProperty("transactions").GetInt64());
        Assert.Equal(["Jürgen Groß"], BankIngest.PaymentValues(cli, "payerName"));
    }

    [Fact]
    public void A_utf8_csv_with_a_stray_latin1_byte_rejects_that_record_and_keeps_the_others()
    {
        using var cli = new CliRunner();
        var bytes = new List<byte>();
        bytes.AddRange(Encoding.UTF8.GetBytes("tx_id,booking_date,amount,debtor_name,creditor_name\nC1,2026-01-05,10.00,Jürgen,b\n"));
        bytes.AddRange(Latin1.GetBytes("C2,2026-01-06,11.00,Jörg,b\n"));
        bytes.AddRange(Encoding.UTF8.GetBytes("C3,2026-01-07,12.00,Zoë,b\n"));
        var file = cli.WriteBytes("mixed.csv", [.. bytes]);

        var summary = BankIngest.Run(cli, file);
        Assert.Equal(2, summary.GetProperty("transactions").GetInt64());
        Assert.Equal(["Jürgen", "Zoë"], BankIngest.PaymentValues(cli, "payerName"));
        var rejected = Assert.Single(BankIngest.QuarantineLines(cli));
        Assert.Equal(3, rejected.GetProperty("line").GetInt32());
        Assert.Contains("UTF-8", rejected.GetProperty("reason").GetString(), StringComparison.Ordinal);
    }

    internal static string Camt(string encoding, string debtor) => $"""
        <?xml version="1.0" encoding="{encoding}"?>
        <Document xmlns="urn:iso:std:iso:20022:tech:xsd:camt.053.001.02"><BkToCstmrStmt><GrpHdr><MsgId>M1</MsgId></GrpHdr>
        <Stmt><Id>S1</Id><Acct><Id><IBAN>BE71096123456769</IBAN></Id></Acct>
        <Ntry><Amt Ccy="EUR">12.50</Amt><CdtDbtInd>CRDT</CdtDbtInd><Sts>BOOK</Sts><BookgDt><Dt>2026-03-01</Dt></BookgDt>
        <NtryDtls><TxDtls><RltdPties><Dbtr><Nm>{debtor}</Nm></Dbtr></RltdPties></TxDtls></NtryDtls></Ntry>
        </Stmt></BkToCstmrStmt></Document>
        """;
}
