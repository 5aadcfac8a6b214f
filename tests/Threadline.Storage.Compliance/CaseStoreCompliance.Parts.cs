using Threadline.Cases.ActionDays;
using Threadline.Cases.Deadlines;
using Threadline.Cases.Model;
using Threadline.Cases.Store;
using Threadline.Cases.Victims;
using Threadline.Cases.Warrants;

namespace Threadline.Storage.Compliance;

public abstract partial class CaseStoreCompliance
{
    private static readonly VictimPseudonym Victim1 = VictimPseudonym.FromRandom([1, 2, 3, 4, 5]);

    private static void PlanDay(CaseFiles files)
    {
        var evidence = new[] { new Evidence("booking:BK-77", "booked by the network's phone on the night of the ads") };
        files.AddTarget("BE-2026-0042", "day1", new Target("T-BE", "BE", TargetKind.Address, "Flat above the night shop, Antwerp", evidence), "lead.anna", Start);
        files.AddTarget("BE-2026-0042", "day1", new Target("T-ES", "ES", TargetKind.Address, "Holiday flat, Alicante", evidence), "lead.anna", Start);
        files.AddTeam("BE-2026-0042", "day1", new Team("team-be", "Antwerp 1", "Europe/Brussels", new TeamRoster("off.b", ["off.c"], null, "vs.l", null), ["T-BE"]), "lead.anna", Start);
        files.AddTeam("BE-2026-0042", "day1", new Team("team-es", "Alicante 1", "Europe/Madrid", new TeamRoster("off.e", [], "int.m", null, "fin.r"), ["T-ES"]), "lead.anna", Start);
    }

    [ComplianceFact]
    public void An_action_day_reads_back_with_targets_teams_and_its_h_hour()
    {
        var files = new CaseFiles(NewStore());
        Opened(files);
        PlanDay(files);
        files.SetHHour("BE-2026-0042", "day1", TimeZones.ToInstant(new DateOnly(2026, 4, 14), new TimeOnly(6, 0), TimeZones.Find("Europe/Brussels")), "lead.anna", Start);

        var day = files.Get("BE-2026-0042").Day("day1")!;
        Assert.Equal(["T-BE", "T-ES"], day.Targets.Select(t => t.Id));
        Assert.Equal("ES", day.Targets[1].Country);
        Assert.Equal(new DateTimeOffset(2026, 4, 14, 4, 0, 0, TimeSpan.Zero), day.HHour);
        Assert.Equal(6, day.LocalHHour("team-es").Hour);
        Assert.Equal("int.m", day.Team("team-es").Roster.Interpreter);
        Assert.Throws<InvalidOperationException>(() => files.SetHHour("BE-2026-0042", "day1", Start, "lead.anna", Start));
    }

    [ComplianceFact]
    public void Two_teams_reporting_at_once_from_two_connections_both_keep_their_reports()
    {
        var store = NewStore();
        var files = new CaseFiles(store);
        Opened(files);
        PlanDay(files);
        var other = new CaseFiles(Second(store));
        var h = Start.AddDays(10);
        using var barrier = new Barrier(2);
        var be = Task.Run(() =>
        {
            barrier.SignalAndWait();
            for (var i = 0; i < 4; i++)
            {
                files.Report("BE-2026-0042", "day1", "team-be", new TeamReport(h.AddMinutes(i), (TeamStatus)(i + 1), arrests: 1), "off.b", h.AddMinutes(i));
            }
        });
        var es = Task.Run(() =>
        {
            barrier.SignalAndWait();
            for (var i = 0; i < 4; i++)
            {
                other.Report("BE-2026-0042", "day1", "team-es", new TeamReport(h.AddMinutes(i), (TeamStatus)(i + 1), personsFound: 2, cash: [new("EUR", 100m)]), "off.e", h.AddMinutes(i));
            }
        });
        Task.WaitAll(be, es);

        var day = files.Get("BE-2026-0042").Day("day1")!;
        Assert.Equal(4, day.Team("team-be").Reports.Length);
        Assert.Equal(4, day.Team("team-es").Reports.Length);
        Assert.Equal(TeamStatus.Finished, day.Team("team-es").Status);
        var summary = day.Summary();
        Assert.Equal(4, summary.Arrests);
        Assert.Equal(400m, summary.Cash["EUR"]);
    }

