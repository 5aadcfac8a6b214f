using Threadline.Cli.Infrastructure;

namespace Threadline.Cli.Tests;

/// <summary><c>threadline serve</c>: a bad port is a usage error; bound beyond loopback it warns before it listens.</summary>
public sealed class ServeCliTests
{
    [Fact]
    public void A_port_out_of_range_is_a_usage_error()
    {
        using var cli = new CliRunner();
        Ingest(cli);
        var result = cli.Run("serve", "--port", "70000", "--workspace", cli.Workspace);
        Assert.Equal(2, result.ExitCode);
        Assert.Contains("--port must be between 1 and 65535", result.Error, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("http://0.0.0.0:0", true)]
    [InlineData("http://127.0.0.1:0", false)]
    public async Task Serving_beyond_loopback_warns_and_loopback_does_not(string urls, bool warns)
    {
        using var cli = new CliRunner();
        Ingest(cli);
        using var stop = new CancellationTokenSource(TimeSpan.FromSeconds(20));
        using var output = new StringWriter();
        using var error = new StringWriter();
        var environment = CliEnvironment.ForWriters(output, error, null, cli.Directory, stop.Token);
        var serving = Task.Run(() => CliApp.Run(["serve", "--urls", urls, "--workspace", cli.Workspace], environment));
        // Stop as soon as it says it serves (or after 20 s on a very slow machine).
        var deadline = DateTime.UtcNow.AddSeconds(20);
        while (!serving.IsCompleted && DateTime.UtcNow < deadline && !Said(error, "Ctrl+C stops"))
        {
            await Task.Delay(50);
        }

        await stop.CancelAsync();
        await serving.WaitAsync(TimeSpan.FromSeconds(30));
        var text = Said(error);
        Assert.True(text.Contains("Ctrl+C stops", StringComparison.Ordinal), text);
        Assert.Equal(warns, text.Contains("Warning:", StringComparison.Ordinal));
        Assert.Equal(warns, text.Contains("no accounts, no access control and no audit log", StringComparison.Ordinal));
    }

    private static bool Said(StringWriter writer, string what) => Said(writer).Contains(what, StringComparison.Ordinal);

    private static string Said(StringWriter writer)
    {
        lock (writer)
        {
            return string.Join(' ', writer.ToString().Split((char[])['\n', '\r', ' '], StringSplitOptions.RemoveEmptyEntries));
        }
    }

    private static void Ingest(CliRunner cli)
    {
        var ads = cli.Write("ads/tulip.jsonl", """{"site":"tulip.example","ad_id":"a1","url":"https://tulip.example/ad/a1","posted_at":"2026-02-03T10:00:00Z","city":"Gent","country":"BE","title":"Nieuw in Gent","body":"Bel 0470 12 34 56"}""" + "\n");
        Assert.Equal(0, cli.Run("ingest", "ads", ads, "--workspace", cli.Workspace).ExitCode);
    }
}
