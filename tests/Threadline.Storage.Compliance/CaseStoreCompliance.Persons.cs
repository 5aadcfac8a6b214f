using Threadline.Cases.Model;
using Threadline.Cases.Persons;
using Threadline.Cases.Store;

namespace Threadline.Storage.Compliance;

public abstract partial class CaseStoreCompliance
{
    private static PersonRecordSet Gathered(DateTimeOffset at) => new(at,
    [
        new SourcePerson("booking:airbnb:HM1", PersonSourceKind.Booking, "airbnb HM1", "Chen Mei Ling", "mei.chen@mail.cn", "+32470000001", networkId: "N-1"),
        new SourcePerson("account:BE71096123456769", PersonSourceKind.Account, "BE71096123456769", "Meiling CHEN", address: "Kerkstraat 1, Antwerpen", country: "BE"),
        new SourcePerson("ad:ad-9", PersonSourceKind.Ad, "ad-9", "Lily", phone: "+32470000001"),
    ]);

    private static PersonMatch Proposal(string a, string b, double p, DateTimeOffset at) =>
        new(a, b, p, 9.5, [new MatchFieldEvidence("name", "same names in another order or spacing", 8.1), new MatchFieldEvidence("email", "same local part", 1.4)], at);

    [ComplianceFact]
    public void Person_records_and_proposed_matches_read_back_with_their_evidence()
    {
        var files = new CaseFiles(NewStore());
        Opened(files);
        var saved = files.SaveProposals("BE-2026-0042", Gathered(Start), [Proposal("booking:airbnb:HM1", "account:BE71096123456769", 0.998, Start)], "analyst.bo", Start);
        Assert.Equal(new ProposalsSaved(3, 1, 0, 0, 0), saved);

        var records = files.PersonRecords("BE-2026-0042")!;
        Assert.Equal(3, records.Records.Length);
        Assert.Equal("Meiling CHEN", records.Find("account:BE71096123456769")!.Name);
        Assert.Equal(PersonSourceKind.Ad, records.Find("ad:ad-9")!.Source);
        var match = Assert.Single(files.Matches("BE-2026-0042"));
        Assert.Equal(MatchStatus.Proposed, match.Status);
        Assert.Equal(0.998, match.Probability);
        Assert.Equal("account:BE71096123456769", match.RecordA);
        Assert.Equal(["name", "email"], match.Evidence.Select(e => e.Comparison));
        Assert.Equal(8.1, match.Evidence[0].Weight);
        Assert.StartsWith("m-", match.Id, StringComparison.Ordinal);

        // The same pair again, same score: nothing new; a new score: a new version.
        Assert.Equal(new ProposalsSaved(3, 0, 0, 1, 0), files.SaveProposals("BE-2026-0042", Gathered(Start.AddHours(1)), [Proposal("booking:airbnb:HM1", "account:BE71096123456769", 0.998, Start.AddHours(1))], "analyst.bo", Start.AddHours(1)));
        Assert.Equal(new ProposalsSaved(3, 0, 1, 0, 0), files.SaveProposals("BE-2026-0042", Gathered(Start.AddHours(2)), [Proposal("booking:airbnb:HM1", "account:BE71096123456769", 0.97, Start.AddHours(2))], "analyst.bo", Start.AddHours(2)));
        Assert.Equal(2, files.MatchHistory("BE-2026-0042", match.Id).Count);
        Assert.Equal(3, files.Store.History("BE-2026-0042", CaseKinds.PersonRecords, CaseKinds.PersonRecords).Count);
    }

