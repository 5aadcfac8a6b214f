using Threadline.Security;
using Threadline.Security.Accounts;
using Threadline.Security.Audit;

namespace Threadline.Storage.Compliance;

/// <summary>
/// What every engine's <see cref="ISecurityStore"/> must do: chain audit records under concurrent writers, refuse
/// updates and deletes of the trail, let <see cref="AuditChain.Verify"/> find what someone with direct access to the
/// database changed, removed or reordered, and keep accounts and memberships (lockout included).
/// </summary>
public abstract partial class SecurityStoreCompliance : IDisposable
{
    protected static readonly DateTimeOffset Start = new(2026, 3, 1, 9, 0, 0, TimeSpan.Zero);
    private readonly List<ISecurityStore> _stores = [];

    /// <summary>The security store of a new, empty workspace.</summary>
    protected abstract ISecurityStore CreateStore();

    /// <summary>Another handle on the same workspace's security store.</summary>
    protected abstract ISecurityStore OpenSecond(ISecurityStore store);

    /// <summary>Runs an update of record <paramref name="sequence"/>'s subject the ordinary way (the store must refuse it).</summary>
    protected abstract void UpdateSubjectPlainly(ISecurityStore store, long sequence);

    /// <summary>Changes record <paramref name="sequence"/>'s subject with the engine's guard switched off (a tamperer with the database's keys).</summary>
    protected abstract void TamperSubject(ISecurityStore store, long sequence, string subject);

    /// <summary>Deletes record <paramref name="sequence"/> with the guard switched off.</summary>
    protected abstract void TamperRemove(ISecurityStore store, long sequence);

    /// <summary>Swaps the sequence numbers of two records with the guard switched off.</summary>
    protected abstract void TamperSwap(ISecurityStore store, long first, long second);

    protected ISecurityStore NewStore()
    {
        var store = CreateStore();
        _stores.Add(store);
        return store;
    }

    protected ISecurityStore Second(ISecurityStore store)
    {
        var second = OpenSecond(store);
        _stores.Add(second);
        return second;
    }

    public void Dispose()
    {
        foreach (var store in _stores)
        {
            store.Dispose();
        }

        Dispose(true);
        GC.SuppressFinalize(this);
    }

    protected virtual void Dispose(bool disposing)
    {
    }

    protected static AuditEntry Entry(int i) =>
        new("ana.k", AuditAction.Consultation, $"search: \"massage {i}\"", "cli@host", "CASE-7", "lead check");

    protected static void Fill(ISecurityStore store, int count)
    {
        for (var i = 1; i <= count; i++)
        {
            store.AppendAudit(Entry(i), Start.AddSeconds(i));
        }
    }

    [ComplianceFact]
    public void Appended_records_read_back_as_sealed_and_verify()
    {
        var store = NewStore();
        var first = store.AppendAudit(Entry(1), Start.AddTicks(12345));
        var second = store.AppendAudit(Entry(2) with { Action = AuditAction.Disclosure, Reason = "request 12/2026" }, Start.AddSeconds(1));
        Assert.Equal(1, first.Sequence);
        Assert.Equal(AuditHash.Genesis, first.PreviousHash);
        Assert.Equal(first.Hash, second.PreviousHash);
        Assert.Equal([first, second], store.ReadAudit().ToArray());
        Assert.Equal([second], store.ReadAudit(2).ToArray());
        Assert.Equal(2, store.CountAudit());
        Assert.True(AuditChain.Verify(store.ReadAudit(), []).Intact);
    }

    [ComplianceFact]
    public void The_trail_refuses_ordinary_updates_and_deletes()
    {
        var store = NewStore();
        Fill(store, 3);
        Assert.ThrowsAny<Exception>(() => UpdateSubjectPlainly(store, 2));
        Assert.True(AuditChain.Verify(store.ReadAudit(), []).Intact);
    }

    [ComplianceFact]
    public void A_record_changed_behind_the_store_is_found_and_named()
    {
        var store = NewStore();
        Fill(store, 6);
        TamperSubject(store, 4, "search: \"nothing to see\"");
        var result = AuditChain.Verify(store.ReadAudit(), []);
        Assert.Equal(4, result.FirstBad);
    }

    [ComplianceFact]
    public void A_record_removed_behind_the_store_is_found_and_named()
    {
        var store = NewStore();
        Fill(store, 6);
        TamperRemove(store, 3);
        Assert.Equal(3, AuditChain.Verify(store.ReadAudit(), []).FirstBad);
    }

    [ComplianceFact]
    public void Records_reordered_behind_the_store_are_found()
    {
        var store = NewStore();
        Fill(store, 6);
        TamperSwap(store, 2, 5);
        Assert.Equal(2, AuditChain.Verify(store.ReadAudit(), []).FirstBad);
    }

    [ComplianceFact]
    public void A_tail_removed_behind_the_store_is_found_against_the_anchors_written_out()
    {
        var store = NewStore();
        var anchors = Path.Combine(Path.GetTempPath(), "threadline-anchors-" + Guid.NewGuid().ToString("N") + ".jsonl");
        try
        {
            var trail = new AuditTrail(store, anchors) { AnchorEvery = 3 };
            for (var i = 1; i <= 7; i++)
            {
                trail.Append(Entry(i));
            }

            Assert.Equal(2, AuditAnchorFile.Read(anchors).Count);
            Assert.True(trail.Verify().Intact);
            TamperRemove(store, 7);
            TamperRemove(store, 6);
            Assert.True(AuditChain.Verify(store.ReadAudit(), []).Intact);
            Assert.Equal(6, trail.Verify().FirstBad);
        }
        finally
        {
            File.Delete(anchors);
        }
    }

    [ComplianceFact]
    public void Concurrent_writers_on_two_handles_keep_one_chain()
    {
        var store = NewStore();
        var second = Second(store);
        Parallel.For(0, 8, new ParallelOptions { MaxDegreeOfParallelism = 8 }, worker =>
        {
            var handle = worker % 2 == 0 ? store : second;
            for (var i = 0; i < 15; i++)
            {
                handle.AppendAudit(Entry(worker * 100 + i), Start.AddSeconds(i));
            }
        });
        var result = AuditChain.Verify(store.ReadAudit(), []);
        Assert.True(result.Intact, result.Problem);
        Assert.Equal(120, result.Records);
    }
}
