using Threadline.Cases.Grading;
using Threadline.Cases.Model;
using Threadline.Cases.Store;

namespace Threadline.Storage.Compliance;

/// <summary>
/// What every engine's <see cref="ICaseStore"/> must do, run through the engine-neutral <see cref="CaseFiles"/>: keep a
/// case file whole (header, network snapshot, persons, entries, warrants, requests, action day, victims), keep every
/// version, refuse updates and deletes of records, write all or nothing, never lose one of two concurrent team reports,
/// set an H-hour once even under a race, and keep victim records apart under need-to-know.
/// </summary>
public abstract partial class CaseStoreCompliance : IDisposable
{
    protected static readonly DateTimeOffset Start = new(2026, 3, 2, 8, 0, 0, TimeSpan.Zero);
    protected static readonly Marking B2 = Marking.Parse("B2 H1");
    private readonly List<ICaseStore> _stores = [];

    /// <summary>The case store of a new, empty workspace.</summary>
    protected abstract ICaseStore CreateStore();

    /// <summary>Another handle on the same workspace's case store (another connection, as another process would have).</summary>
    protected abstract ICaseStore OpenSecond(ICaseStore store);

    /// <summary>Runs a plain UPDATE of one of the case's records (the store must refuse it).</summary>
    protected abstract void UpdateRecordPlainly(ICaseStore store, string reference);

    /// <summary>Runs a plain DELETE of the case's records (the store must refuse it).</summary>
    protected abstract void DeleteRecordsPlainly(ICaseStore store, string reference);

    protected ICaseStore NewStore()
    {
        var store = CreateStore();
        _stores.Add(store);
        return store;
    }

