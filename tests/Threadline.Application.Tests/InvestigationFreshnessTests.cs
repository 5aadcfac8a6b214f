using System.Reflection;
using Threadline.Application.Link;
using Threadline.Application.Queries;
using Threadline.Application.Queries.Leads;
using Threadline.Core.Statements;
using Threadline.Linking;
using Threadline.Storage;
using Threadline.Storage.Sqlite;

namespace Threadline.Application.Tests;

/// <summary>
/// The web app keeps indexes of the workspace between requests (<see cref="Investigation"/>) and asks the store once
/// per request whether the workspace changed (<see cref="Investigation.Pinned"/>): a change made before a request
/// shows in it, and a request does not ask again at every index it reads.
/// </summary>
public sealed class InvestigationFreshnessTests : IDisposable
{
    private static readonly DateTimeOffset At = new(2026, 12, 4, 12, 0, 0, TimeSpan.Zero);
    private readonly string _folder = Directory.CreateTempSubdirectory("tl-fresh-").FullName;

    public void Dispose() => Directory.Delete(_folder, recursive: true);

    [Fact]
    public void A_request_asks_whether_the_workspace_changed_once_however_many_indexes_it_reads()
    {
        using var sqlite = SqliteWorkspaceStore.Open(Path.Combine(_folder, "ws.db"));
        var store = CountingStore.Over(sqlite);
        Link(sqlite, networks: 3, 0);
        var shared = new Investigation(store);

        var request = shared.Pinned();
        Assert.NotEmpty(LeadQueries.List(request, new LeadFilter()).Items);
        _ = LeadQueries.Choices(request);
        _ = request.Summary();
        _ = request.TemplateOf("n0w0a0");
        _ = request.HubsOf("+32470000000");
        _ = request.SiteName("site-1");
        Assert.Equal(1, CountingStore.Sequences(store));

        // Unpinned (a CLI command), every read asks.
        _ = shared.Summary();
        _ = LeadQueries.Choices(shared);
        Assert.Equal(3, CountingStore.Sequences(store));
    }

    [Fact]
    public void A_link_run_and_an_ingest_made_between_requests_show_in_the_next_request()
    {
        using var store = SqliteWorkspaceStore.Open(Path.Combine(_folder, "ws.db"));
        Link(store, networks: 2, 0);
        var shared = new Investigation(store);
        var first = shared.Pinned();
        var before = LeadQueries.List(first, new LeadFilter()).Total;
        var linkedAt = first.Summary()!.LinkedAt;

        // A new link run (it writes its judgements as statements, which moves the sequence) with more networks.
        Link(store, networks: 5, 1);
        var second = shared.Pinned();
        Assert.True(LeadQueries.List(second, new LeadFilter()).Total > before);
        Assert.Equal(At.AddDays(1), second.Summary()!.LinkedAt);
        Assert.True(LeadQueries.Choices(second).Networks > before);

        // The earlier request, still running, may see the newer indexes (never older than its own start).
        Assert.NotEqual(linkedAt, first.Summary()!.LinkedAt);

        // An ingest of a new site: the next request names it.
        Assert.Equal("site-new", second.SiteName("site-new"));
        store.Write([new Statement("site-new", "Site", "name", "newsite.example", "test", null, "test", "1", At, At)]);
        Assert.Equal("newsite.example", shared.Pinned().SiteName("site-new"));
    }

    private static void Link(IWorkspaceStore store, int networks, int day)
    {
        var result = Linker.Link(World.Ads(networks, independents: 4), []);
        LinkResults.Save(store, result, At.AddDays(day));
        store.Write([new Statement("link-run", "Site", "name", "run " + day, "test", null, "link", "1", At.AddDays(day), At.AddDays(day))]);
    }

    /// <summary>A store that counts how often it is asked for its change sequence.</summary>
    public class CountingStore : DispatchProxy
    {
        private IWorkspaceStore? _inner;
        private int _sequences;

        public static IWorkspaceStore Over(IWorkspaceStore inner)
        {
            var proxy = Create<IWorkspaceStore, CountingStore>();
            ((CountingStore)(object)proxy)._inner = inner;
            return proxy;
        }

        public static int Sequences(IWorkspaceStore store) => ((CountingStore)(object)store)._sequences;

        protected override object? Invoke(MethodInfo? targetMethod, object?[]? args)
        {
            ArgumentNullException.ThrowIfNull(targetMethod);
            if (targetMethod.Name == nameof(IWorkspaceStore.LastSequence))
            {
                Interlocked.Increment(ref _sequences);
            }

            try
            {
                return targetMethod.Invoke(_inner, args);
            }
            catch (TargetInvocationException e) when (e.InnerException is not null)
            {
                throw e.InnerException;
            }
        }
    }
}
