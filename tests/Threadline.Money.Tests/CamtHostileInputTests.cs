using System.Diagnostics;
using System.Text;
using Threadline.Money.Import;

namespace Threadline.Money.Tests;

/// <summary>camt input that used to lose a whole file or take minutes.</summary>
public sealed class CamtHostileInputTests
{
    private const string Open = """
        <?xml version="1.0" encoding="UTF-8"?>
        <Document xmlns="urn:iso:std:iso:20022:tech:xsd:camt.053.001.08"><BkToCstmrStmt><GrpHdr><MsgId>M</MsgId></GrpHdr>
        <Stmt><Id>S</Id><Acct><Id><IBAN>BE71096123456769</IBAN></Id></Acct>

        """;

    private const string Close = "\n</Stmt></BkToCstmrStmt></Document>\n";

    private static string Entry(string reference, string amount = "12.50", string inner = "") =>
        $"""<Ntry><Amt Ccy="EUR">{amount}</Amt><CdtDbtInd>CRDT</CdtDbtInd><Sts><Cd>BOOK</Cd></Sts><BookgDt><Dt>2026-03-01</Dt></BookgDt><AcctSvcrRef>{reference}</AcctSvcrRef>{inner}</Ntry>""" + "\n";

    [Fact]
    public void A_bad_entry_is_rejected_with_its_line_and_element_and_the_good_ones_are_kept()
    {
        var xml = Open + Entry("R1") + Entry("R2", amount: "12,50") + Entry("R3") + Close;
        var issues = new List<ImportIssue>();
        var txs = ReadFile(xml, issues);
        Assert.Equal(["R1", "R3"], txs.Select(t => t.EntryReference));
        var issue = Assert.Single(issues);
        Assert.Equal(5, issue.Line);
        Assert.Equal("BkToCstmrStmt/Stmt[1]/Ntry[2]/Amt", issue.Element);
        Assert.Contains("'12,50'", issue.Reason, StringComparison.Ordinal);
    }

    [Fact]
    public void An_entry_nested_200000_levels_deep_is_rejected_within_a_second_or_two_and_the_others_kept()
    {
        const int Levels = 200_000;
        var deep = new StringBuilder();
        deep.Insert(0, "<AddtlNtryInf>", Levels).Insert(deep.Length, "</AddtlNtryInf>", Levels);
        var xml = Open + Entry("R1") + Entry("R2", inner: deep.ToString()) + Entry("R3") + Close;
        var issues = new List<ImportIssue>();
        var watch = Stopwatch.StartNew();
        var txs = ReadFile(xml, issues);
        watch.Stop();
        Assert.True(watch.Elapsed < TimeSpan.FromSeconds(2), $"took {watch.Elapsed.TotalSeconds:F1} s for {xml.Length / 1_000_000.0:F1} MB");
        Assert.Equal(["R1", "R3"], txs.Select(t => t.EntryReference));
        var issue = Assert.Single(issues);
        Assert.Equal(5, issue.Line);
        Assert.Contains("deep", issue.Reason, StringComparison.Ordinal);
    }

    [Fact]
    public void A_document_nested_200000_levels_deep_is_rejected_within_a_second_or_two()
    {
        var xml = new StringBuilder(Open).Insert(Open.Length, "<x>", 200_000).Append(new StringBuilder().Insert(0, "</x>", 200_000)).Append(Close).ToString();
        var watch = Stopwatch.StartNew();
        var ex = Assert.Throws<BankFileException>(() => CamtReader.Read(new MemoryStream(Encoding.UTF8.GetBytes(xml)), "deep.xml"));
        watch.Stop();
        Assert.True(watch.Elapsed < TimeSpan.FromSeconds(2), $"took {watch.Elapsed.TotalSeconds:F1} s");
        Assert.Contains("deep", ex.Issue.Reason, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("ISO-8859-1")]
    [InlineData("windows-1252")]
    [InlineData("ISO-8859-15")]
    public void A_camt_declared_in_a_single_byte_encoding_is_decoded_by_its_declaration(string encoding)
    {
        var xml = Open.Replace("UTF-8", encoding, StringComparison.Ordinal)
            + Entry("R1", inner: "<NtryDtls><TxDtls><RltdPties><Dbtr><Nm>Jürgen Groß</Nm></Dbtr></RltdPties></TxDtls></NtryDtls>") + Close;
        var tx = Assert.Single(CamtReader.Read(new MemoryStream(Encoding.Latin1.GetBytes(xml)), "latin.xml"));
        Assert.Equal("Jürgen Groß", tx.Debtor.Name);
    }

    private static IReadOnlyList<BankTransaction> ReadFile(string xml, List<ImportIssue> issues)
    {
        var path = Path.Combine(Path.GetTempPath(), $"tl-camt-{Guid.NewGuid():N}.xml");
        File.WriteAllText(path, xml);
        try
        {
            return new TransactionImporter().ReadFile(path, issues);
        }
        finally
        {
            File.Delete(path);
        }
    }
}
