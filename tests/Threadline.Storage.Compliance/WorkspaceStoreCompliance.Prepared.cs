using Threadline.Core.Statements;
using static Threadline.Storage.Compliance.Statements;

namespace Threadline.Storage.Compliance;

/// <summary>Prepared writes (checks and ids on the caller's thread) store exactly what plain writes store.</summary>
public abstract partial class WorkspaceStoreCompliance
{
    [ComplianceFact]
    public void Prepared_batches_store_the_same_as_one_plain_write()
    {
        Statement[] first = [Ad("ad-1", "title", "Hello", day: 3), Ad("ad-1", "city", "Gent"), Ad("ad-2", "title", "Bonjour")];
        Statement[] second = [Ad("ad-2", "title", "Bonjour", day: 9), Ad("ad-3", "title", "Hallo"), Ad("ad-1", "city", "Gent")];
        var plain = NewStore();
        var prepared = NewStore();
        var expected = plain.Write([.. first, .. second]);
        var parts = new PreparedStatements[2];
        Parallel.For(0, 2, i => parts[i] = prepared.Prepare(i == 0 ? first : second));
        Assert.Equal(expected, prepared.WritePrepared(parts));
        Assert.Equal(
            plain.ReadStatements(new StatementQuery()).Select(s => (s.Id, s.FirstSeen, s.LastSeen, s.Locator)),
            prepared.ReadStatements(new StatementQuery()).Select(s => (s.Id, s.FirstSeen, s.LastSeen, s.Locator)));
        Assert.Equal(default, prepared.WritePrepared([]));
    }

    [ComplianceFact]
    public void Preparing_a_bad_statement_fails_like_writing_it()
    {
        var store = NewStore();
        Assert.Throws<ArgumentException>(() => store.Prepare([Of("NoSuchSchema", "x-1", "name", "x")]));
        Assert.Throws<ArgumentException>(() => store.Prepare([Ad("ad-1", "noSuchProperty", "x")]));
        Assert.Equal(0, store.CountStatements());
    }

    [ComplianceTheory]
    [InlineData(5)]
    [InlineData(64)]
    [InlineData(65)]
    [InlineData(300)]
    public void Seeing_the_statements_of_a_large_entity_again_merges_each_once(int count)
    {
        // Entities with many rows are looked up differently from small ones; both must merge alike.
        var store = NewStore();
        var statements = Enumerable.Range(0, count).Select(i => Ad("ad-1", "title", "version " + i, day: 10)).ToArray();
        Assert.Equal(new WriteSummary(count, 0, 0), store.Write(statements));
        var again = statements.Take(count - 1).Select(s => s with { FirstSeen = Day(5) }).Append(Ad("ad-1", "title", "new one", day: 10)).ToArray();
        Assert.Equal(new WriteSummary(1, count - 1, 0), store.Write(again));
        Assert.Equal(new WriteSummary(0, 0, count), store.Write(again.Take(count - 1).Append(statements[^1]).ToArray()));
        Assert.Equal(count + 1, store.CountStatements());
        Assert.All(store.GetEntity("ad-1")!.Statements.Where(s => s.Value != "new one" && s.Value != statements[^1].Value), s => Assert.Equal(Day(5), s.FirstSeen));
    }
}