    [ComplianceFact]
    public void Two_reports_of_one_team_at_once_are_both_checked_in_turn_and_none_is_lost()
    {
        var store = NewStore();
        var files = new CaseFiles(store);
        Opened(files);
        PlanDay(files);
        var other = new CaseFiles(Second(store));
        var h = Start.AddDays(10);
        using var barrier = new Barrier(2);
        var a = Task.Run(() => { barrier.SignalAndWait(); return files.Report("BE-2026-0042", "day1", "team-be", new TeamReport(h, TeamStatus.EnRoute), "off.b", h); });
        var b = Task.Run(() => { barrier.SignalAndWait(); return other.Report("BE-2026-0042", "day1", "team-be", new TeamReport(h, TeamStatus.EnRoute, personsFound: 1), "off.c", h); });

        Assert.Equal([1, 2], new[] { a.Result, b.Result }.Order());
        Assert.Equal(2, files.Get("BE-2026-0042").Day("day1")!.Team("team-be").Reports.Length);
    }

    [ComplianceFact]
    public void An_h_hour_set_twice_at_once_is_set_once()
    {
        var store = NewStore();
        var files = new CaseFiles(store);
        Opened(files);
        PlanDay(files);
        var other = new CaseFiles(Second(store));
        using var barrier = new Barrier(2);
        Exception? Try(CaseFiles f, int hour) { barrier.SignalAndWait(); try { f.SetHHour("BE-2026-0042", "day1", Start.AddHours(hour), "lead.anna", Start); return null; } catch (InvalidOperationException e) { return e; } }
        var a = Task.Run(() => Try(files, 20));
        var b = Task.Run(() => Try(other, 21));

        Assert.Single(new[] { a.Result, b.Result }, e => e is null);
        Assert.Equal(2, store.History("BE-2026-0042", CaseKinds.ActionDay, "day1").Count);
    }

    [ComplianceFact]
    public void A_warrant_with_consent_gives_the_decision_limit_and_a_later_decision_meets_it()
    {
        var files = new CaseFiles(NewStore());
        Opened(files);
        files.AddPerson("BE-2026-0042", new CasePerson("S1", DataSubjectCategory.Suspect, "Mehmet K.", null, B2), "lead.anna", Start);
        var facts = new ArrestWarrantFacts("Europe/Madrid", new DateOnly(2026, 3, 9), new DateOnly(2026, 3, 10));
        files.PutWarrant("BE-2026-0042", new ArrestWarrant("EAW-1", WarrantDirection.Issued, new DateOnly(2026, 3, 5), "ES", "S1", facts, null, "lead.anna", Start, B2));

        var decision = files.Deadlines("lead.anna").Single(d => d.Deadline.Key == "warrant.EAW-1.eaw.decision");
        Assert.Equal(new DateOnly(2026, 3, 20), decision.Deadline.LastDay);
        Assert.Equal("BE-2026-0042", decision.CaseReference);
        Assert.Single(CaseFiles.Upcoming(files.Deadlines("lead.anna"), new DateTimeOffset(2026, 3, 15, 0, 0, 0, TimeSpan.Zero), TimeSpan.FromDays(7)));

        var version = files.PutWarrant("BE-2026-0042", new ArrestWarrant("EAW-1", WarrantDirection.Issued, new DateOnly(2026, 3, 5), "ES", "S1", facts with { FinalDecisionOn = new DateOnly(2026, 3, 18) }, null, "lead.anna", Start, B2));
        Assert.Equal(2, version);
        var all = files.Deadlines("lead.anna");
        Assert.Equal(DeadlineState.Met, DeadlineAlert.At(all.Single(d => d.Deadline.Key == "warrant.EAW-1.eaw.decision").Deadline, Start.AddDays(30)).State);
        Assert.Equal(new DateOnly(2026, 3, 28), all.Single(d => d.Deadline.Key == "warrant.EAW-1.eaw.surrender").Deadline.LastDay);
        Assert.Throws<InvalidOperationException>(() => files.PutWarrant("BE-2026-0042", new ArrestWarrant("EAW-2", WarrantDirection.Received, new DateOnly(2026, 3, 5), "ES", "nobody", null, null, "lead.anna", Start, B2)));
    }

    [ComplianceFact]
    public void A_request_is_kept_and_its_limit_met_when_answered()
    {
        var files = new CaseFiles(NewStore());
        Opened(files);
        var request = new InformationRequest("RQ-1", new DateTimeOffset(2026, 3, 2, 20, 0, 0, TimeSpan.FromHours(1)), "Europe/Brussels", Urgent: false, DirectlyAccessible: false);
        files.PutRequest("BE-2026-0042", new CaseInformationRequest(request, RequestDirection.Received, "ES SPOC", "subscriber of +34 600 000 001", null, "ana.k", B2), Start);
        Assert.Equal(new DateOnly(2026, 3, 9), files.Deadlines("ana.k").Single().Deadline.LastDay);

        files.PutRequest("BE-2026-0042", new CaseInformationRequest(request, RequestDirection.Received, "ES SPOC", "subscriber of +34 600 000 001", Start.AddDays(2), "ana.k", B2), Start.AddDays(2));
        Assert.NotNull(files.Deadlines("ana.k").Single().Deadline.MetAt);
        Assert.Equal(2, files.Store.History("BE-2026-0042", CaseKinds.Request, "RQ-1").Count);
    }

