using static Threadline.Storage.Compliance.Statements;

namespace Threadline.Storage.Compliance;

/// <summary>Threadline's search syntax (docs/search.md), the same on every engine.</summary>
public abstract partial class WorkspaceStoreCompliance
{
    private IWorkspaceStore SearchableAds()
    {
        var store = NewStore();
        store.Write(
        [
            .. FullAd("ad-1", "site-tulip", "BE", "2026-03-04", "Lina", "New in town, Gent station"),
            .. FullAd("ad-2", "site-tulip", "NL", "2026-04-01", "Mia", "Town is new to me, call Lina"),
            .. FullAd("ad-3", "site-rose", "BE", "2026-03-20", "Linda in Gent", "Sweet and discreet"),
            Ad("ad-1", "city", "Gent"),
            Ad("ad-3", "city", "Gentbrugge"),
            Of("Site", "site-tulip", "name", "tulip.example"),
            Of("Site", "site-rose", "name", "rose.example"),
        ]);
        return store;
    }

    private static string[] Ids(IReadOnlyList<SearchHit> hits) => hits.Select(h => h.EntityId).Order(StringComparer.Ordinal).ToArray();

    [ComplianceFact]
    public void Words_may_match_different_full_text_values_of_one_entity()
    {
        var store = SearchableAds();
        Assert.Equal(["ad-1"], Ids(store.Search("lina station")));
        Assert.Equal(["ad-1", "ad-2"], Ids(store.Search("lina town")));
    }

    [ComplianceFact]
    public void A_phrase_needs_its_words_in_order_and_together()
    {
        var store = SearchableAds();
        Assert.Equal(["ad-1"], Ids(store.Search("\"new in town\"")));
        Assert.Empty(store.Search("\"town in new\""));
        Assert.Equal(["ad-1"], Ids(store.Search("\"new in tow\"*")));
    }

    [ComplianceFact]
    public void A_star_ends_a_prefix()
    {
        var store = SearchableAds();
        Assert.Equal(["ad-1", "ad-2", "ad-3"], Ids(store.Search("lin*")));
        Assert.Equal(["ad-1", "ad-2"], Ids(store.Search("lina")));
    }

    [ComplianceFact]
    public void Or_joins_alternatives_and_binds_before_the_implicit_and()
    {
        var store = SearchableAds();
        Assert.Equal(["ad-2", "ad-3"], Ids(store.Search("mia OR linda")));
        Assert.Equal(["ad-1", "ad-3"], Ids(store.Search("station OR sweet gent")));
        Assert.Equal(["ad-1", "ad-3"], Ids(store.Search("gent AND station OR sweet")));
        Assert.Equal(["ad-1"], Ids(store.Search("station AND gent OR discreet")));
    }

    [ComplianceFact]
    public void A_full_text_field_limits_words_to_that_property()
    {
        var store = SearchableAds();
        Assert.Equal(["ad-1"], Ids(store.Search("title:lina")));
        Assert.Equal(["ad-2"], Ids(store.Search("body:lina")));
        Assert.Equal(["ad-1"], Ids(store.Search("body:\"new in town\"")));
        Assert.Equal(["ad-1", "ad-3"], Ids(store.Search("TITLE:lin* OR body:sweet")));
    }

    [ComplianceFact]
    public void Other_fields_match_the_whole_value_ignoring_case_or_its_start_with_a_star()
    {
        var store = SearchableAds();
        Assert.Equal(["ad-1"], Ids(store.Search("city:gent")));
        Assert.Equal(["ad-1", "ad-3"], Ids(store.Search("city:gent*")));
        Assert.Equal(["ad-1", "ad-3"], Ids(store.Search("country:be")));
        Assert.Equal(["ad-1", "ad-3"], Ids(store.Search("postedAt:2026-03*")));
        Assert.Equal(["ad-3"], Ids(store.Search("country:BE gent sweet")));
        Assert.Empty(store.Search("city:gen"));
        Assert.Empty(store.Search("city:\"gent%\""));
    }

    [ComplianceFact]
    public void A_field_that_points_at_an_entity_matches_its_id_or_its_name()
    {
        var store = SearchableAds();
        Assert.Equal(["ad-1", "ad-2"], Ids(store.Search("site:tulip.example")));
        Assert.Equal(["ad-1", "ad-2"], Ids(store.Search("site:site-tulip")));
        Assert.Equal(["ad-1", "ad-2", "ad-3"], Ids(store.Search("site:tulip.example OR site:rose*")));
    }

