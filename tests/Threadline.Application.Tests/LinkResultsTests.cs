using Threadline.Application.Link;
using Threadline.Linking;
using Threadline.Storage;
using Threadline.Storage.Sqlite;

namespace Threadline.Application.Tests;

/// <summary>
/// Issue 13.4: the link result is kept as records, so one network is read with its personas and
/// evidence without loading the rest, lists page, and an old id finds where it went.
/// </summary>
public sealed class LinkResultsTests : IDisposable
{
    private static readonly DateTimeOffset At = new(2026, 12, 3, 12, 0, 0, TimeSpan.Zero);
    private readonly string _folder = Directory.CreateTempSubdirectory("tl-app-").FullName;

    public void Dispose() => Directory.Delete(_folder, recursive: true);

    [Fact]
    public void One_network_is_read_with_its_personas_and_the_whole_result_comes_back_unchanged()
    {
        var result = Linker.Link(World.Ads(networks: 3, independents: 20), []);
        Assert.True(result.Networks.Count >= 3, $"{result.Networks.Count} networks, {result.Personas.Count} personas: " + string.Join(" / ", result.Networks.Select(n => string.Join(",", n.Phones) + " " + n.PersonaIds.Count)));
        using var store = SqliteWorkspaceStore.Open(Path.Combine(_folder, "ws.db"));
        LinkResults.Save(store, result, At);

        var top = result.Networks[0];
        var read = LinkResults.Network(store, top.Id)!;
        Assert.Equal(top.PersonaIds, read.PersonaIds);
        Assert.Equal(top.Risk.Total, read.Risk.Total);
        Assert.Equal(top.Evidence.Select(e => e.Reason), read.Evidence.Select(e => e.Reason));
        Assert.Equal(top.PersonaIds.Order(StringComparer.Ordinal), LinkResults.PersonasOf(store, top.Id).Select(p => p.Id).Order(StringComparer.Ordinal));
        var phone = top.Phones[0];
        Assert.Contains(LinkResults.PersonasWithPhone(store, phone), p => p.NetworkId == top.Id);
        Assert.Equal(top.Id, Assert.Single(LinkResults.Networks(store, 0, 10, key: "phone:" + phone)).Id);

        var summary = LinkResults.Summary(store)!;
        Assert.Equal((result.Personas.Count, result.Networks.Count, At), (summary.Personas, summary.Networks, summary.LinkedAt));
        Assert.Equal(result.Networks.Count(n => n.Flagged), LinkResults.CountNetworks(store, flaggedOnly: true));

        var back = LinkResults.Load(store)!;
        Assert.Equal(result.Networks.Select(n => (n.Id, n.Rank)), back.Networks.Select(n => (n.Id, n.Rank)));
        Assert.Equal(result.Personas.Select(p => p.Id).Order(StringComparer.Ordinal), back.Personas.Select(p => p.Id));
        Assert.Equal(result.Assignments.OrderBy(a => a.AdId, StringComparer.Ordinal), back.Assignments);
        Assert.Equal(result.Hubs.Count, back.Hubs.Count);
    }

    [Fact]
    public void A_network_s_personas_page_largest_first_without_reading_the_rest()
    {
        var result = Linker.Link(World.Ads(networks: 3, independents: 5), []);
        using var store = SqliteWorkspaceStore.Open(Path.Combine(_folder, "ws.db"));
        LinkResults.Save(store, result, At);
        var top = result.Networks[0];
        var all = LinkResults.PersonasOf(store, top.Id);
        Assert.Equal(all.OrderByDescending(p => p.AdIds.Count).ThenBy(p => p.Id, StringComparer.Ordinal).Select(p => p.Id), all.Select(p => p.Id));
        var paged = LinkResults.PersonasOf(store, top.Id, 0, 2).Concat(LinkResults.PersonasOf(store, top.Id, 2, 100)).Select(p => p.Id);
        Assert.Equal(all.Select(p => p.Id), paged);
        Assert.Empty(LinkResults.PersonasOf(store, top.Id, all.Count, 10));

        var investigation = new Threadline.Application.Queries.Investigation(store);
        var view = Threadline.Application.Queries.Networks.NetworkQueries.View(investigation, top.Id, offset: 1, limit: 1)!;
        Assert.Equal(all[1].Id, Assert.Single(view.Personas.Items).Id);
        Assert.Equal(top.PersonaIds.Count, view.Personas.Total);
        Assert.Equal(top.PersonaIds.Count, view.Map.PersonasTotal);
    }