    [ComplianceFact]
    public void A_victim_record_is_kept_apart_and_opened_only_by_victim_support_and_the_lead()
    {
        var store = NewStore();
        var files = new CaseFiles(store);
        Opened(files);
        files.AddMember("BE-2026-0042", new CaseMember("vs.l", CaseRole.VictimSupport), "lead.anna", Start);
        files.AddMember("BE-2026-0042", new CaseMember("ana.k", CaseRole.Analyst), "lead.anna", Start);
        var record = new VictimRecord(Victim1, "BE-2026-0042", "Real Name", "RO", ["ro"]);
        files.AddVictim("BE-2026-0042", record, B2, "vs.l", Start);
        files.UpdateVictim("BE-2026-0042", Victim1, "vs.l", v => v.Refer(new Referral("Payoke", new DateOnly(2026, 3, 3)), files.Rules).WithInterpreter("ro"), Start.AddDays(1));

        var seen = files.Victim("BE-2026-0042", Victim1, "vs.l")!;
        Assert.Equal(new DateOnly(2026, 4, 17), seen.Reflection!.LastDay);
        Assert.Equal("Payoke", seen.Referral!.Centre);
        Assert.NotNull(files.Victim("BE-2026-0042", Victim1, "lead.anna"));
        Assert.Null(files.Victim("BE-2026-0042", Victim1, "ana.k"));
        Assert.Null(files.Victim("BE-2026-0042", Victim1, "stranger"));
        Assert.Null(files.Victim("BE-2026-0042", VictimPseudonym.FromRandom([9, 9, 9, 9, 9]), "vs.l"));
        Assert.Empty(files.Victims("BE-2026-0042", "ana.k"));
        Assert.Throws<KeyNotFoundException>(() => files.UpdateVictim("BE-2026-0042", Victim1, "ana.k", v => v, Start));

        // The case holds her pseudonym only; no case-wide read returns her record.
        var person = Assert.Single(files.Get("BE-2026-0042").Case.Persons);
        Assert.Equal(Victim1.Value, person.DisplayName);
        Assert.Null(person.Name);
        Assert.DoesNotContain(store.Current("BE-2026-0042"), r => r.Kind == CaseKinds.Victim || r.Payload.Contains("Real Name", StringComparison.Ordinal));
        Assert.Contains(files.Deadlines("vs.l"), d => d.Source == "victim " + Victim1.Value);
        Assert.DoesNotContain(files.Deadlines("ana.k"), d => d.Source.StartsWith("victim", StringComparison.Ordinal));
        Assert.Equal(2, store.History("BE-2026-0042", CaseKinds.Victim, Victim1.Value).Count);
    }

    [ComplianceFact]
    public void A_referral_to_an_address_is_refused_and_nothing_is_stored()
    {
        var files = new CaseFiles(NewStore());
        Opened(files);
        files.AddVictim("BE-2026-0042", new VictimRecord(Victim1, "BE-2026-0042"), B2, "lead.anna", Start);
        Assert.ThrowsAny<ArgumentException>(() => files.UpdateVictim("BE-2026-0042", Victim1, "lead.anna", v => v.Refer(new Referral("Rue de la Loi 16", new DateOnly(2026, 3, 3)), files.Rules), Start));
        Assert.Null(files.Victim("BE-2026-0042", Victim1, "lead.anna")!.Referral);
    }

    [ComplianceFact]
    public void A_copy_holds_every_version_of_every_record_victims_included()
    {
        var source = NewStore();
        var files = new CaseFiles(source);
        Opened(files);
        files.PutEntry("BE-2026-0042", new Note("N1", "first", "ana.k", Start, B2), "ana.k", Start);
        files.PutEntry("BE-2026-0042", new Note("N1", "second", "ana.k", Start, B2), "ana.k", Start.AddMinutes(1));
        files.AddVictim("BE-2026-0042", new VictimRecord(Victim1, "BE-2026-0042", "Real Name"), B2, "lead.anna", Start);
        var target = NewStore();

        var (cases, records) = CaseFiles.Copy(source, target);

        Assert.Equal(1, cases);
        Assert.Equal(records, source.Current("BE-2026-0042").Sum(r => r.Version) + 1);
        var copied = new CaseFiles(target);
        Assert.Equal(["first", "second"], copied.EntryHistory("BE-2026-0042", "N1").Select(h => h.Entry.Body));
        Assert.Equal("Real Name", copied.Victim("BE-2026-0042", Victim1, "lead.anna")!.Name);
        Assert.Equal(files.Get("BE-2026-0042").Header.Title, copied.Get("BE-2026-0042").Header.Title);
        Assert.Throws<InvalidOperationException>(() => CaseFiles.Copy(source, target));
    }
}