    [ComplianceFact]
    public void Confirming_a_match_makes_a_case_person_with_its_sources_and_a_rejection_stays_rejected()
    {
        var files = new CaseFiles(NewStore());
        Opened(files);
        var first = Proposal("booking:airbnb:HM1", "account:BE71096123456769", 0.998, Start);
        var second = Proposal("booking:airbnb:HM1", "ad:ad-9", 0.7, Start);
        files.SaveProposals("BE-2026-0042", Gathered(Start), [first, second], "analyst.bo", Start);

        Assert.Throws<ArgumentException>(() => files.DecideMatch("BE-2026-0042", first.Id, MatchStatus.Confirmed, "same name and e-mail", "analyst.bo", Start));
        Assert.Throws<ArgumentException>(() => files.DecideMatch("BE-2026-0042", first.Id, MatchStatus.Confirmed, "same name", "analyst.bo", Start, DataSubjectCategory.Victim));
        Assert.Throws<ArgumentException>(() => files.DecideMatch("BE-2026-0042", first.Id, MatchStatus.Rejected, " ", "analyst.bo", Start));
        var decision = files.DecideMatch("BE-2026-0042", first.Id, MatchStatus.Confirmed, "same name and e-mail", "analyst.bo", Start.AddMinutes(5), DataSubjectCategory.Suspect);
        var person = Assert.Single(files.Get("BE-2026-0042").Case.Persons);
        Assert.Equal(decision.PersonId, person.Id);
        Assert.Equal(DataSubjectCategory.Suspect, person.Category);
        Assert.Equal("Meiling CHEN", person.Name);
        Assert.Equal(["account:BE71096123456769", "booking:airbnb:HM1"], files.PersonSources("BE-2026-0042")[person.Id]);
        Assert.Throws<InvalidOperationException>(() => files.DecideMatch("BE-2026-0042", first.Id, MatchStatus.Rejected, "changed my mind", "analyst.bo", Start));

        // A second confirmation through a record of that person merges into it.
        files.DecideMatch("BE-2026-0042", second.Id, MatchStatus.Unsure, "only a shared phone", "analyst.bo", Start.AddMinutes(6));
        Assert.Equal(MatchStatus.Unsure, files.Match("BE-2026-0042", second.Id)!.Status);
        files.DecideMatch("BE-2026-0042", second.Id, MatchStatus.Confirmed, "the phone is hers (subscriber check)", "analyst.bo", Start.AddMinutes(7));
        Assert.Single(files.Get("BE-2026-0042").Case.Persons);
        Assert.Equal(["account:BE71096123456769", "booking:airbnb:HM1", "ad:ad-9"], files.PersonSources("BE-2026-0042")[person.Id]);
        var history = files.MatchHistory("BE-2026-0042", second.Id);
        Assert.Equal([MatchStatus.Proposed, MatchStatus.Unsure, MatchStatus.Confirmed], history.Select(h => h.Match.Status));
        Assert.Equal("analyst.bo", history[^1].Record.By);
        Assert.Equal("the phone is hers (subscriber check)", history[^1].Match.Decision!.Reason);

        // A rejected pair proposed again keeps its rejection.
        var third = Proposal("account:BE71096123456769", "ad:ad-9", 0.6, Start);
        files.SaveProposals("BE-2026-0042", Gathered(Start.AddHours(1)), [third], "analyst.bo", Start.AddHours(1));
        files.DecideMatch("BE-2026-0042", third.Id, MatchStatus.Rejected, "different dates of birth", "analyst.bo", Start.AddHours(1));
        Assert.Equal(new ProposalsSaved(3, 0, 0, 0, 1), files.SaveProposals("BE-2026-0042", Gathered(Start.AddHours(2)), [third], "analyst.bo", Start.AddHours(2)));
        Assert.Equal(MatchStatus.Rejected, files.Match("BE-2026-0042", third.Id)!.Status);
        Assert.Throws<KeyNotFoundException>(() => files.DecideMatch("BE-2026-0042", "m-000000000000", MatchStatus.Rejected, "x", "analyst.bo", Start));
    }

    [ComplianceFact]
    public void Match_records_are_append_only_and_a_closed_case_takes_no_decisions()
    {
        var store = NewStore();
        var files = new CaseFiles(store);
        Opened(files);
        var first = Proposal("booking:airbnb:HM1", "account:BE71096123456769", 0.998, Start);
        files.SaveProposals("BE-2026-0042", Gathered(Start), [first], "analyst.bo", Start);
        var record = store.Current("BE-2026-0042", CaseKinds.Match).Single();
        Assert.False(store.Append("BE-2026-0042", [record with { Payload = "{}" }]));
        files.ChangeStatus("BE-2026-0042", CaseStatus.Closed, "lead.anna", Start.AddDays(1));
        Assert.Throws<InvalidOperationException>(() => files.DecideMatch("BE-2026-0042", first.Id, MatchStatus.Rejected, "different people", "analyst.bo", Start.AddDays(1)));
        Assert.Throws<InvalidOperationException>(() => files.SaveProposals("BE-2026-0042", Gathered(Start), [], "analyst.bo", Start.AddDays(1)));
    }
}
