using System.Text;

namespace Threadline.Storage.Compliance;

/// <summary>Derived results kept by kind and id: one read without the rest, pages, lookup keys.</summary>
public abstract partial class WorkspaceStoreCompliance
{
    private static ResultRecord Result(string id, double sortKey, string json = "{}", params string[] keys) =>
        new(id, sortKey, Encoding.UTF8.GetBytes(json)) { Keys = keys };

    private static string Json(ResultRecord record) => Encoding.UTF8.GetString(record.Payload.Span);

    [ComplianceFact]
    public void A_result_reads_back_whole_with_its_keys_as_a_sorted_set()
    {
        var store = NewStore();
        Assert.Equal(2, store.WriteResults("network", [Result("net-1", 1, """{"ads":["ad-1","ad-2"],"score":87.5}""", "ad-2", "ad-1", "ad-2"), Result("net-2", 2)], replace: true));

        var read = store.GetResult("network", "net-1");
        Assert.NotNull(read);
        Assert.Equal("net-1", read.Id);
        Assert.Equal(1, read.SortKey);
        Assert.Equal("""{"ads":["ad-1","ad-2"],"score":87.5}""", Json(read));
        Assert.Equal(["ad-1", "ad-2"], read.Keys);
        Assert.Empty(store.GetResult("network", "net-2")!.Keys);
        Assert.Null(store.GetResult("network", "net-3"));
        Assert.Null(store.GetResult("persona", "net-1"));
    }

    [ComplianceFact]
    public void Writing_a_known_id_replaces_that_record_and_its_keys_only()
    {
        var store = NewStore();
        store.WriteResults("persona", [Result("p-1", 5, """{"v":1}""", "network:n-1"), Result("p-2", 6, """{"v":2}""", "network:n-1")], replace: false);
        store.WriteResults("persona", [Result("p-1", 9, """{"v":3}""", "network:n-2")], replace: false);

        Assert.Equal("""{"v":3}""", Json(store.GetResult("persona", "p-1")!));
        Assert.Equal(9, store.GetResult("persona", "p-1")!.SortKey);
        Assert.Equal(["p-2"], store.PageResults("persona", 0, 10, key: "network:n-1").Select(r => r.Id).ToArray());
        Assert.Equal(["p-1"], store.PageResults("persona", 0, 10, key: "network:n-2").Select(r => r.Id).ToArray());
        Assert.Equal(2, store.CountResults("persona"));
    }

    [ComplianceFact]
    public void Replacing_a_kind_drops_its_earlier_records_and_leaves_other_kinds()
    {
        var store = NewStore();
        store.WriteResults("network", [Result("n-1", 1, keys: "flagged"), Result("n-2", 2)], replace: true);
        store.WriteResults("persona", [Result("n-1", 1)], replace: true);
        store.WriteResults("network", [Result("n-3", 1)], replace: true);

        Assert.Equal(["n-3"], store.PageResults("network", 0, 10).Select(r => r.Id).ToArray());
        Assert.Equal(0, store.CountResults("network", "flagged"));
        Assert.NotNull(store.GetResult("persona", "n-1"));
    }

    [ComplianceFact]
    public void Pages_come_in_sort_key_order_then_id_and_descending_is_the_exact_reverse()
    {
        var store = NewStore();
        var records = Enumerable.Range(0, 50).Select(i => Result($"n-{i:D2}", i % 7, $$"""{"i":{{i}}}""")).Reverse().ToList();
        store.WriteResults("network", records, replace: true);
        var expected = records.OrderBy(r => r.SortKey).ThenBy(r => r.Id, StringComparer.Ordinal).Select(r => r.Id).ToList();

        var ascending = new List<string>();
        var descending = new List<string>();
        for (var offset = 0; offset < 60; offset += 9)
        {
            ascending.AddRange(store.PageResults("network", offset, 9).Select(r => r.Id));
            descending.AddRange(store.PageResults("network", offset, 9, ResultOrder.Descending).Select(r => r.Id));
        }

        Assert.Equal(expected, ascending);
        Assert.Equal(Enumerable.Reverse(expected), descending);
        Assert.Empty(store.PageResults("network", 50, 10));
        Assert.Empty(store.PageResults("network", 0, 0));
        Assert.Throws<ArgumentOutOfRangeException>(() => store.PageResults("network", -1, 10));
    }

    [ComplianceFact]
    public void A_key_finds_the_records_that_carry_it_in_page_order()
    {
        var store = NewStore();
        store.WriteResults(
            "network",
            [Result("n-1", 3, keys: ["ad-1", "flagged"]), Result("n-2", 1, keys: "flagged"), Result("n-3", 2, keys: "ad-9"), Result("n-4", 1, keys: "flagged")],
            replace: true);

        Assert.Equal(["n-2", "n-4", "n-1"], store.PageResults("network", 0, 10, key: "flagged").Select(r => r.Id).ToArray());
        Assert.Equal(["n-1", "n-4"], store.PageResults("network", 0, 2, ResultOrder.Descending, "flagged").Select(r => r.Id).ToArray());
        Assert.Equal(["n-1"], store.PageResults("network", 0, 10, key: "ad-1").Select(r => r.Id).ToArray());
        Assert.Equal(3, store.CountResults("network", "flagged"));
        Assert.Equal(0, store.CountResults("network", "nothing"));
        Assert.Empty(store.PageResults("network", 0, 10, key: "nothing"));
    }

