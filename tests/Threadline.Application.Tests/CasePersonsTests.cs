using Threadline.Application.Cases;
using Threadline.Application.Ingest;
using Threadline.Application.Link;
using Threadline.Application.Money;
using Threadline.Cases.Grading;
using Threadline.Cases.Model;
using Threadline.Cases.Persons;
using Threadline.Cases.Store;
using Threadline.Core.Statements;
using Threadline.Linking;
using Threadline.Storage.Sqlite;
using Threadline.Storage.Sqlite.Cases;

namespace Threadline.Application.Tests;

/// <summary>Issue 17: persons from bookings, bank files and ads of a case, matched across the sources.</summary>
public sealed class CasePersonsTests : IDisposable
{
    private static readonly DateTimeOffset At = new(2026, 3, 20, 9, 0, 0, TimeSpan.Zero);
    private readonly string _folder = Directory.CreateTempSubdirectory("tl-persons-").FullName;

    public void Dispose()
    {
        Microsoft.Data.Sqlite.SqliteConnection.ClearAllPools();
        Directory.Delete(_folder, recursive: true);
    }

    private static readonly (string Ref, string Platform, string Name, string Email, string Phone)[] Bookers =
    [
        ("HM1", "airbnb", "Chen Mei Ling", "mei.chen88@mail.cn", "+32470555001"),
        ("HM2", "airbnb", "Chen Mei Ling", "mei.chen88@mail.cn", "+32470555001"),
        ("BK7", "booking", "Zhang Wei", "zw.travel@mail.cn", "+32470555002"),
        ("BK8", "booking", "Jan Peeters", "jan.peeters@telenet.be", "+32470555003"),
        ("BK9", "booking", "Sofie Claes", "sofie.claes@skynet.be", "+32470555004"),
    ];

    private static readonly (string Iban, string Holder)[] Accounts =
    [
        ("BE71096123456769", "MEILING CHEN"),
        ("NL91ABNA0417164300", "Chang Wei"),
        ("DE89370400440532013000", "Anna Schmidt"),
        ("FR1420041010050500013M02606", "Marc Dubois"),
    ];

    private static List<Statement> World(Network network)
    {
        var list = new List<Statement>();
        void S(string id, string schema, string property, string value) =>
            list.Add(new Statement(id, schema, property, value, "test", null, "test", "1", At, At));
        foreach (var b in Bookers)
        {
            var id = BookingIngest.BookingId(b.Platform, b.Ref);
            S(id, "Booking", "platform", b.Platform);
            S(id, "Booking", "bookingRef", b.Ref);
            S(id, "Booking", "bookerName", b.Name);
            S(id, "Booking", "bookerEmail", b.Email);
            S(id, "Booking", "bookerPhone", b.Phone);
        }

        foreach (var a in Accounts)
        {
            var id = PaymentStatements.AccountId(a.Iban);
            S(id, "BankAccount", "iban", a.Iban);
            S(id, "BankAccount", "holderName", a.Holder);
        }

        return list;
    }

