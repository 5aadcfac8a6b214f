namespace Threadline.Cli.Tests;

public sealed class DemoTests
{
    [Fact]
    public void Sample_demo_runs_in_a_fresh_workspace_and_reports_what_it_holds()
    {
        using var cli = new CliRunner();
        var result = cli.Run("demo", "--sample", "--dir", "demo");
        Assert.True(result.ExitCode == 0, result.Error);
        Assert.Contains("Advertisement", result.Error, StringComparison.Ordinal);
        Assert.True(File.Exists(Path.Combine(cli.Directory, "demo", "threadline.db")));
        // It ends by saying how to open the workspace in the browser.
        var end = string.Join(' ', result.Error[result.Error.LastIndexOf("Try:", StringComparison.Ordinal)..].Split((char[])['\n', '\r', ' '], StringSplitOptions.RemoveEmptyEntries));
        Assert.Contains("./threadline serve --workspace " + Path.Combine("demo", "threadline.db"), end, StringComparison.Ordinal);
        Assert.EndsWith("http://127.0.0.1:5080/", end, StringComparison.Ordinal);
        Assert.Equal(0, cli.Run("demo", "--sample", "--dir", "demo").ExitCode);
    }
}