    protected ICaseStore Second(ICaseStore store)
    {
        var second = OpenSecond(store);
        _stores.Add(second);
        return second;
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

    protected virtual void Dispose(bool disposing)
    {
    }

    protected static NetworkSnapshot Snapshot(double score = 71.5) =>
        new("N-7f3a", Start, score, [new("persona:P-1", 0.91), new("persona:P-2", 0.84), new("ad:A-17", 1), new("phone:+32470000001", 1)]);

    /// <summary>A case opened from a network lead by lead.anna, with Magistrate J. Peeters.</summary>
    protected static CaseFile Opened(CaseFiles files, string reference = "BE-2026-0042")
    {
        var magistrate = new Magistrate(MagistrateRole.InvestigatingJudge, "J. Peeters", "Antwerp court of first instance");
        var investigation = InvestigationCase.OpenFromNetwork(reference, "Criminal Code Art. 433quinquies (trafficking for sexual exploitation)", magistrate, "lead.anna", Snapshot(), Marking.Parse("X3 H0"), Start);
        var header = new CaseHeader(reference, "Rotating apartments Antwerp-Alicante", investigation.LegalBasis, magistrate, CaseStatus.Open, Start, "lead.anna");
        return files.Create(header, investigation);
    }

    [ComplianceFact]
    public void A_case_opened_from_a_network_reads_back_whole()
    {
        var files = new CaseFiles(NewStore());
        Opened(files);
        files.AddPerson("BE-2026-0042", new CasePerson("S1", DataSubjectCategory.Suspect, "Mehmet K.", null, B2), "lead.anna", Start.AddHours(1));
        files.PutEntry("BE-2026-0042", new Hypothesis("H1", "The Leuven flat is the booking hub", "ana.k", Start.AddHours(2), Marking.Parse("C3 H2")), "ana.k", Start.AddHours(2));
        files.PutEntry("BE-2026-0042", new CaseTask("T1", "Ask Spain for the lease", "ana.k", Start.AddHours(3), B2, "lead.anna", Start.AddDays(5)), "ana.k", Start.AddHours(3));

        var file = files.Get("BE-2026-0042");
        Assert.Equal("Rotating apartments Antwerp-Alicante", file.Header.Title);
        Assert.Equal("lead.anna", file.Header.OpenedBy);
        Assert.Equal(MagistrateRole.InvestigatingJudge, file.Header.Magistrate.Role);
        Assert.Equal(Start, file.Header.OpenedAt);
        var network = Assert.Single(file.Case.Attachments);
        Assert.Equal(AttachmentKind.NetworkLead, network.Kind);
        Assert.Equal(71.5, network.Snapshot!.Score);
        Assert.Equal(0.84, network.Snapshot.Members["persona:P-2"]);
        Assert.Equal(4, network.Snapshot.Members.Count);
        Assert.Equal("X3 · H0", network.Marking.Label);
        var person = Assert.Single(file.Case.Persons);
        Assert.Equal(DataSubjectCategory.Suspect, person.Category);
        Assert.Equal(["H1", "T1"], file.Case.Entries.Select(e => e.Id).Order(StringComparer.Ordinal));
        Assert.Equal("C3 · H2", file.Case.Entries.Single(e => e.Id == "H1").Marking.Label);
        Assert.Equal(Start.AddDays(5), ((CaseTask)file.Case.Entries.Single(e => e.Id == "T1")).DueAt);
        Assert.Equal("lead.anna", file.Case.LeadUserId);
    }

    [ComplianceFact]
    public void A_second_case_with_the_same_reference_is_refused_and_writes_nothing()
    {
        var store = NewStore();
        var files = new CaseFiles(store);
        Opened(files);
        Assert.Throws<InvalidOperationException>(() => Opened(files));
        Assert.Single(store.Cases());
        Assert.Single(store.Current("BE-2026-0042", CaseKinds.Attachment));
    }

    [ComplianceFact]
    public void Editing_a_note_keeps_every_earlier_version()
    {
        var files = new CaseFiles(NewStore());
        Opened(files);
        files.PutEntry("BE-2026-0042", new Note("N1", "Booker paid in cash", "ana.k", Start, B2), "ana.k", Start.AddMinutes(1));
        var version = files.PutEntry("BE-2026-0042", new Note("N1", "Booker paid in cash, twice", "ana.k", Start, B2), "lead.anna", Start.AddMinutes(5));

        Assert.Equal(2, version);
        Assert.Equal("Booker paid in cash, twice", files.Get("BE-2026-0042").Case.Entries.Single().Body);
        var history = files.EntryHistory("BE-2026-0042", "N1");
        Assert.Equal(["Booker paid in cash", "Booker paid in cash, twice"], history.Select(h => h.Entry.Body));
        Assert.Equal(["ana.k", "lead.anna"], history.Select(h => h.Record.By));
    }

    [ComplianceFact]
    public void Records_cannot_be_updated_or_deleted_in_place()
    {
        var store = NewStore();
        Opened(new CaseFiles(store));
        Assert.ThrowsAny<Exception>(() => UpdateRecordPlainly(store, "BE-2026-0042"));
        Assert.ThrowsAny<Exception>(() => DeleteRecordsPlainly(store, "BE-2026-0042"));
        Assert.Equal(71.5, new CaseFiles(store).Get("BE-2026-0042").Case.Attachments.Single().Snapshot!.Score);
    }

    [ComplianceFact]
    public void An_append_whose_version_is_taken_writes_nothing_at_all()
    {
        var store = NewStore();
        var files = new CaseFiles(store);
        Opened(files);
        files.PutEntry("BE-2026-0042", new Note("N1", "first", "ana.k", Start, B2), "ana.k", Start);
        var fresh = new CaseRecord("BE-2026-0042", CaseKinds.Entry, "N2", 1, Start, "ana.k", CaseCodec.Entry(new Note("N2", "second", "ana.k", Start, B2)));
        var taken = new CaseRecord("BE-2026-0042", CaseKinds.Entry, "N1", 1, Start, "ana.k", CaseCodec.Entry(new Note("N1", "forged", "ana.k", Start, B2)));

        Assert.False(store.Append("BE-2026-0042", [fresh, taken], CaseStatus.Suspended));

        var file = files.Get("BE-2026-0042");
        Assert.Equal("first", Assert.Single(file.Case.Entries).Body);
        Assert.Equal(CaseStatus.Open, file.Header.Status);
    }

    [ComplianceFact]
    public void Appending_to_a_case_that_does_not_exist_fails_clearly()
    {
        var store = NewStore();
        var record = new CaseRecord("XX-1", CaseKinds.Status, CaseKinds.Status, 1, Start, "ana.k", CaseCodec.Status(CaseStatus.Open));
        var error = Assert.Throws<KeyNotFoundException>(() => store.Append("XX-1", [record]));
        Assert.Contains("XX-1", error.Message, StringComparison.Ordinal);
        Assert.Null(new CaseFiles(store).Find("XX-1"));
    }

    [ComplianceFact]
    public void Status_changes_move_the_header_and_keep_their_history_and_a_closed_case_takes_nothing_new()
    {
        var files = new CaseFiles(NewStore());
        Opened(files);
        files.ChangeStatus("BE-2026-0042", CaseStatus.Suspended, "lead.anna", Start.AddDays(1));
        files.ChangeStatus("BE-2026-0042", CaseStatus.Closed, "lead.anna", Start.AddDays(2));

        Assert.Equal(CaseStatus.Closed, files.List().Single().Status);
        Assert.Equal([CaseStatus.Open, CaseStatus.Suspended, CaseStatus.Closed], files.StatusHistory("BE-2026-0042").Select(s => s.Status));
        Assert.Throws<InvalidOperationException>(() => files.PutEntry("BE-2026-0042", new Note("N9", "late", "ana.k", Start, B2), "ana.k", Start.AddDays(3)));
        Assert.Empty(files.Get("BE-2026-0042").Case.Entries);
    }

    [ComplianceFact]
    public void Cases_list_by_reference_and_bad_records_are_refused_naming_the_field()
    {
        var store = NewStore();
        var files = new CaseFiles(store);
        Opened(files, "ES-2026-7");
        Opened(files, "BE-2026-0042");
        Assert.Equal(["BE-2026-0042", "ES-2026-7"], files.List().Select(h => h.Reference));

        var longId = new CaseRecord("BE-2026-0042", CaseKinds.Entry, new string('x', CaseRecord.MaxId + 1), 1, Start, "ana.k", "{}");
        var error = Assert.Throws<ArgumentException>(() => store.Append("BE-2026-0042", [longId]));
        Assert.Contains("id", error.Message, StringComparison.Ordinal);
    }
}
