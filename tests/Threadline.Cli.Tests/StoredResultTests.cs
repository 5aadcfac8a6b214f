using System.Text.Json;
using Threadline.Cli.Infrastructure;
using Threadline.Storage;
using Threadline.Storage.Sqlite;

namespace Threadline.Cli.Tests;

/// <summary>Job results kept compressed in the workspace settings; results written as plain JSON still load.</summary>
public sealed class StoredResultTests : IDisposable
{
    private static readonly JsonSerializerOptions Options = new(JsonSerializerDefaults.Web);
    private readonly string _dir = Directory.CreateTempSubdirectory("threadline-stored-").FullName;

    [Fact]
    public void A_result_round_trips_and_is_stored_compressed()
    {
        using var store = SqliteWorkspaceStore.Open(Path.Combine(_dir, "ws.db"));
        var value = new Sample("lead", Enumerable.Range(0, 20_000).Select(i => "ad-" + i).ToList());
        StoredResult.Save(store, "job.result", value, Options);
        var back = StoredResult.Load<Sample>(store, "job.result", Options)!;
        Assert.Equal(value.Name, back.Name);
        Assert.Equal(value.Ads, back.Ads);
        var stored = store.GetMeta("job.result")!;
        Assert.StartsWith("gzip-base64:", stored, StringComparison.Ordinal);
        Assert.True(stored.Length < JsonSerializer.Serialize(value, Options).Length, $"stored {stored.Length} characters");
    }

    [Fact]
    public void Plain_json_from_earlier_versions_loads_and_a_missing_result_is_null()
    {
        using var store = SqliteWorkspaceStore.Open(Path.Combine(_dir, "ws.db"));
        store.SetMeta("job.result", """{"name":"old","ads":["a","b"]}""");
        Assert.Equal(["a", "b"], StoredResult.Load<Sample>(store, "job.result", Options)!.Ads);
        Assert.Null(StoredResult.Load<Sample>(store, "other.result", Options));
    }

    public void Dispose()
    {
        try
        {
            Directory.Delete(_dir, recursive: true);
        }
        catch (IOException)
        {
        }
    }

    public sealed record Sample(string Name, List<string> Ads);
}