    [ComplianceFact]
    public void Several_results_are_read_by_id_those_that_exist_in_id_order()
    {
        var store = NewStore();
        store.WriteResults("persona", [Result("p-3", 1), Result("p-1", 2), Result("p-2", 3)], replace: true);
        Assert.Equal(["p-1", "p-3"], store.GetResults("persona", ["p-3", "p-9", "p-1", "p-3"]).Select(r => r.Id).ToArray());
        Assert.Empty(store.GetResults("persona", []));
    }

    [ComplianceFact]
    public void A_page_is_cut_to_the_page_limit()
    {
        var store = NewStore();
        store.WriteResults("phone", Enumerable.Range(0, ResultLimits.MaxPage + 5).Select(i => Result($"ph-{i:D5}", i)), replace: true);
        Assert.Equal(ResultLimits.MaxPage, store.PageResults("phone", 0, int.MaxValue).Count);
        Assert.Equal(ResultLimits.MaxPage + 5, store.CountResults("phone"));
    }

    [ComplianceFact]
    public void Deleting_a_kind_says_how_many_went()
    {
        var store = NewStore();
        store.WriteResults("account", [Result("a-1", 1, keys: "k"), Result("a-2", 2)], replace: true);
        Assert.Equal(2, store.DeleteResults("account"));
        Assert.Equal(0, store.DeleteResults("account"));
        Assert.Equal(0, store.CountResults("account"));
        Assert.Equal(0, store.CountResults("account", "k"));
    }

    public static TheoryData<string, string, double, string> BadResults => new()
    {
        { "network", "n-bad", 1, "not json" },
        { "network", "n-bad", 1, "{\"a\":1} {\"b\":2}" },
        { "network", "n-bad", 1, "" },
        { "network", "n-bad", double.NaN, "{}" },
        { "network", "n-bad", double.PositiveInfinity, "{}" },
        { "network", "", 1, "{}" },
        { "net work", "n-bad", 1, "{}" },
        { "", "n-bad", 1, "{}" },
    };

    [ComplianceTheory]
    [MemberData(nameof(BadResults))]
    public void A_refused_record_fails_the_whole_write(string kind, string id, double sortKey, string json)
    {
        var store = NewStore();
        store.WriteResults("network", [Result("n-0", 0)], replace: true);
        Assert.Throws<ArgumentException>(() => store.WriteResults(kind, [Result("n-1", 1), Result(id, sortKey, json)], replace: true));
        Assert.Equal(["n-0"], store.PageResults("network", 0, 10).Select(r => r.Id).ToArray());
    }

    [ComplianceFact]
    public void An_id_given_twice_in_one_write_fails_it()
    {
        var store = NewStore();
        var error = Assert.Throws<ArgumentException>(() => store.WriteResults("network", [Result("n-1", 1), Result("n-1", 2)], replace: false));
        Assert.Contains("'n-1'", error.Message, StringComparison.Ordinal);
        Assert.Equal(0, store.CountResults("network"));
    }

    [ComplianceFact]
    public void A_large_result_reads_back_byte_for_byte()
    {
        var store = NewStore();
        var json = "[" + string.Join(',', Enumerable.Range(0, 200_000).Select(i => $$"""{"ad":"ad-{{i % 977:D6}}","w":0.25}""")) + "]  ";
        store.WriteResults("network", [Result("n-big", 1, json)], replace: true);
        Assert.Equal(json, Json(store.GetResult("network", "n-big")!));
        Assert.Equal(json, Json(Assert.Single(store.PageResults("network", 0, 1))));
    }

    [ComplianceFact]
    public void Typed_results_round_trip_through_json()
    {
        var store = NewStore();
        NetworkSketch[] networks = [new("n-1", 2, ["p-1", "p-2"], 71.5), new("n-2", 1, ["p-3"], 90)];
        store.WriteResults("network", networks, n => new ResultIndex(n.Id, n.Rank, [.. n.Personas.Select(p => "persona:" + p)]), replace: true);

        var first = store.GetResult<NetworkSketch>("network", "n-1");
        Assert.NotNull(first);
        Assert.Equal(networks[0], first with { Personas = networks[0].Personas });
        Assert.Equal(["p-1", "p-2"], first.Personas);
        Assert.Null(store.GetResult<NetworkSketch>("network", "n-9"));
        Assert.Equal(["n-2", "n-1"], store.PageResults<NetworkSketch>("network", 0, 10).Select(n => n.Id).ToArray());
        Assert.Equal(["n-2"], store.PageResults<NetworkSketch>("network", 0, 10, key: "persona:p-3").Select(n => n.Id).ToArray());
    }

    /// <summary>A stand-in for a job's result type.</summary>
    public sealed record NetworkSketch(string Id, int Rank, IReadOnlyList<string> Personas, double Score);
}