    [ComplianceFact]
    public void Words_with_field_values_keep_the_words_order_and_filter_by_the_values_as_a_facet_click_does()
    {
        var store = SearchableAds();

        // The words alone, best first; each field value then only filters, whichever side of the words it stands.
        var words = store.Search("lin*").Select(h => h.EntityId).ToArray();
        Assert.Equal(words.Where(id => id != "ad-2"), store.Search("lin* country:\"BE\"").Select(h => h.EntityId));
        Assert.Equal(words.Where(id => id != "ad-2"), store.Search("country:be lin*").Select(h => h.EntityId));
        Assert.Equal(["ad-1"], Ids(store.Search("lina city:\"Gent\"")));
        Assert.Equal(["ad-1", "ad-3"], Ids(store.Search("gent city:gent*")));
        Assert.Equal(["ad-1", "ad-3"], Ids(store.Search("lin* postedAt:2026-03*")));
        Assert.Equal(["ad-3"], Ids(store.Search("lin* site:rose.example")));
        Assert.Equal(["ad-1", "ad-2"], Ids(store.Search("lin* site:site-tulip")));
        Assert.Equal(["ad-1", "ad-3"], Ids(store.Search("lin* city:gent OR city:gentbrugge")));
        Assert.Equal(["ad-1"], Ids(store.Search("lin* city:gent country:be postedAt:2026-03*")));
        Assert.Equal(["ad-3"], Ids(store.Search("sweet OR station country:be city:gentbrugge")));
        Assert.Empty(store.Search("lina city:brugge"));
        Assert.Empty(store.Search("lina nationality:belgian")); // a property of the model never stored here
        Assert.Empty(store.Search("lina city:gen"));

        // Paging goes through the filtered order.
        var page = store.Search("lin* country:be", limit: 1, offset: 1);
        Assert.Equal(words.Where(id => id != "ad-2").Skip(1).Take(1), page.Select(h => h.EntityId));
        Assert.Equal(2, page[0].Rank);
    }

    [ComplianceFact]
    public void The_schema_field_limits_hits_to_one_type()
    {
        var store = SearchableAds();
        Assert.Equal(["site-rose", "site-tulip"], store.Search("schema:Site").Select(h => h.EntityId).ToArray());
        Assert.Equal(["site-tulip"], Ids(store.Search("schema:site name:tulip*")));
        Assert.Empty(store.Search("schema:Persona lina"));
        Assert.Empty(store.Search("schema:Spaceship"));
    }

    [ComplianceFact]
    public void A_search_by_fields_only_shows_the_matching_value()
    {
        var store = SearchableAds();
        var hit = Assert.Single(store.Search("city:gent"));
        Assert.Equal("city", hit.Property);
        Assert.Equal("[Gent]", hit.Snippet);
        var text = Assert.Single(store.Search("title:lina"));
        Assert.Equal("title", text.Property);
        Assert.Equal("[Lina]", text.Snippet);
    }

    [ComplianceFact]
    public void Another_engines_operators_are_plain_words()
    {
        var store = NewStore();
        store.Write(
        [
            Ad("ad-1", "body", "lina works in gent"),
            Ad("ad-2", "body", "lina is not here"),
            Ad("ad-3", "body", "lina does not go to gent"),
            Ad("ad-4", "body", "meet me near lina in gent"),
        ]);
        Assert.Equal(["ad-3"], Ids(store.Search("lina NOT gent")));
        Assert.Equal(["ad-4"], Ids(store.Search("NEAR(lina gent)")));
        Assert.Equal(["ad-1", "ad-3", "ad-4"], Ids(store.Search("lina -gent")));
        Assert.Equal(["ad-1", "ad-3", "ad-4"], Ids(store.Search("^lina gent")));
        Assert.Empty(store.Search("value:lina"));
    }

    [ComplianceFact]
    public void An_unknown_field_is_part_of_the_text()
    {
        var store = NewStore();
        store.Write([Ad("ad-1", "body", "leave a note: call me at 10:30"), Ad("ad-2", "body", "call me")]);
        Assert.Equal(["ad-1"], Ids(store.Search("note:call")));
        Assert.Equal(["ad-1"], Ids(store.Search("10:30")));
    }

    [ComplianceFact]
    public void A_field_never_stored_matches_nothing()
    {
        var store = SearchableAds();
        Assert.Empty(store.Search("email:someone@example.invalid"));
        Assert.Empty(store.Search("summary:lina"));
        Assert.Equal(["ad-1", "ad-2"], Ids(store.Search("lina OR summary:lina")));
    }

    [ComplianceFact]
    public void Terms_past_the_limit_and_text_past_the_length_limit_are_ignored()
    {
        var store = NewStore();
        store.Write([Ad("ad-1", "body", "a lighthouse by the sea")]);
        var many = string.Join(' ', Enumerable.Repeat("lighthouse", SearchLimits.MaxTerms)) + " zebra";
        Assert.Single(store.Search(many));
        Assert.Single(store.Search("lighthouse" + new string(' ', SearchLimits.MaxQueryLength) + "zebra"));
        Assert.Empty(store.Search("zebra " + many));
    }
}
