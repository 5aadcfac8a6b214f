using Threadline.Cases.Chart;
using Threadline.Cases.Grading;
using Threadline.Cases.Model;
using Threadline.Cases.Store;
using Threadline.Cases.Victims;

namespace Threadline.Storage.Compliance;

public abstract partial class CaseStoreCompliance
{
    private static readonly VictimPseudonym ChartVictim = VictimPseudonym.FromRandom([9, 8, 7, 6, 5]);

    private static ChartEntity Flat(string label = "Flat above the night shop", Marking? marking = null) =>
        new("E1", ChartEntityType.Address, label, "Surveillance report PV 2026/114", marking ?? Marking.Parse("B2 H1"), "ana.k", Start.AddHours(1), date: new DateOnly(2026, 2, 20));

    [ComplianceFact]
    public void Chart_entities_links_and_view_read_back_whole()
    {
        var files = new CaseFiles(NewStore());
        Opened(files);
        files.PutChartEntity("BE-2026-0042", Flat());
        files.PutChartLink("BE-2026-0042", new ChartLink("L1", "phone:+32470000001", "entity:E1", "called from", "Telecom records (court order 12/2026)", Marking.Parse("A1 H0"), "ana.k", Start.AddHours(2), new DateOnly(2026, 2, 21), "three calls at night"));
        files.ChangeChartView("BE-2026-0042", v => v.Pin("entity:E1", 120.5, -40).Hide("ad:A-17").Annotate("persona:P-1", "Seen at the flat", "ana.k", Start.AddHours(3)).From("N-7f3a"), "ana.k", Start.AddHours(3));

        var chart = files.Chart("BE-2026-0042");
        var e = Assert.Single(chart.Entities);
        Assert.Equal((ChartEntityType.Address, "Flat above the night shop", "B2 · H1", "ana.k", Start.AddHours(1), new DateOnly(2026, 2, 20)), (e.Type, e.Label, e.Marking.Label, e.AddedBy, e.AddedAt, e.Date));
        Assert.Equal("Surveillance report PV 2026/114", e.Source);
        var l = Assert.Single(chart.Links);
        Assert.Equal(("phone:+32470000001", "entity:E1", "called from", "A1 · H0", "three calls at night"), (l.From, l.To, l.Type, l.Marking.Label, l.Note));
        Assert.Equal(new ChartPosition(120.5, -40), chart.View.Pins["entity:E1"]);
        Assert.True(chart.View.IsHidden("ad:A-17"));
        Assert.Equal(("Seen at the flat", "ana.k"), (chart.View.Annotations["persona:P-1"].Text, chart.View.Annotations["persona:P-1"].By));
        Assert.Equal("N-7f3a", chart.View.BaseNetwork);
    }

    [ComplianceFact]
    public void Editing_a_chart_entity_keeps_its_earlier_versions()
    {
        var store = NewStore();
        var files = new CaseFiles(store);
        Opened(files);
        Assert.Equal(1, files.PutChartEntity("BE-2026-0042", Flat()));
        Assert.Equal(2, files.PutChartEntity("BE-2026-0042", Flat("Flat 2nd floor", Marking.Parse("B2 H2"))));

        var history = store.History("BE-2026-0042", CaseKinds.ChartEntity, "E1");
        Assert.Equal(["Flat above the night shop", "Flat 2nd floor"], history.Select(r => CaseCodec.ChartEntity(r).Label));
        Assert.Equal("B2 · H2", files.Chart("BE-2026-0042").Entities[0].Marking.Label);
    }

