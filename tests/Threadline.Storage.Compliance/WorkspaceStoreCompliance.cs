using Threadline.Core.Statements;
using static Threadline.Storage.Compliance.Statements;

namespace Threadline.Storage.Compliance;

/// <summary>
/// The storage contract as executable specification. Every engine derives a sealed class from this
/// one and passes it unchanged. Each test gets fresh stores from <see cref="CreateStore"/>.
/// </summary>
public abstract partial class WorkspaceStoreCompliance : IDisposable
{
    private readonly List<IWorkspaceStore> _stores = [];

    /// <summary>A new, empty store, owned by the test.</summary>
    protected abstract IWorkspaceStore CreateStore();

    /// <summary>Another handle on the same workspace (a second analyst's process), owned by the caller.</summary>
    protected abstract IWorkspaceStore OpenSecond(IWorkspaceStore store);

    /// <summary>A second handle on the store's workspace, closed with the test.</summary>
    protected IWorkspaceStore Second(IWorkspaceStore store)
    {
        var second = OpenSecond(store);
        _stores.Add(second);
        return second;
    }

    protected IWorkspaceStore NewStore()
    {
        var store = CreateStore();
        _stores.Add(store);
        return store;
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

    /// <summary>Engine clean-up (temp folders) after the stores are closed.</summary>
    protected virtual void Dispose(bool disposing)
    {
    }

    [ComplianceFact]
    public void Writing_the_same_statements_twice_adds_nothing()
    {
        var store = NewStore();
        Statement[] batch = [Ad("ad-1", "title", "Hello"), Ad("ad-1", "city", "Gent"), Ad("ad-2", "title", "Bonjour")];
        Assert.Equal(new WriteSummary(3, 0, 0), store.Write(batch));
        var sequence = store.LastSequence();
        Assert.Equal(new WriteSummary(0, 0, 3), store.Write(batch));
        Assert.Equal(3, store.CountStatements());
        Assert.Equal(2, store.CountEntities());
        Assert.Equal(sequence, store.LastSequence());
    }

    [ComplianceFact]
    public void Seeing_a_statement_again_widens_its_window_and_keeps_the_earliest_locator()
    {
        var store = NewStore();
        store.Write([Ad("ad-1", "title", "Hello", day: 10, locator: "b.jsonl:2")]);
        Assert.Equal(new WriteSummary(0, 1, 0), store.Write([Ad("ad-1", "title", "Hello", day: 5, locator: "a.jsonl:1")]));
        Assert.Equal(new WriteSummary(0, 1, 0), store.Write([Ad("ad-1", "title", "Hello", day: 20, locator: "c.jsonl:3")]));
        Assert.Equal(new WriteSummary(0, 0, 1), store.Write([Ad("ad-1", "title", "Hello", day: 7, locator: "d.jsonl:4")]));

        var statement = Assert.Single(store.ReadStatements(StatementQuery.All));
        Assert.Equal(Day(5), statement.FirstSeen);
        Assert.Equal(Day(20), statement.LastSeen);
        Assert.Equal("a.jsonl:1", statement.Locator);
    }

    [ComplianceFact]
    public void A_statement_read_back_equals_the_one_written()
    {
        var store = NewStore();
        var written = new Statement("ad-1", "Advertisement", "body", "Texte en français ✓", "src-a", "ads.jsonl:7", "extract.test", null, Day(1), Day(2), """{"span":[0,5]}""");
        var unseen = new Statement("ad-1", "Advertisement", "raw:extra", "x", "src-a", null, "ingest.ads", "2", null, null);
        store.Write([written, unseen]);
        var read = store.ReadStatements(new StatementQuery { EntityId = "ad-1" }).ToList();
        Assert.Equal(2, read.Count);
        Assert.Contains(written, read);
        Assert.Contains(unseen, read);
    }

    [ComplianceFact]
    public void Duplicates_inside_one_batch_are_one_statement()
    {
        var store = NewStore();
        var summary = store.Write([Ad("ad-1", "title", "Hi", day: 3), Ad("ad-1", "title", "Hi", day: 3), Ad("ad-1", "title", "Hi", day: 1)]);
        Assert.Equal(new WriteSummary(1, 1, 1), summary);
        var statement = Assert.Single(store.ReadStatements(StatementQuery.All));
        Assert.Equal(Day(1), statement.FirstSeen);
        Assert.Equal(Day(3), statement.LastSeen);
    }

    [ComplianceFact]
    public void An_empty_write_does_nothing()
    {
        var store = NewStore();
        Assert.Equal(default, store.Write([]));
        Assert.Equal(0, store.LastSequence());
    }

    [ComplianceFact]
    public void Properties_are_multi_valued_and_a_changed_text_keeps_both_versions()
    {
        var store = NewStore();
        store.Write([Ad("ad-1", "title", "First version", day: 1), Ad("ad-1", "phoneRaw", "0470 00 00 01")]);
        store.Write([Ad("ad-1", "title", "Second version", day: 9), Ad("ad-1", "phoneRaw", "0470 00 00 02")]);
        var entity = store.GetEntity("ad-1");
        Assert.NotNull(entity);
        Assert.Equal(["First version", "Second version"], entity.Get("title").ToArray());
        Assert.Equal(2, entity.Get("phoneRaw").Length);
        Assert.Equal("Advertisement", entity.Schema);
        Assert.Equal(4, entity.Statements.Length);
    }

    [ComplianceFact]
    public void A_missing_entity_is_null()
    {
        var store = NewStore();
        Assert.Null(store.GetEntity("ad-missing"));
    }

    [ComplianceFact]
    public void Statements_come_back_ordered_by_entity_then_statement_id()
    {
        var store = NewStore();
        var statements = new List<Statement>();
        foreach (var i in new[] { 7, 3, 9, 1, 5 })
        {
            statements.Add(Ad($"ad-{i}", "title", $"title {i}"));
            statements.Add(Ad($"ad-{i}", "body", $"body {i}"));
            statements.Add(Ad($"ad-{i}", "city", $"city {i}"));
        }

        store.Write(statements.Take(8).ToList());
        store.Write(statements.Skip(8).ToList());
        var expected = statements.OrderBy(s => s.EntityId, StringComparer.Ordinal).ThenBy(s => s.Id, StringComparer.Ordinal).ToList();
        Assert.Equal(expected, store.ReadStatements(StatementQuery.All).ToList());
        Assert.Equal(["ad-1", "ad-3", "ad-5", "ad-7", "ad-9"], store.Entities("Advertisement").Select(e => e.Id).ToArray());
    }

    [ComplianceFact]
    public void Entities_stream_in_id_order_across_many_pages()
    {
        var store = NewStore();
        var statements = Enumerable.Range(0, 1500)
            .SelectMany(i => new[] { Ad($"ad-{i:D5}", "title", $"t{i}"), Ad($"ad-{i:D5}", "city", "Gent") })
            .Reverse()
            .ToList();
        store.Write(statements);
        store.Write([Of("Phone", "phone-1", "number", "+32470000001")]);

        var ids = store.Entities("Advertisement").Select(e => e.Id).ToList();
        Assert.Equal(1500, ids.Count);
        Assert.Equal(ids.Order(StringComparer.Ordinal), ids);
        Assert.Equal(1501, store.Entities().Count());
        Assert.Equal(1500, store.ReadStatements(new StatementQuery { Property = "city" }).Count());
        Assert.Empty(store.Entities("Nothing"));
    }

    [ComplianceFact]
    public void Entities_in_storage_order_are_the_same_entities_each_whole_and_once()
    {
        var store = NewStore();
        var statements = Enumerable.Range(0, 1300)
            .SelectMany(i => new[] { Ad($"ad-{i:D5}", "title", $"t{i}"), Ad($"ad-{i:D5}", "city", "Gent") })
            .Reverse()
            .ToList();
        store.Write(statements);
        store.Write([Of("Phone", "phone-1", "number", "+32470000001"), Ad("ad-00007", "body", "later")]);

        var inStorage = store.EntitiesInStorageOrder("Advertisement").ToList();
        var byId = store.Entities("Advertisement").ToList();
        Assert.Equal(byId.Select(e => e.Id).Order(StringComparer.Ordinal), inStorage.Select(e => e.Id).Order(StringComparer.Ordinal));
        Assert.All(inStorage, e => Assert.Equal(e.Id == "ad-00007" ? 3 : 2, e.Statements.Length));
        Assert.Empty(store.EntitiesInStorageOrder("Nothing"));
    }

    [ComplianceFact]
    public void Entities_in_storage_order_can_be_read_with_only_some_properties()
    {
        var store = NewStore();
        store.Write([Ad("ad-1", "title", "t1"), Ad("ad-1", "city", "Gent"), Ad("ad-2", "title", "t2"), Ad("ad-3", "city", "Liège"), Ad("ad-3", "body", "b3")]);

        var cities = store.EntitiesInStorageOrder("Advertisement", ["city", "phone"]).ToList();

        Assert.Equal(["ad-1", "ad-3"], cities.Select(e => e.Id).Order(StringComparer.Ordinal).ToArray());
        Assert.All(cities, e => Assert.Equal("city", Assert.Single(e.Statements).Property));
        Assert.Empty(store.EntitiesInStorageOrder("Advertisement", ["nothing"]));
    }

    [ComplianceFact]
    public void Reads_filter_by_schema_entity_property_producer_and_source()
    {
        var store = NewStore();
        store.Write(
        [
            Ad("ad-1", "title", "a", source: "src-a"),
            Ad("ad-1", "phone", "+32470000001", producer: "extract.phone"),
            Ad("ad-2", "title", "b", source: "src-b"),
            Ad("ad-3", "title", "c"),
            Of("Phone", "phone-1", "number", "+32470000001", producer: "extract.phone"),
        ]);

        Assert.Equal(4, store.ReadStatements(new StatementQuery { Schema = "Advertisement" }).Count());
        Assert.Equal(2, store.ReadStatements(new StatementQuery { EntityId = "ad-1" }).Count());
        Assert.Equal(["ad-1", "ad-3"], store.ReadStatements(new StatementQuery { EntityIds = ["ad-3", "ad-1", "ad-x"], Property = "title" }).Select(s => s.EntityId).ToArray());
        Assert.Equal(2, store.ReadStatements(new StatementQuery { Producer = "extract.phone" }).Count());
        Assert.Single(store.ReadStatements(new StatementQuery { Producer = "extract.phone", Schema = "Phone" }));
        Assert.Equal("b", Assert.Single(store.ReadStatements(new StatementQuery { Source = "src-b" })).Value);
        Assert.Empty(store.ReadStatements(new StatementQuery { Property = "nothing" }));
        Assert.Empty(store.ReadStatements(new StatementQuery { EntityId = "ad-2", EntityIds = ["ad-1"] }));
        Assert.Equal(
            ["ad-1 phone", "ad-1 title", "ad-3 title"],
            store.ReadStatements(new StatementQuery { EntityIds = ["ad-3", "ad-1"], Properties = ["title", "phone", "nothing"] })
                .Select(s => s.EntityId + " " + s.Property).Order(StringComparer.Ordinal).ToArray());
        Assert.Equal(2, store.ReadStatements(new StatementQuery { Properties = ["phone", "number"] }).Count());
        Assert.Empty(store.ReadStatements(new StatementQuery { Properties = ["nothing"] }));
        Assert.Empty(store.ReadStatements(new StatementQuery { Properties = [] }));
        Assert.Single(store.ReadStatements(new StatementQuery { EntityId = "ad-1", Property = "title", Properties = ["title", "phone"] }));
        Assert.Equal(3, store.CountEntities("Advertisement"));
        Assert.Equal(1, store.CountEntities("Phone"));
        Assert.Equal(0, store.CountEntities("Email"));
    }
}
