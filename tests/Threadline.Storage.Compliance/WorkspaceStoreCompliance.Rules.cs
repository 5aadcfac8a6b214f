using Threadline.Core.Statements;
using static Threadline.Storage.Compliance.Statements;

namespace Threadline.Storage.Compliance;

/// <summary>Validation, atomicity, sequences, deletion and settings.</summary>
public abstract partial class WorkspaceStoreCompliance
{
    [ComplianceFact]
    public void An_unknown_schema_is_rejected_naming_it()
    {
        var store = NewStore();
        var error = Assert.Throws<ArgumentException>(() => store.Write([Of("Spaceship", "x-1", "name", "Nostromo")]));
        Assert.Contains("'Spaceship'", error.Message, StringComparison.Ordinal);
    }

    [ComplianceFact]
    public void An_unknown_property_is_rejected_naming_it_and_its_schema()
    {
        var store = NewStore();
        var error = Assert.Throws<ArgumentException>(() => store.Write([Ad("ad-1", "title", "ok"), Ad("ad-1", "colour", "blue")]));
        Assert.Contains("'colour'", error.Message, StringComparison.Ordinal);
        Assert.Contains("'Advertisement'", error.Message, StringComparison.Ordinal);
        Assert.Equal(0, store.CountStatements());
    }

    [ComplianceFact]
    public void Raw_properties_are_accepted_on_every_schema()
    {
        var store = NewStore();
        store.Write([Ad("ad-1", "raw:category", "massage"), Of("Site", "site-1", "raw:owner", "unknown")]);
        Assert.Equal(2, store.CountStatements());
    }

    [ComplianceFact]
    public void An_abstract_schema_is_rejected()
    {
        var store = NewStore();
        Assert.Throws<ArgumentException>(() => store.Write([Of("Thing", "t-1", "name", "x")]));
    }

    [ComplianceFact]
    public void A_write_that_fails_midway_leaves_nothing()
    {
        var store = NewStore();
        store.Write([Of("Phone", "phone-1", "number", "+32470000001")]);
        var sequence = store.LastSequence();
        var batch = Enumerable.Range(0, 200).SelectMany(i => FullAd($"ad-{i}", "site-1", "BE", "2026-03-01", "Zebrafish title", $"body {i}")).ToList();
        batch.Add(Ad("phone-1", "title", "an ad id that is already a phone"));

        Assert.Throws<InvalidOperationException>(() => store.Write(batch));

        Assert.Equal(1, store.CountStatements());
        Assert.Equal(1, store.CountEntities());
        Assert.Equal(sequence, store.LastSequence());
        Assert.Empty(store.Search("zebrafish"));
        Assert.Equal(new WriteSummary(1, 0, 0), store.Write([Ad("ad-ok", "title", "after the failure")]));
        Assert.Single(store.Search("failure"));
    }

    [ComplianceFact]
    public void Sequence_grows_on_every_insert_and_change_but_not_on_repeats()
    {
        var store = NewStore();
        Assert.Equal(0, store.LastSequence());
        store.Write([Ad("ad-1", "title", "a", day: 5), Ad("ad-2", "title", "b")]);
        var afterInsert = store.LastSequence();
        Assert.True(afterInsert >= 2);
        store.Write([Ad("ad-1", "title", "a", day: 5)]);
        Assert.Equal(afterInsert, store.LastSequence());
        store.Write([Ad("ad-1", "title", "a", day: 9)]);
        Assert.True(store.LastSequence() > afterInsert);
    }

    [ComplianceFact]
    public void Entities_changed_since_a_sequence_are_those_with_new_or_widened_statements()
    {
        var store = NewStore();
        store.Write([Ad("ad-1", "title", "a"), Ad("ad-2", "title", "b"), Ad("ad-3", "title", "c"), Of("Phone", "phone-1", "number", "+32470000001")]);
        var mark = store.LastSequence();
        Assert.Empty(store.EntitiesChangedSince("Advertisement", mark));

        store.Write([Ad("ad-2", "title", "b", day: 4), Ad("ad-3", "title", "c"), Ad("ad-4", "title", "d"), Of("Phone", "phone-1", "number", "+32470000009")]);

        Assert.Equal(["ad-2", "ad-4"], store.EntitiesChangedSince("Advertisement", mark).Order(StringComparer.Ordinal).ToArray());
        Assert.Equal(["phone-1"], store.EntitiesChangedSince("Phone", mark).ToArray());
        Assert.Equal(4, store.EntitiesChangedSince("Advertisement", 0).Count());
        Assert.Empty(store.EntitiesChangedSince("Email", 0));
    }

