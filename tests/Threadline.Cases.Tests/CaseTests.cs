using Threadline.Cases.Model;

namespace Threadline.Cases.Tests;

public sealed class CaseTests
{
    private static NetworkSnapshot Network(params (string Id, double Score)[] members) =>
        new("net-7f3a", Fixtures.Opened, 0.91, members.Select(m => KeyValuePair.Create(m.Id, m.Score)));

    [Fact]
    public void Opening_from_a_network_lead_attaches_it_with_its_snapshot()
    {
        var c = InvestigationCase.OpenFromNetwork("FP-2023-0001", "THB Art. 433quinquies", Fixtures.Prosecutor, "lead.anna",
            Network(("persona-1", 0.8), ("phone-32470", 0.95)), Fixtures.B2H0, Fixtures.Opened);
        var a = Assert.Single(c.Attachments);
        Assert.Equal(AttachmentKind.NetworkLead, a.Kind);
        Assert.Equal(2, a.Snapshot!.Members.Count);
        Assert.Equal("lead.anna", c.LeadUserId);
        Assert.Equal(CaseStatus.Open, c.Status);
    }

    [Fact]
    public void A_later_relink_shows_what_changed_by_stable_id()
    {
        var before = Network(("persona-1", 0.8), ("phone-32470", 0.95), ("acct-9", 0.4));
        var after = new NetworkSnapshot("net-7f3a", Fixtures.Opened.AddDays(30), 0.97,
            [KeyValuePair.Create("persona-1", 0.85), KeyValuePair.Create("phone-32470", 0.95), KeyValuePair.Create("persona-2", 0.7)]);
        var d = SnapshotDiff.Compare(before, after);
        Assert.Equal(["persona-2"], d.Added.AsEnumerable());
        Assert.Equal(["acct-9"], d.Removed.AsEnumerable());
        var r = Assert.Single(d.Rescored);
        Assert.Equal(("persona-1", 0.8, 0.85), r);
        Assert.False(d.IsEmpty);
        Assert.True(SnapshotDiff.Compare(before, before).IsEmpty);
    }

    [Fact]
    public void A_network_lead_needs_its_snapshot_and_other_kinds_refuse_one()
    {
        Assert.Throws<ArgumentException>(() => new AttachedEntity(AttachmentKind.NetworkLead, "net-7f3a", Fixtures.Opened, "lead.anna", Fixtures.B2H0));
        Assert.Throws<ArgumentException>(() => new AttachedEntity(AttachmentKind.Phone, "phone-1", Fixtures.Opened, "lead.anna", Fixtures.B2H0, Network()));
    }

    [Fact]
    public void Every_person_has_a_data_subject_category_and_a_victim_has_no_name_in_the_case()
    {
        var c = Fixtures.Case()
            .AddPerson(new CasePerson("p1", DataSubjectCategory.Suspect, "Suspect One (synthetic)", null, Fixtures.B2H0))
            .AddPerson(new CasePerson("p2", DataSubjectCategory.Victim, null, Fixtures.Pseudonym(), Fixtures.B2H0));
        Assert.Equal(["Suspect One (synthetic)", Fixtures.Pseudonym().Value], c.Persons.Select(p => p.DisplayName));
        Assert.Throws<ArgumentException>(() => new CasePerson("p3", DataSubjectCategory.Victim, "Real Name", Fixtures.Pseudonym(), Fixtures.B2H0));
        Assert.Throws<ArgumentException>(() => new CasePerson("p4", DataSubjectCategory.Victim, null, null, Fixtures.B2H0));
        Assert.Throws<ArgumentException>(() => new CasePerson("p5", DataSubjectCategory.Witness, null, null, Fixtures.B2H0));
        Assert.Throws<ArgumentOutOfRangeException>(() => new CasePerson("p6", (DataSubjectCategory)42, "X", null, Fixtures.B2H0));
    }

    [Theory]
    [InlineData("Suspect", DataSubjectCategory.Suspect)]
    [InlineData("possible victim", DataSubjectCategory.Victim)]
    [InlineData("associate", DataSubjectCategory.Contact)]
    [InlineData("convicted", DataSubjectCategory.Convicted)]
    public void Parses_categories_as_people_write_them(string text, DataSubjectCategory expected) =>
        Assert.Equal(expected, DataSubjectCategories.Parse(text));

    [Fact]
    public void An_empty_category_is_refused_citing_the_directive()
    {
        var e = Assert.Throws<FormatException>(() => DataSubjectCategories.Parse(" "));
        Assert.Contains("Art. 6", e.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void One_lead_per_case_and_the_lead_hands_over_before_leaving()
    {
        var c = Fixtures.Case().AddMember(new CaseMember("vs.bea", CaseRole.VictimSupport));
        Assert.Throws<InvalidOperationException>(() => c.AddMember(new CaseMember("x.y", CaseRole.Lead)));
        Assert.Throws<InvalidOperationException>(() => c.RemoveMember("lead.anna"));
        var handed = c.HandOverLead("vs.bea");
        Assert.Equal("vs.bea", handed.LeadUserId);
        Assert.Contains(CaseRole.Investigator, handed.RolesOf("lead.anna"));
        Assert.Contains(CaseRole.VictimSupport, handed.RolesOf("vs.bea"));
    }

    [Fact]
    public void Status_moves_only_along_allowed_paths_and_a_closed_case_takes_nothing_new()
    {
        var closed = Fixtures.Case().ChangeStatus(CaseStatus.Suspended).ChangeStatus(CaseStatus.Closed);
        Assert.Throws<InvalidOperationException>(() => closed.ChangeStatus(CaseStatus.Suspended));
        Assert.Throws<InvalidOperationException>(() => closed.Put(new Note("n1", "text", "lead.anna", Fixtures.Opened, Fixtures.B2H0)));
        Assert.Equal(CaseStatus.Open, closed.ChangeStatus(CaseStatus.Open).Status);
    }

    [Fact]
    public void Entries_are_added_then_edited_by_id()
    {
        var c = Fixtures.Case()
            .Put(new Hypothesis("h1", "The Leuven flat is the booking hub", "lead.anna", Fixtures.Opened, Fixtures.B2H0))
            .Put(new CaseTask("t1", "Ask the bank for the account statements", "lead.anna", Fixtures.Opened, Fixtures.B2H0, "fin.carl", Fixtures.Opened.AddDays(7)));
        var h = (Hypothesis)c.Entries[0];
        c = c.Put(h with { State = HypothesisState.Supported });
        Assert.Equal(2, c.Entries.Length);
        Assert.Equal(HypothesisState.Supported, ((Hypothesis)c.Entries[0]).State);
        Assert.Throws<InvalidOperationException>(() => c.Put(new Note("h1", "a note with a hypothesis id", "lead.anna", Fixtures.Opened, Fixtures.B2H0)));
        var done = ((CaseTask)c.Entries[1]).Complete(Fixtures.Opened.AddDays(2));
        Assert.NotNull(done.DoneAt);
    }

    [Theory]
    [InlineData("")]
    [InlineData("has space")]
    [InlineData("semi;colon")]
    public void Case_references_are_checked(string reference) =>
        Assert.Throws<ArgumentException>(() => InvestigationCase.Open(reference, "basis", Fixtures.Prosecutor, "lead.anna", Fixtures.Opened));

    [Fact]
    public void Long_text_is_refused_with_its_length()
    {
        var e = Assert.Throws<ArgumentException>(() => new Note("n1", new string('x', 20_001), "lead.anna", Fixtures.Opened, Fixtures.B2H0));
        Assert.Contains("20001 characters, at most 20000", e.Message, StringComparison.Ordinal);
    }
}