    [Fact]
    public void Persons_in_bookings_and_bank_files_are_matched_across_sources_and_confirmed_into_a_case_person()
    {
        var path = Path.Combine(_folder, "ws.db");
        using var store = SqliteWorkspaceStore.Open(path);
        var files = new CaseFiles(SqliteCaseStore.Open(path));
        using var _ = files.Store;
        var result = Linker.Link(Threadline.Application.Tests.World.Ads(networks: 2, independents: 4), []);
        LinkResults.Save(store, result, At);
        var top = result.Networks[0] with
        {
            Bookings = [.. Bookers.Select(b => new BookingLink(b.Ref, b.Platform, b.Name, "Antwerp", new DateOnly(2026, 3, 1), new DateOnly(2026, 3, 3), null, BookingBasis.Phone, "booker's phone in the ads", null))],
        };
        LinkResults.SaveNetworks(store, [top], replace: false);
        store.Write(World(top));
        var request = new OpenCaseRequest(top.Id, "BE-2026-0042", "Rotating flats", "Criminal Code Art. 433quinquies", new Magistrate(MagistrateRole.Prosecutor, "A. Claes", "Antwerp prosecutor's office"), "lead.anna", Marking.Parse("X3 H0"), At);
        CaseJobs.OpenFromNetwork(store, files, request);
        foreach (var a in Accounts)
        {
            files.Attach("BE-2026-0042", new AttachedEntity(AttachmentKind.Account, a.Iban, At, "lead.anna", Marking.Parse("B2 H0")));
        }

        var proposals = CasePersons.Propose(store, files, "BE-2026-0042", "analyst.bo", At);

        // Bookers (the two bookings of one booker are one record), account holders and the network's personas.
        Assert.Equal(4, proposals.Records.Records.Count(r => r.Source == PersonSourceKind.Booking));
        Assert.Equal(4, proposals.Records.Records.Count(r => r.Source == PersonSourceKind.Account));
        Assert.Equal(top.PersonaIds.Count, proposals.Records.Records.Count(r => r.Source == PersonSourceKind.Ad));
        Assert.Contains(proposals.Records.Records, r => r.Reference.Contains("HM1", StringComparison.Ordinal) && r.Reference.Contains("HM2", StringComparison.Ordinal));

        string Name(string id) => proposals.Records.Find(id)!.Label;
        var pairs = proposals.Proposed.Select(m => string.Join(" / ", new[] { Name(m.RecordA), Name(m.RecordB) }.Order(StringComparer.Ordinal))).ToList();
        Assert.Contains("Chen Mei Ling / MEILING CHEN", pairs);
        Assert.Contains("Chang Wei / Zhang Wei", pairs);
        Assert.DoesNotContain(pairs, p => p.Contains("Peeters", StringComparison.Ordinal) || p.Contains("Dubois", StringComparison.Ordinal));
        Assert.All(proposals.Proposed, m => Assert.NotEqual(proposals.Records.Find(m.RecordA)!.Source, proposals.Records.Find(m.RecordB)!.Source));
        var chen = proposals.Proposed.Single(m => Name(m.RecordA) is "MEILING CHEN" or "Chen Mei Ling" && Name(m.RecordB) is "MEILING CHEN" or "Chen Mei Ling");
        Assert.True(chen.Probability >= 0.5);
        Assert.Contains(chen.Evidence, e => e.Comparison == "name" && e.Level == "same names in another order or spacing" && e.Weight > 0);
        Assert.Equal(proposals.Proposed.Count, proposals.Saved.New);

        // Stored: the analyst confirms one into a person (category required), rejects another; a second run keeps both decisions.
        var decided = files.DecideMatch("BE-2026-0042", chen.Id, MatchStatus.Confirmed, "same name, e-mail on the bank's KYC file", "analyst.bo", At.AddHours(1), DataSubjectCategory.Suspect);
        var wei = proposals.Proposed.Single(m => m.Id != chen.Id && pairs[proposals.Proposed.ToList().IndexOf(m)] == "Chang Wei / Zhang Wei");
        files.DecideMatch("BE-2026-0042", wei.Id, MatchStatus.Rejected, "different dates of birth in the passport copies", "analyst.bo", At.AddHours(1));
        var again = CasePersons.Propose(store, files, "BE-2026-0042", "analyst.bo", At.AddDays(1));
        Assert.Equal(2, again.Saved.Decided);
        Assert.Equal(0, again.Saved.New);
        var person = files.Get("BE-2026-0042").Case.Persons.Single(p => p.Id == decided.PersonId);
        Assert.Equal(DataSubjectCategory.Suspect, person.Category);
        Assert.Equal([chen.RecordA, chen.RecordB], files.PersonSources("BE-2026-0042")[person.Id]);
        Assert.Equal(MatchStatus.Rejected, files.Match("BE-2026-0042", wei.Id)!.Status);
    }

    [Fact]
    public void One_kind_of_source_alone_proposes_nothing()
    {
        var records = new PersonRecordSet(At, [
            new SourcePerson("booking:a", PersonSourceKind.Booking, "airbnb HM1", "Chen Mei Ling"),
            new SourcePerson("booking:b", PersonSourceKind.Booking, "airbnb HM2", "Meiling Chen"),
        ]);
        var (proposed, _, note) = CasePersons.Match(records, At);
        Assert.Empty(proposed);
        Assert.NotNull(note);
    }
}
