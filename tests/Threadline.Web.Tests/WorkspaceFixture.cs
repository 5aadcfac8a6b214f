using Threadline.Cli;
using Threadline.Cli.Infrastructure;

namespace Threadline.Web.Tests;

/// <summary>
/// One small simulated workspace for every web test (built once: simulate, ingest, extract, link, money), plus two ads
/// of our own: one whose title carries a script tag, and the same phone written two ways.
/// </summary>
public sealed class WorkspaceFixture : IDisposable
{
    /// <summary>The phone both extra ads carry, in E.164.</summary>
    public const string ExtraPhone = "+32470123456";

    public WorkspaceFixture()
    {
        Directory = System.IO.Directory.CreateTempSubdirectory("tl-web-").FullName;
        Workspace = Path.Combine(Directory, "ws.db");
        var world = Path.Combine(Directory, "world");
        var extra = Path.Combine(Directory, "extra", "tulip.jsonl");
        System.IO.Directory.CreateDirectory(Path.GetDirectoryName(extra)!);
        File.WriteAllLines(extra,
        [
            """{"site":"tulip.example","ad_id":"xss-1","url":"https://tulip.example/ad/xss-1","posted_at":"2026-02-03T10:00:00Z","city":"Gent","country":"BE","title":"<script>window.__pwned=1</script> Nieuw in Gent <img src=x onerror=alert(1)>","body":"Lieve Mira, 23 jaar. Bel me op 0470 12 34 56. Discreet en nieuw in de stad."}""",
            """{"site":"tulip.example","ad_id":"xss-2","url":"https://tulip.example/ad/xss-2","posted_at":"2026-02-10T10:00:00Z","city":"Antwerpen","country":"BE","title":"Mira, nieuw in Antwerpen","body":"Mira 23 jaar, bel +32 470 12 34 56 of mail mira.gent@example.org"}""",
        ]);
        Run("simulate", "--seed", "7", "--ads", "1500", "--out", world);
        Run("ingest", "ads", Path.Combine(world, "ads"), extra, "--workspace", Workspace);
        Run("ingest", "bookings", Path.Combine(world, "bookings"), "--workspace", Workspace);
        Run("extract", "--workspace", Workspace);
        Run("link", "--workspace", Workspace);
        Run("ingest", "transactions", Path.Combine(world, "bank"), "--workspace", Workspace);
        Run("money", "--workspace", Workspace);
    }

    public string Directory { get; }

    public string Workspace { get; }

    public void Dispose()
    {
        try
        {
            System.IO.Directory.Delete(Directory, recursive: true);
        }
        catch (IOException)
        {
        }
    }

    private void Run(params string[] args)
    {
        using var output = new StringWriter();
        using var error = new StringWriter();
        var code = CliApp.Run(args, CliEnvironment.ForWriters(output, error, null, Directory));
        if (code != 0)
        {
            throw new InvalidOperationException($"threadline {string.Join(' ', args)} failed ({code}): {error}");
        }
    }
}

/// <summary>The tests that share the workspace.</summary>
[CollectionDefinition(Name)]
public sealed class WebCollection : ICollectionFixture<WorkspaceFixture>
{
    public const string Name = "web";
}
