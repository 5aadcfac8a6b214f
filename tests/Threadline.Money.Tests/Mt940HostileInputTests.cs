using System.Diagnostics;
using System.Text;
using Threadline.Money.Import;

namespace Threadline.Money.Tests;

/// <summary>MT940 input that used to throw or take minutes: the bad entry is rejected with its line and reason, the good ones kept.</summary>
public sealed class Mt940HostileInputTests
{
    private const string Head = ":20:STMT\n:25:BE71096123456769\n:28C:1/1\n:60F:C260301EUR1000,00\n";
    private const string Good = ":61:2603020302C250,50NTRFNONREF//B1\n:86:good one\n";
    private const string Tail = ":62F:C260304EUR1141,50\n";

    [Theory]
    [InlineData(":61:2613071307C200,00NTRFREF\n", "'261307'")]
    [InlineData(":61:2602300230C200,00NTRFREF\n", "'260230'")]
    [InlineData(":61:2603020231C200,00NTRFREF\n", "'0231'")]
    [InlineData(":61:2603021399C200,00NTRFREF\n", "'1399'")]
    public void An_impossible_date_rejects_the_entry_naming_it_and_keeps_the_others(string bad, string named)
    {
        var issues = new List<ImportIssue>();
        var txs = Mt940Reader.Read(Head + Good + bad + ":86:bad\n" + Good.Replace("B1", "B2", StringComparison.Ordinal) + Tail, "d.sta", issues);
        Assert.Equal(["B1", "B2"], txs.Select(t => t.EntryReference));
        var issue = Assert.Single(issues);
        Assert.Equal(7, issue.Line);
        Assert.Equal(":61:", issue.Element);
        Assert.Contains(named, issue.Reason, StringComparison.Ordinal);
        Assert.Contains("date", issue.Reason, StringComparison.Ordinal);
    }

    [Fact]
    public void A_statement_with_an_unreadable_opening_balance_rejects_its_entries_and_keeps_the_next_statement()
    {
        var issues = new List<ImportIssue>();
        var text = ":20:S1\n:25:BE71096123456769\n:60F:C260301XX1000,00\n" + Good + Tail + Head + Good.Replace("B1", "B2", StringComparison.Ordinal) + Tail;
        var txs = Mt940Reader.Read(text, "b.sta", issues);
        Assert.Equal("B2", Assert.Single(txs).EntryReference);
        var issue = Assert.Single(issues);
        Assert.Equal(4, issue.Line);
        Assert.Contains(":60F:", issue.Reason, StringComparison.Ordinal);
        Assert.Contains("line 3", issue.Reason, StringComparison.Ordinal);
    }

    [Fact]
    public void An_information_field_of_200000_lines_is_rejected_within_a_second_or_two()
    {
        var text = new StringBuilder(Head).Append(":61:2603020302C250,50NTRFNONREF//LONG\n:86:start\n");
        for (var i = 0; i < 200_000; i++)
        {
            text.Append("continued line\n");
        }

        text.Append(Good).Append(Tail);
        var issues = new List<ImportIssue>();
        var watch = Stopwatch.StartNew();
        var txs = Mt940Reader.Read(text.ToString(), "long.sta", issues);
        watch.Stop();
        Assert.True(watch.Elapsed < TimeSpan.FromSeconds(2), $"took {watch.Elapsed.TotalSeconds:F1} s for {text.Length / 1_000_000.0:F1} MB");
        Assert.Equal("B1", Assert.Single(txs).EntryReference);
        var issue = Assert.Single(issues);
        Assert.Equal(5, issue.Line);
        Assert.Contains(":86:", issue.Reason, StringComparison.Ordinal);
        Assert.Contains("lines", issue.Reason, StringComparison.Ordinal);
    }

    [Fact]
    public void A_latin1_file_is_decoded_as_windows_1252()
    {
        var path = Path.Combine(Path.GetTempPath(), $"tl-mt940-{Guid.NewGuid():N}.sta");
        File.WriteAllBytes(path, Encoding.Latin1.GetBytes(Head + ":61:2603020302C250,50NTRFNONREF//B1\n:86:?20SVWZ+Miete März?32Jürgen Groß\n" + Tail));
        try
        {
            var issues = new List<ImportIssue>();
            var tx = Assert.Single(Mt940Reader.Read(path, issues));
            Assert.Empty(issues);
            Assert.Equal("Jürgen Groß", tx.Debtor.Name);
            Assert.Equal(["Miete März"], tx.RemittanceLines);
        }
        finally
        {
            File.Delete(path);
        }
    }
}
