using System.Collections.Concurrent;
using Threadline.Core.Statements;
using static Threadline.Storage.Compliance.Statements;

namespace Threadline.Storage.Compliance;

/// <summary>
/// Several writers and readers on one workspace at once (one process's threads, and a second handle as another analyst
/// would have): batches are all or nothing to everyone, concurrent sightings of one statement converge, and a reader
/// that follows the change sequence misses nothing.
/// </summary>
public abstract partial class WorkspaceStoreCompliance
{
    [ComplianceFact]
    public async Task Concurrent_writers_of_the_same_statements_converge_on_one_row_each()
    {
        var first = NewStore();
        var stores = new[] { first, Second(first) };
        const int Writers = 6;
        const int Batches = 8;
        var summaries = new ConcurrentBag<WriteSummary>();
        await Task.WhenAll(Enumerable.Range(0, Writers).Select(w => Task.Run(() =>
        {
            for (var b = 0; b < Batches; b++)
            {
                var day = (w * Batches) + b;
                var batch = Enumerable.Range(0, 60)
                    .SelectMany(i => new[] { Ad($"ad-{(i * 7) % 60:D2}", "title", $"shared {i % 60}", day: day), Ad($"ad-{i:D2}", "raw:writer", $"w{w}", day: day) })
                    .ToList();
                summaries.Add(stores[w % 2].Write(batch));
            }
        })));

        Assert.Equal(60 + (60 * Writers), summaries.Sum(s => s.Inserted));
        Assert.Equal(60 + (60 * Writers), first.CountStatements());
        Assert.Equal(60, first.CountEntities("Advertisement"));
        foreach (var statement in first.ReadStatements(new StatementQuery { Property = "title" }))
        {
            Assert.Equal(Day(0), statement.FirstSeen);
            Assert.Equal(Day((Writers * Batches) - 1), statement.LastSeen);
        }

        Assert.Equal(60, first.EntitiesChangedSince("Advertisement", 0).Count());
    }

    [ComplianceFact]
    public async Task Readers_never_see_half_a_batch_while_others_write()
    {
        var writer = NewStore();
        var reader = Second(writer);
        const int Size = 40;
        var done = 0;
        var writing = Task.Run(() =>
        {
            try
            {
                for (var b = 0; b < 25; b++)
                {
                    writer.Write(Enumerable.Range(0, Size).SelectMany(i => new[] { Ad($"ad-{b:D2}-{i:D2}", "title", "zebra crossing"), Ad($"ad-{b:D2}-{i:D2}", "city", "Gent") }).ToList());
                }
            }
            finally
            {
                Volatile.Write(ref done, 1);
            }
        });

        var looks = 0;
        var readers = Enumerable.Range(0, 3).Select(r => Task.Run(() =>
        {
            while (Volatile.Read(ref done) == 0 || looks < 6)
            {
                var entities = reader.CountEntities("Advertisement");
                var statements = reader.CountStatements();
                Assert.Equal(0, entities % Size);
                Assert.Equal(0, statements % (2 * Size));
                Assert.Equal(0, reader.Search("zebra", limit: 10_000).Count % Size);
                Interlocked.Increment(ref looks);
            }
        })).ToArray();
        await writing;
        await Task.WhenAll(readers);
        Assert.Equal(25 * Size, reader.CountEntities("Advertisement"));
    }

    [ComplianceFact]
    public async Task A_reader_following_the_change_sequence_misses_nothing_written_meanwhile()
    {
        var first = NewStore();
        var stores = new[] { first, Second(first) };
        var written = new ConcurrentBag<string>();
        var writers = Enumerable.Range(0, 4).Select(w => Task.Run(() =>
        {
            for (var b = 0; b < 12; b++)
            {
                var ids = Enumerable.Range(0, 15).Select(i => $"ad-{w}-{b:D2}-{i:D2}").ToList();
                stores[w % 2].Write(ids.Select(id => Ad(id, "title", "t " + id)).ToList());
                foreach (var id in ids)
                {
                    written.Add(id);
                }
            }
        })).ToArray();

        var seen = new HashSet<string>(StringComparer.Ordinal);
        var watermark = 0L;
        void Follow()
        {
            var upTo = first.LastSequence();
            seen.UnionWith(first.EntitiesChangedSince("Advertisement", watermark));
            watermark = upTo;
        }

        while (!writers.All(w => w.IsCompleted))
        {
            Follow();
            await Task.Delay(1);
        }

        await Task.WhenAll(writers);
        Follow();
        Assert.Equal(written.Count, written.Distinct().Count());
        Assert.Equal(written.Order(StringComparer.Ordinal), seen.Order(StringComparer.Ordinal));
    }

    [ComplianceFact]
    public async Task A_failing_batch_leaves_nothing_while_good_batches_beside_it_land_whole()
    {
        var store = NewStore();
        store.Write([Of("Phone", "phone-1", "number", "+32470000001")]);
        var failures = 0;
        await Task.WhenAll(Enumerable.Range(0, 4).Select(w => Task.Run(() =>
        {
            for (var b = 0; b < 6; b++)
            {
                var batch = Enumerable.Range(0, 30).Select(i => Ad($"ad-{w}-{b}-{i:D2}", "title", "good")).ToList();
                if ((w + b) % 3 == 0)
                {
                    batch.Add(Ad("phone-1", "title", "an ad id that is already a phone"));
                    Assert.Throws<InvalidOperationException>(() => store.Write(batch));
                    Interlocked.Increment(ref failures);
                }
                else
                {
                    store.Write(batch);
                }
            }
        })));

        Assert.Equal(((4 * 6) - failures) * 30, store.CountEntities("Advertisement"));
        Assert.Equal(1 + (((4 * 6) - failures) * 30), store.CountStatements());
        Assert.Equal("Phone", store.GetEntity("phone-1")!.Schema);
    }

    [ComplianceFact]
    public void A_second_handle_sees_what_the_first_wrote_and_writes_beside_it()
    {
        var first = NewStore();
        first.Write([Ad("ad-1", "title", "Lina in Gent")]);
        first.SetMeta("k", "v");
        var second = Second(first);
        Assert.Equal("v", second.GetMeta("k"));
        Assert.Single(second.Search("lina"));
        second.Write([Ad("ad-2", "title", "Mia in Gent"), Of("Phone", "phone-9", "number", "+32470000009")]);
        Assert.Equal(2, first.Search("gent").Count);
        Assert.Equal(3, first.CountEntities());
        Assert.Equal("Phone", first.GetEntity("phone-9")!.Schema);
    }
}
