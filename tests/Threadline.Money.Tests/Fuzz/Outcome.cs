using Threadline.Money.Import;

namespace Threadline.Money.Tests.Fuzz;

/// <summary>What a reader made of one fuzz input: transactions and issues, or one whole-file rejection.</summary>
internal sealed record Outcome(IReadOnlyList<BankTransaction> Transactions, IReadOnlyList<ImportIssue> Issues, ImportIssue? FileRejection)
{
    /// <summary>Runs a reader; only <see cref="BankFileException"/> may come out of it.</summary>
    public static Outcome Of(Func<List<ImportIssue>, IReadOnlyList<BankTransaction>> read)
    {
        var issues = new List<ImportIssue>();
        try
        {
            return new Outcome(read(issues), issues, null);
        }
        catch (BankFileException ex)
        {
            return new Outcome([], issues, ex.Issue);
        }
    }

    /// <summary>What holds for any input: problems name the file and say why; stored text is clean; amounts fit.</summary>
    public void AssertInvariants(string file, byte[] input)
    {
        var lines = 1 + input.Count(b => b is (byte)'\n' or (byte)'\r');
        foreach (var issue in Issues.Append(FileRejection).OfType<ImportIssue>())
        {
            Assert.Equal(file, issue.File);
            Assert.False(string.IsNullOrWhiteSpace(issue.Reason), "an issue without a reason");
            Assert.False(string.IsNullOrWhiteSpace(issue.Element), "an issue without an element");
            Assert.True(issue.Line is null || (issue.Line >= 1 && issue.Line <= lines), $"issue line {issue.Line} outside 1..{lines}: {issue}");
            Assert.True((issue.Excerpt?.Length ?? 0) <= ImportIssue.MaxExcerpt);
        }

        Assert.Equal(Transactions.Count, Transactions.Select(t => t.Id).Distinct(StringComparer.Ordinal).Count());
        foreach (var tx in Transactions)
        {
            Assert.Equal(file, tx.SourceFile);
            Assert.StartsWith("tx-", tx.Id, StringComparison.Ordinal);
            Assert.InRange(tx.Amount, 0m, Currencies.MaxAmount);
            Assert.True(Currencies.IsCode(tx.Currency), $"currency '{tx.Currency}'");
            Assert.True(tx.AmountMinor >= 0);
            Assert.True(tx.Line is null || (tx.Line >= 1 && tx.Line <= lines), $"transaction line {tx.Line} outside 1..{lines}");
            foreach (var text in RecordText.Of(tx))
            {
                var bad = BankTextEncoding.IndexOfBadCharacter(text);
                Assert.True(bad < 0, $"stored text with U+{(bad < 0 ? 0 : text[bad]):X4}: '{text}'");
            }
        }
    }
}
