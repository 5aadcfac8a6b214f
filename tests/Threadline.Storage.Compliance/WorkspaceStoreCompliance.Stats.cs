using static Threadline.Storage.Compliance.Statements;

namespace Threadline.Storage.Compliance;

/// <summary>Counts over schemata and facets of one schema.</summary>
public abstract partial class WorkspaceStoreCompliance
{
    private IWorkspaceStore AdsForStats()
    {
        var store = NewStore();
        store.Write(
        [
            .. FullAd("ad-1", "site-a", "BE", "2026-03-04T10:00:00Z", "t", "b"),
            .. FullAd("ad-2", "site-a", "NL", "2026-03-20", "t", "b"),
            .. FullAd("ad-3", "site-b", "BE", "2026-04-02T09:00:00+02:00", "t", "b"),
            Ad("ad-4", "title", "no site, no country, no date"),
            Ad("ad-5", "postedAt", "yesterday"),
            Of("Site", "site-a", "name", "Fictional Classifieds"),
            Of("Site", "site-b", "website", "https://example.invalid"),
        ]);
        return store;
    }

    [ComplianceFact]
    public void Stats_count_entities_by_schema_and_statements()
    {
        var stats = AdsForStats().Stats();
        Assert.Equal(19, stats.Statements);
        Assert.Equal([new("Advertisement", 5), new("Site", 2)], stats.EntitiesBySchema);
    }

    [ComplianceFact]
    public void A_value_facet_counts_entities_by_value_most_first_with_the_unknown_last()
    {
        var store = AdsForStats();
        Assert.Equal([new("site-a", 2), new("site-b", 1), new("(unknown)", 2)], store.Facet("Advertisement", "site"));
        Assert.Equal([new("BE", 2), new("NL", 1), new(Facets.Unknown, 2)], store.Facet("Advertisement", "country", FacetKind.Value));
        Assert.Equal([new("Fictional Classifieds", 1), new(Facets.Unknown, 1)], store.Facet("Site", "name"));
    }

    [ComplianceFact]
    public void A_month_facet_counts_date_values_by_month_in_calendar_order()
    {
        var store = AdsForStats();
        Assert.Equal([new("2026-03", 2), new("2026-04", 1), new("(unknown)", 2)], store.Facet("Advertisement", "postedAt", FacetKind.Month));
    }

    [ComplianceFact]
    public void An_entity_with_several_values_counts_under_each_and_once_per_value()
    {
        var store = NewStore();
        store.Write(
        [
            Ad("ad-1", "city", "Gent", day: 1),
            Ad("ad-1", "city", "Gent", day: 2, source: "src-b"),
            Ad("ad-1", "city", "Brugge"),
            Ad("ad-2", "city", "Brugge"),
        ]);
        Assert.Equal([new("Brugge", 2), new("Gent", 1)], store.Facet("Advertisement", "city"));
    }

    [ComplianceFact]
    public void A_facet_keeps_the_first_keys_up_to_its_limit_and_the_unknown()
    {
        var store = AdsForStats();
        Assert.Equal([new("BE", 2), new(Facets.Unknown, 2)], store.Facet("Advertisement", "country", limit: 1));
        Assert.Equal([new("2026-03", 2), new(Facets.Unknown, 2)], store.Facet("Advertisement", "postedAt", FacetKind.Month, limit: 1));
        Assert.Empty(store.Facet("Advertisement", "country", limit: 0));
    }

    [ComplianceFact]
    public void A_property_never_stored_puts_every_entity_under_unknown_and_a_schema_never_stored_is_empty()
    {
        var store = AdsForStats();
        Assert.Equal([new(Facets.Unknown, 5)], store.Facet("Advertisement", "language"));
        Assert.Empty(store.Facet("Persona", "name"));
        Assert.Empty(store.Facet("Spaceship", "name"));
    }

    [ComplianceFact]
    public void Equal_counts_are_ordered_by_value()
    {
        var store = NewStore();
        store.Write([Ad("ad-1", "city", "b"), Ad("ad-2", "city", "a"), Ad("ad-3", "city", "C")]);
        Assert.Equal([new("C", 1), new("a", 1), new("b", 1)], store.Facet("Advertisement", "city"));
    }

    [ComplianceFact]
    public void Stats_of_an_empty_workspace_are_empty()
    {
        var store = NewStore();
        var stats = store.Stats();
        Assert.Empty(stats.EntitiesBySchema);
        Assert.Equal(0, stats.Statements);
        Assert.Empty(store.Facet("Advertisement", "site"));
    }

    [ComplianceFact]
    public void Facets_of_some_entities_count_only_those_of_the_schema_each_once_per_key()
    {
        var store = AdsForStats();
        store.Write([Ad("ad-1", "city", "Gent", day: 1), Ad("ad-1", "city", "Gent", day: 2, source: "src-b"), Ad("ad-1", "city", "Brugge"), Ad("ad-3", "city", "Brugge")]);
        FacetField[] fields = [new("site"), new("postedAt", FacetKind.Month), new("city"), new("phone")];

        // ad-4 has none of the fields (unknown under each); site-a is a Site, not an ad; "ad-9" does not exist; ad-1 twice counts once.
        var facets = store.FacetsOf("Advertisement", ["ad-1", "ad-3", "ad-4", "site-a", "ad-9", "ad-1"], fields);
        Assert.Equal(["city", "phone", "postedAt", "site"], facets.Keys.Order(StringComparer.Ordinal));
        Assert.Equal([new("site-a", 1), new("site-b", 1), new(Facets.Unknown, 1)], facets["site"]);
        Assert.Equal([new("2026-03", 1), new("2026-04", 1), new(Facets.Unknown, 1)], facets["postedAt"]);
        Assert.Equal([new("Brugge", 2), new("Gent", 1), new(Facets.Unknown, 1)], facets["city"]);
        Assert.Equal([new(Facets.Unknown, 3)], facets["phone"]);

        // Cut to the limit like any facet; nothing to count gives an empty list per field.
        Assert.Equal([new("Brugge", 2), new(Facets.Unknown, 1)], store.FacetsOf("Advertisement", ["ad-1", "ad-3", "ad-4"], [new("city")], limit: 1)["city"]);
        Assert.Empty(store.FacetsOf("Advertisement", [], fields)["city"]);
        Assert.Empty(store.FacetsOf("Nothing", ["ad-1"], fields)["site"]);
        Assert.Equal([new("site-a", 1)], store.FacetsOf("Advertisement", ["ad-2"], [new("site"), new("site", FacetKind.Month)])["site"]);
    }
}
