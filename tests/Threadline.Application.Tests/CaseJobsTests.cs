using Threadline.Application.Cases;
using Threadline.Application.Jobs;
using Threadline.Application.Link;
using Threadline.Cases.Deadlines;
using Threadline.Cases.Grading;
using Threadline.Cases.Model;
using Threadline.Cases.Store;
using Threadline.Cases.Warrants;
using Threadline.Linking;
using Threadline.Storage.Sqlite;
using Threadline.Storage.Sqlite.Cases;

namespace Threadline.Application.Tests;

/// <summary>Issue 17 jobs: a case opened from a network lead keeps its evidence as of that day; later changes are told by stable id; one timeline.</summary>
public sealed class CaseJobsTests : IDisposable
{
    private static readonly DateTimeOffset At = new(2026, 3, 20, 9, 0, 0, TimeSpan.Zero);
    private readonly string _folder = Directory.CreateTempSubdirectory("tl-case-").FullName;

    public void Dispose()
    {
        Microsoft.Data.Sqlite.SqliteConnection.ClearAllPools();
        Directory.Delete(_folder, recursive: true);
    }

    private (SqliteWorkspaceStore Store, CaseFiles Files, Network Top) Linked()
    {
        var path = Path.Combine(_folder, "ws.db");
        var store = SqliteWorkspaceStore.Open(path);
        var result = Linker.Link(World.Ads(networks: 3, independents: 10), []);
        LinkResults.Save(store, result, At);
        return (store, new CaseFiles(SqliteCaseStore.Open(path)), result.Networks[0]);
    }

    private static OpenCaseRequest Request(string networkId) => new(
        networkId, "BE-2026-0042", "Rotating flats", "Criminal Code Art. 433quinquies", new Magistrate(MagistrateRole.Prosecutor, "A. Claes", "Antwerp prosecutor's office"), "lead.anna", Marking.Parse("X3 H0"), At);

    [Fact]
    public void Opening_from_a_network_attaches_its_personas_ads_and_phones_with_their_scores_as_of_that_day()
    {
        var (store, files, top) = Linked();
        using (store)
        using (files.Store)
        {
            var file = CaseJobs.OpenFromNetwork(store, files, Request(top.Id));

            var snapshot = Assert.Single(file.Case.Attachments).Snapshot!;
            Assert.Equal(top.Risk.Total, snapshot.Score);
            Assert.Equal(At, snapshot.TakenAt);
            Assert.Equal(top.PersonaIds.Select(p => "persona:" + p).Order(StringComparer.Ordinal), snapshot.Members.Keys.Where(k => k.StartsWith("persona:", StringComparison.Ordinal)));
            Assert.Contains("phone:" + top.Phones[0], snapshot.Members.Keys);
            Assert.Equal(top.AdCount, snapshot.Members.Keys.Count(k => k.StartsWith("ad:", StringComparison.Ordinal)));
            Assert.Equal("lead.anna", file.Case.LeadUserId);
            Assert.Throws<JobException>(() => CaseJobs.OpenFromNetwork(store, files, Request("N-nothing") with { Reference = "X-1" }));
            Assert.Throws<InvalidOperationException>(() => CaseJobs.OpenFromNetwork(store, files, Request(top.Id)));
        }
    }

    [Fact]
    public void A_later_link_run_shows_what_changed_in_the_attached_network_and_when_it_is_gone()
    {
        var (store, files, top) = Linked();
        using (store)
        using (files.Store)
        {
            var file = CaseJobs.OpenFromNetwork(store, files, Request(top.Id));
            Assert.True(Assert.Single(CaseJobs.Changes(store, file, At)).Diff!.IsEmpty);

            // A re-link: one phone gone, another come, the score down.
            var changed = top with { Phones = ["+32499000111", .. top.Phones.Skip(1)], Risk = top.Risk with { Total = top.Risk.Total - 10 } };
            LinkResults.SaveNetworks(store, [changed], replace: false);
            var change = Assert.Single(CaseJobs.Changes(store, file, At.AddDays(7)));
            Assert.False(change.Gone);
            Assert.Equal(["phone:+32499000111"], change.Diff!.Added.ToArray());
            Assert.Equal(["phone:" + top.Phones[0]], change.Diff.Removed.ToArray());
            Assert.Equal(top.Risk.Total - 10, change.Diff.ScoreAfter);
            Assert.Equal(1, change.AddedByKind["phone"]);

            store.DeleteResults(LinkResults.NetworkKind);
            Assert.True(Assert.Single(CaseJobs.Changes(store, file, At.AddDays(8))).Gone);
        }
    }

    [Fact]
    public void The_timeline_holds_the_personas_stays_the_warrant_its_deadlines_and_the_notes_and_filters_by_place_and_person()
    {
        var (store, files, top) = Linked();
        using (store)
        using (files.Store)
        {
            CaseJobs.OpenFromNetwork(store, files, Request(top.Id));
            files.AddPerson("BE-2026-0042", new CasePerson("S1", DataSubjectCategory.Suspect, "Mehmet K.", null, Marking.Parse("B2 H0")), "lead.anna", At);
            files.PutWarrant("BE-2026-0042", new ArrestWarrant("EAW-1", WarrantDirection.Issued, new DateOnly(2026, 3, 5), "ES", "S1", new ArrestWarrantFacts("Europe/Madrid", new DateOnly(2026, 3, 9), new DateOnly(2026, 3, 10)), null, "lead.anna", At, Marking.Parse("A1 H0")));
            files.PutEntry("BE-2026-0042", new Note("N1", "booker pays cash", "ana.k", At.AddHours(1), Marking.Parse("B2 H1")), "ana.k", At.AddHours(1));
            var file = files.Get("BE-2026-0042");

            var all = CaseTimeline.Build(store, files, file, "lead.anna");
            var kinds = all.Events.Select(e => e.Kind).ToHashSet(StringComparer.Ordinal);
            Assert.Superset(new HashSet<string>(["case", "stay", "warrant", "deadline", "note"], StringComparer.Ordinal), kinds);
            Assert.Equal(all.Events.OrderBy(e => e.At).Select(e => e.At), all.Events.Select(e => e.At));
            Assert.Contains(all.Events, e => e.Kind == "deadline" && e.Title.Contains("Art. 17(2)", StringComparison.Ordinal));

            var inSpain = CaseTimeline.Build(store, files, file, "lead.anna", new TimelineFilter(Place: "ES"));
            Assert.NotEmpty(inSpain.Events);
            Assert.All(inSpain.Events, e => Assert.Contains("ES", e.Place!, StringComparison.Ordinal));

            var suspect = CaseTimeline.Build(store, files, file, "lead.anna", new TimelineFilter(Person: "S1"));
            Assert.Equal(3, suspect.Events.Count(e => e.Kind == "warrant"));
            Assert.All(suspect.Events, e => Assert.Contains("S1", e.Persons));
        }
    }
}
