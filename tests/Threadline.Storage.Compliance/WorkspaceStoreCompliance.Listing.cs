using System.Text;
using static Threadline.Storage.Compliance.Statements;

namespace Threadline.Storage.Compliance;

/// <summary>What copying a whole workspace reads: every setting, source, result kind and result; and text every engine can store.</summary>
public abstract partial class WorkspaceStoreCompliance
{
    [ComplianceFact]
    public void Meta_keys_sources_and_result_kinds_are_listed_in_ordinal_order()
    {
        var store = NewStore();
        Assert.Empty(store.MetaKeys());
        Assert.Empty(store.Sources());
        Assert.Empty(store.ResultKinds());
        store.SetMeta("link.result", "x");
        store.SetMeta("Extract.sequence", "4");
        store.SetMeta("extract.sequence", "5");
        store.SetSource(new SourceState("src-b", "b.jsonl", "h2", "ads", true, 3, 0));
        store.SetSource(new SourceState("src-a", "a.csv", "h1", "bookings", false, 1, 2));
        store.WriteResults("persona", [new ResultRecord("p-1", 1, "{}"u8.ToArray())], replace: true);
        store.WriteResults("network", [new ResultRecord("n-1", 1, "{}"u8.ToArray())], replace: true);

        Assert.Equal(["Extract.sequence", "extract.sequence", "link.result"], store.MetaKeys());
        Assert.Equal(["src-a", "src-b"], store.Sources().Select(s => s.SourceId).ToArray());
        Assert.Equal(new SourceState("src-a", "a.csv", "h1", "bookings", false, 1, 2), store.Sources()[0]);
        Assert.Equal(["network", "persona"], store.ResultKinds());
    }

    [ComplianceFact]
    public void Every_result_of_a_kind_streams_in_page_order_across_pages()
    {
        var store = NewStore();
        var records = Enumerable.Range(0, ResultLimits.MaxPage + 250)
            .Select(i => new ResultRecord($"n-{i:D5}", i % 13, Encoding.UTF8.GetBytes($$"""{"i":{{i}}}""")) { Keys = i % 2 == 0 ? ["even"] : [] })
            .ToList();
        store.WriteResults("network", records, replace: true);
        store.WriteResults("persona", [new ResultRecord("p-1", 0, "{}"u8.ToArray())], replace: true);

        var read = store.ReadResults("network").ToList();

        Assert.Equal(records.OrderBy(r => r.SortKey).ThenBy(r => r.Id, StringComparer.Ordinal).Select(r => r.Id), read.Select(r => r.Id));
        Assert.All(read, r => Assert.Equal(int.Parse(r.Id[2..], System.Globalization.CultureInfo.InvariantCulture) % 2 == 0 ? ["even"] : [], r.Keys));
        Assert.Equal("""{"i":7}""", Encoding.UTF8.GetString(read.Single(r => r.Id == "n-00007").Payload.Span));
        Assert.Empty(store.ReadResults("account"));
    }

    [ComplianceFact]
    public void Text_with_a_nul_character_is_refused_and_nothing_is_written()
    {
        var store = NewStore();
        Assert.Throws<ArgumentException>(() => store.Write([Ad("ad-1", "title", "fine"), Ad("ad-1", "body", "a\0b")]));
        Assert.Throws<ArgumentException>(() => store.Write([Ad("ad-2", "title", "fine", locator: "ads.jsonl\0:1")]));
        Assert.Throws<ArgumentException>(() => store.Write([Ad("ad-\0", "title", "fine")]));
        Assert.Equal(0, store.CountStatements());
        Assert.Equal(new WriteSummary(1, 0, 0), store.Write([Ad("ad-3", "body", "an emoji 🙂 is a fine pair")]));
        Assert.Equal("an emoji 🙂 is a fine pair", store.GetEntity("ad-3")!.First("body"));
    }

    [ComplianceFact]
    public void A_lone_surrogate_is_stored_as_a_replacement_character_and_stays_idempotent()
    {
        var store = NewStore();
        var broken = Ad("ad-1", "title", "a\ud800b", locator: "x\udc00.jsonl:1");
        Assert.Equal(new WriteSummary(1, 0, 0), store.Write([broken]));
        var read = Assert.Single(store.ReadStatements(StatementQuery.All));
        Assert.Equal("a\ufffdb", read.Value);
        Assert.Equal("x\ufffd.jsonl:1", read.Locator);
        Assert.Equal(broken.Id, read.Id);
        Assert.Equal(new WriteSummary(0, 0, 1), store.Write([broken]));
        Assert.Equal(new WriteSummary(0, 0, 1), store.Write([read]));
    }
}
