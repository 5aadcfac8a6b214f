using System.Text.Json;

namespace Threadline.Cli.Tests;

/// <summary>The bank quarantine has the ad quarantine's shape: file, line and reason as fields, with an excerpt.</summary>
public sealed class BankQuarantineTests
{
    private const string Camt = """
        <?xml version="1.0" encoding="UTF-8"?>
        <Document xmlns="urn:iso:std:iso:20022:tech:xsd:camt.053.001.02"><BkToCstmrStmt><GrpHdr><MsgId>M1</MsgId></GrpHdr>
        <Stmt><Id>S1</Id><Acct><Id><IBAN>BE71096123456769</IBAN></Id></Acct>
        <Ntry><Amt Ccy="EUR">12.50</Amt><CdtDbtInd>CRDT</CdtDbtInd><Sts>BOOK</Sts><BookgDt><Dt>2026-03-01</Dt></BookgDt></Ntry>
        <Ntry><Amt Ccy="EUR">12,50</Amt><CdtDbtInd>CRDT</CdtDbtInd><Sts>BOOK</Sts><BookgDt><Dt>2026-03-02</Dt></BookgDt></Ntry>
        </Stmt></BkToCstmrStmt></Document>
        """;

    [Fact]
    public void Each_problem_is_one_line_with_file_line_reason_and_excerpt_as_fields()
    {
        using var cli = new CliRunner();
        var camt = cli.Write("bank/a.xml", Camt);
        var csv = cli.Write("bank/b.csv", "booking_date,amount,debtor_name,creditor_name\n2026-03-01,ten,Anna,Bea\n");
        var junk = cli.Write("bank/c.csv", "hello;world\n1;2\n");
        var summary = BankIngest.Run(cli, Path.Combine(cli.Directory, "bank"));
        Assert.Equal(1, summary.GetProperty("transactions").GetInt64());

        var lines = BankIngest.QuarantineLines(cli);
        Assert.Equal(3, lines.Count);
        foreach (var line in lines)
        {
            Assert.Equal(["element", "excerpt", "file", "line", "reason"], line.EnumerateObject().Select(p => p.Name).Order(StringComparer.Ordinal));
            Assert.Equal(JsonValueKind.Number, line.GetProperty("line").ValueKind);
            var reason = line.GetProperty("reason").GetString()!;
            Assert.DoesNotContain(cli.Directory, reason, StringComparison.Ordinal);
            Assert.DoesNotContain("file:", reason, StringComparison.Ordinal);
        }

        Assert.Equal((camt, 5, "BkToCstmrStmt/Stmt[1]/Ntry[2]/Amt", "12,50"), Fields(lines[0]));
        Assert.Equal((csv, 2, "amount", "2026-03-01,ten,Anna,Bea"), Fields(lines[1]));
        Assert.Equal((junk, 1, "header", "hello;world"), Fields(lines[2]));
    }

    private static (string File, int Line, string Element, string Excerpt) Fields(JsonElement line) =>
        (line.GetProperty("file").GetString()!, line.GetProperty("line").GetInt32(), line.GetProperty("element").GetString()!, line.GetProperty("excerpt").GetString()!);
}
