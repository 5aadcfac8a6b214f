using Threadline.Core.Statements;
using static Threadline.Storage.Compliance.Statements;

namespace Threadline.Storage.Compliance;

/// <summary>Streaming reads while writing, large inputs.</summary>
public abstract partial class WorkspaceStoreCompliance
{
    [ComplianceFact]
    public async Task One_thread_may_enumerate_while_another_writes()
    {
        var store = NewStore();
        store.Write(Enumerable.Range(0, 2000).Select(i => Ad($"ad-{i:D4}", "title", $"t{i}")).ToList());
        var reader = Task.Run(() => store.Entities("Advertisement").Select(e => e.Id).ToList());
        for (var i = 0; i < 20; i++)
        {
            store.Write(Enumerable.Range(0, 50).Select(j => Of("Phone", $"phone-{i}-{j}", "number", $"+3247000{i:D2}{j:D2}")).ToList());
        }

        var ids = await reader;
        Assert.Equal(2000, ids.Count);
        Assert.Equal(1000, store.CountEntities("Phone"));
    }

    [ComplianceFact]
    public void Changed_since_ends_even_when_the_reader_changes_what_it_reads()
    {
        var store = NewStore();
        store.Write(Enumerable.Range(0, 1500).Select(i => Ad($"ad-{i:D4}", "title", $"t{i}")).ToList());
        var count = 0;
        foreach (var id in store.EntitiesChangedSince("Advertisement", 0))
        {
            count++;
            store.Write([Ad(id, "language", "en", producer: "extract.test")]);
        }

        Assert.Equal(1500, count);
        Assert.Equal(1500, store.EntitiesChangedSince("Advertisement", 0).Distinct().Count());
    }

    [ComplianceFact]
    public void Many_entity_ids_are_read_in_order()
    {
        var store = NewStore();
        store.Write(Enumerable.Range(0, 900).Select(i => Ad($"ad-{i:D4}", "title", $"t{i}")).ToList());
        var wanted = Enumerable.Range(0, 900).Where(i => i % 3 != 0).Select(i => $"ad-{i:D4}").Reverse().ToList();
        var read = store.ReadStatements(new StatementQuery { EntityIds = wanted }).Select(s => s.EntityId).ToList();
        Assert.Equal(wanted.Order(StringComparer.Ordinal), read);
    }

    [ComplianceFact]
    public void A_very_long_body_is_stored_and_found()
    {
        var store = NewStore();
        var body = string.Concat(Enumerable.Repeat("filler words in a long body ", 300_000)) + "needleword";
        Assert.Equal(new WriteSummary(1, 0, 0), store.Write([Ad("ad-big", "body", body)]));
        Assert.Equal(new WriteSummary(0, 0, 1), store.Write([Ad("ad-big", "body", body)]));
        Assert.Equal(body, store.GetEntity("ad-big")!.First("body"));
        var hit = Assert.Single(store.Search("needleword"));
        Assert.Contains("[needleword]", hit.Snippet, StringComparison.Ordinal);
    }

    [ComplianceFact]
    public void Statements_for_many_entities_in_one_batch_keep_their_own_windows()
    {
        var store = NewStore();
        var batch = new List<Statement>();
        for (var i = 0; i < 300; i++)
        {
            batch.Add(Ad($"ad-{i}", "city", "Gent", day: i % 7));
            batch.Add(Ad($"ad-{(i + 1) % 300}", "city", "Gent", day: 10 + (i % 5)));
        }

        Assert.Equal(new WriteSummary(300, 300, 0), store.Write(batch));
        foreach (var statement in store.ReadStatements(new StatementQuery { Property = "city" }))
        {
            Assert.True(statement.FirstSeen < statement.LastSeen);
        }
    }
}