    [ComplianceFact]
    public void A_link_to_an_entity_not_on_the_chart_and_a_victim_under_her_name_are_refused()
    {
        var files = new CaseFiles(NewStore());
        Opened(files);
        files.AddVictim("BE-2026-0042", new VictimRecord(ChartVictim, "BE-2026-0042", "Real Name", "CN", ["zh"]), B2, "lead.anna", Start);
        var victim = files.Get("BE-2026-0042").Case.Persons.Single(p => p.Category == DataSubjectCategory.Victim);

        Assert.Throws<InvalidOperationException>(() => files.PutChartLink("BE-2026-0042", new ChartLink("L1", "entity:E9", "persona:P-1", "met", "statement", B2, "ana.k", Start)));
        var named = new ChartEntity("E2", ChartEntityType.Person, "Real Name", "statement", B2, "ana.k", Start, personId: victim.Id);
        var ex = Assert.Throws<ArgumentException>(() => files.PutChartEntity("BE-2026-0042", named));
        Assert.Contains("pseudonym", ex.Message, StringComparison.Ordinal);
        Assert.Throws<InvalidOperationException>(() => files.PutChartEntity("BE-2026-0042", new ChartEntity("E3", ChartEntityType.Person, "X", "s", B2, "ana.k", Start, personId: "nobody")));
        Assert.Throws<InvalidOperationException>(() => files.ChangeChartView("BE-2026-0042", v => v.From("N-other"), "ana.k", Start));

        files.PutChartEntity("BE-2026-0042", new ChartEntity("E2", ChartEntityType.Person, ChartVictim.Value, "statement", B2, "ana.k", Start, personId: victim.Id));
        var chart = files.Chart("BE-2026-0042");
        Assert.Equal([ChartVictim.Value], chart.Entities.Select(e => e.Label));
        Assert.Empty(chart.Links);
    }

    [ComplianceFact]
    public void A_closed_case_chart_takes_nothing_new()
    {
        var files = new CaseFiles(NewStore());
        Opened(files);
        files.ChangeStatus("BE-2026-0042", CaseStatus.Closed, "lead.anna", Start.AddDays(1));

        Assert.Throws<InvalidOperationException>(() => files.PutChartEntity("BE-2026-0042", Flat()));
        Assert.Throws<InvalidOperationException>(() => files.ChangeChartView("BE-2026-0042", v => v.Hide("ad:A-17"), "ana.k", Start));
        Assert.Empty(files.Chart("BE-2026-0042").Entities);
    }

    [ComplianceFact]
    public void Two_analysts_pinning_at_once_from_two_connections_both_keep_their_pins()
    {
        var store = NewStore();
        var files = new CaseFiles(store);
        Opened(files);
        var other = new CaseFiles(Second(store));
        using var barrier = new Barrier(2);
        var a = Task.Run(() =>
        {
            barrier.SignalAndWait();
            for (var i = 0; i < 5; i++)
            {
                files.ChangeChartView("BE-2026-0042", v => v.Pin("persona:P-" + i, i, i), "ana.k", Start.AddMinutes(i));
            }
        });
        var b = Task.Run(() =>
        {
            barrier.SignalAndWait();
            for (var i = 0; i < 5; i++)
            {
                other.ChangeChartView("BE-2026-0042", v => v.Pin("phone:+3247000000" + i, -i, -i), "bo.r", Start.AddMinutes(i));
            }
        });
        Task.WaitAll(a, b);

        var view = files.Chart("BE-2026-0042").View;
        Assert.Equal(10, view.Pins.Count);
        Assert.Equal(10, store.History("BE-2026-0042", CaseKinds.ChartView, CaseFiles.ChartViewId).Count);
    }

    [ComplianceFact]
    public void Chart_records_are_never_returned_with_the_victims_and_a_case_wide_read_still_loads()
    {
        var store = NewStore();
        var files = new CaseFiles(store);
        Opened(files);
        files.PutChartEntity("BE-2026-0042", Flat());
        Assert.Equal(["chart-entity"], store.Current("BE-2026-0042").Where(r => r.Kind.StartsWith("chart", StringComparison.Ordinal)).Select(r => r.Kind));
        Assert.Equal("BE-2026-0042", files.Get("BE-2026-0042").Reference);
    }
}