    [ComplianceFact]
    public void Deleting_by_producer_removes_only_its_statements_and_emptied_entities()
    {
        var store = NewStore();
        store.Write(
        [
            Ad("ad-1", "title", "Original marmalade"),
            Ad("ad-1", "body", "Derived marmalade", producer: "link.test"),
            Of("Persona", "persona-1", "name", "P1", producer: "link.test"),
            Of("Phone", "phone-1", "number", "+32470000001", producer: "link.test"),
        ]);

        Assert.Equal(1, store.DeleteByProducer("link.test", "Persona"));
        Assert.Null(store.GetEntity("persona-1"));
        Assert.Equal(2, store.DeleteByProducer("link.test"));
        Assert.Equal(0, store.DeleteByProducer("link.test"));
        Assert.Equal(0, store.DeleteByProducer("never.ran"));

        Assert.Equal(1, store.CountStatements());
        Assert.Equal(1, store.CountEntities());
        var hit = Assert.Single(store.Search("marmalade"));
        Assert.Equal("title", hit.Property);
        Assert.Equal(["Original marmalade"], store.GetEntity("ad-1")!.Get("title").ToArray());
        Assert.Empty(store.GetEntity("ad-1")!.Get("body"));
    }

    [ComplianceFact]
    public void Deleted_statements_can_be_written_again()
    {
        var store = NewStore();
        store.Write([Ad("ad-1", "body", "Tangerine", producer: "link.test")]);
        store.DeleteByProducer("link.test");
        Assert.Equal(new WriteSummary(1, 0, 0), store.Write([Ad("ad-1", "body", "Tangerine", producer: "link.test")]));
        Assert.Single(store.Search("tangerine"));
    }

    [ComplianceFact]
    public void Meta_settings_are_kept_and_overwritten()
    {
        var store = NewStore();
        Assert.Null(store.GetMeta("extract.watermark"));
        store.SetMeta("extract.watermark", "12");
        store.SetMeta("extract.watermark", "40");
        store.SetMeta("other", "ünïcode ✓");
        Assert.Equal("40", store.GetMeta("extract.watermark"));
        Assert.Equal("ünïcode ✓", store.GetMeta("other"));
    }

    [ComplianceFact]
    public void Source_state_is_kept_and_updated()
    {
        var store = NewStore();
        Assert.Null(store.GetSource("src-1"));
        var state = new SourceState("src-1", "data/ads.jsonl", "abc123", "ads", false, 10, 1);
        store.SetSource(state);
        Assert.Equal(state, store.GetSource("src-1"));
        var done = state with { Completed = true, Accepted = 100, Rejected = 3 };
        store.SetSource(done);
        Assert.Equal(done, store.GetSource("src-1"));
    }

    [ComplianceFact]
    public void Source_states_of_many_files_are_kept_in_one_call_the_later_state_winning()
    {
        var store = NewStore();
        store.SetSource(new SourceState("src-1", "pages/1.html", "h1", "ads", false, 0, 0));
        var states = Enumerable.Range(1, 300).Select(i => new SourceState("src-" + i.ToString(System.Globalization.CultureInfo.InvariantCulture), "pages/" + i.ToString(System.Globalization.CultureInfo.InvariantCulture) + ".html", "h" + i.ToString(System.Globalization.CultureInfo.InvariantCulture), "ads", true, 1, 0)).ToList();
        states.Add(states[1] with { Accepted = 0, Rejected = 1 });
        store.SetSources(states);
        store.SetSources([]);
        Assert.Equal(states[0], store.GetSource("src-1"));
        Assert.Equal(states[^1], store.GetSource("src-2"));
        Assert.Equal(300, store.Sources().Count);
    }

    [ComplianceFact]
    public void A_job_may_write_while_it_enumerates_entities()
    {
        var store = NewStore();
        store.Write(Enumerable.Range(0, 1200).Select(i => Ad($"ad-{i:D4}", "title", $"t{i}")).ToList());
        var seen = 0;
        foreach (var entity in store.Entities("Advertisement"))
        {
            seen++;
            store.Write([Ad(entity.Id, "language", "en", producer: "extract.test"), Of("Phone", "phone-" + entity.Id, "number", "+3247" + entity.Id[3..])]);
        }

        Assert.Equal(1200, seen);
        Assert.Equal(3600, store.CountStatements());
        Assert.Equal(1200, store.EntitiesChangedSince("Phone", 0).Count());
    }

    [ComplianceFact]
    public void An_entity_cannot_take_an_unrelated_schema()
    {
        var store = NewStore();
        store.Write([Of("Advertisement", "ad-1", "name", "from a generic source")]);
        Assert.Throws<InvalidOperationException>(() => store.Write([Of("Phone", "ad-1", "name", "clash")]));
        Assert.Equal("Advertisement", store.GetEntity("ad-1")!.Schema);
    }
}