    [Fact]
    public void Template_heads_keep_the_count_and_a_few_ads_and_old_workspaces_fall_back_to_the_whole_template()
    {
        // One ad's text repeated on 60 more ads: a template larger than a head keeps.
        var ads = World.Ads(networks: 3, independents: 5);
        ads.AddRange(Enumerable.Range(0, 60).Select(i => ads[0] with { AdId = "again" + i.ToString(System.Globalization.CultureInfo.InvariantCulture) }));
        var result = Linker.Link(ads, []);
        Assert.Contains(result.Templates, t => t.AdIds.Count > TemplateHead.Samples);
        using var store = SqliteWorkspaceStore.Open(Path.Combine(_folder, "ws.db"));
        LinkResults.Save(store, result, At);
        var ids = result.Templates.Select(t => t.Id).ToList();
        var heads = LinkResults.TemplateHeads(store, ids);
        Assert.Equal(ids.Order(StringComparer.Ordinal), heads.Select(h => h.Id));
        foreach (var head in heads)
        {
            var whole = result.Templates.Single(t => t.Id == head.Id);
            Assert.Equal(whole.AdIds.Count, head.AdCount);
            Assert.Equal(whole.AdIds.Take(TemplateHead.Samples), head.SampleAdIds);
            Assert.Equal(whole.Render(), head.Render());
        }

        // A workspace linked before heads were stored: the same heads, from the whole templates.
        store.DeleteResults(LinkResults.TemplateHeadKind);
        Assert.Equal(heads.Select(h => (h.Id, h.AdCount, h.MedoidAdId)), LinkResults.TemplateHeads(store, ids).Select(h => (h.Id, h.AdCount, h.MedoidAdId)));
    }

    [Fact]
    public void Networks_page_in_rank_order_and_a_relink_replaces_every_record()
    {
        var result = Linker.Link(World.Ads(networks: 5, independents: 10), []);
        using var store = SqliteWorkspaceStore.Open(Path.Combine(_folder, "ws.db"));
        LinkResults.Save(store, result, At);
        var pages = LinkResults.Networks(store, 0, 2).Concat(LinkResults.Networks(store, 2, 2)).Concat(LinkResults.Networks(store, 4, 100)).ToList();
        Assert.Equal(result.Networks.Select(n => n.Id), pages.Select(n => n.Id));

        var smaller = Linker.Link(World.Ads(networks: 1, independents: 2), []);
        LinkResults.Save(store, smaller, At.AddDays(1));
        Assert.Equal(smaller.Networks.Count, LinkResults.CountNetworks(store));
        Assert.Equal(smaller.Personas.Count, store.CountResults(LinkResults.PersonaKind));
    }

    [Fact]
    public void A_run_stopped_before_its_summary_reads_as_no_result_rather_than_a_mix()
    {
        var result = Linker.Link(World.Ads(networks: 2, independents: 4), []);
        using var store = SqliteWorkspaceStore.Open(Path.Combine(_folder, "ws.db"));
        LinkResults.Save(store, result, At);
        store.DeleteResults(LinkResults.SummaryKind);
        Assert.Null(LinkResults.Load(store));
    }

    [Fact]
    public void Lineage_is_appended_in_order_and_found_by_the_old_id()
    {
        using var store = SqliteWorkspaceStore.Open(Path.Combine(_folder, "ws.db"));
        LinkResults.AppendLineage(store, [new IdChange(GroupKind.Network, "N-a", IdChangeType.Merged, 5, [new IdDestination("N-b", 5)], At, "merged")]);
        LinkResults.AppendLineage(store, [new IdChange(GroupKind.Network, "N-b", IdChangeType.Split, 9, [new IdDestination("N-b", 6), new IdDestination("N-c", 3)], At.AddDays(1), "split")]);
        Assert.Equal(["N-a", "N-b"], LinkResults.Lineage(store).Select(c => c.OldId));
        Assert.Equal("N-b", Assert.Single(LinkResults.History(store, "N-a")).Destinations[0].Id);
        Assert.Empty(LinkResults.History(store, "N-z"));
    }
}
