namespace Threadline.Cli.Tests;

public sealed class ExitCodeTests
{
    [Fact]
    public void No_command_is_bad_usage()
    {
        using var cli = new CliRunner();
        var result = cli.Run();
        Assert.Equal(2, result.ExitCode);
        Assert.Contains("--help", result.Error, StringComparison.Ordinal);
    }

    [Fact]
    public void Unknown_option_is_bad_usage_with_one_clear_line()
    {
        using var cli = new CliRunner();
        var result = cli.Run("stats", "--frobnicate");
        Assert.Equal(2, result.ExitCode);
        Assert.Contains("--frobnicate", result.Error, StringComparison.Ordinal);
        Assert.DoesNotContain("   at ", result.Error, StringComparison.Ordinal);
    }

    [Fact]
    public void Unknown_command_is_bad_usage()
    {
        using var cli = new CliRunner();
        Assert.Equal(2, cli.Run("frobnicate").ExitCode);
    }

    [Theory]
    [InlineData("--help")]
    [InlineData("stats", "--help")]
    [InlineData("search", "--help")]
    [InlineData("export", "--help")]
    [InlineData("ingest", "ads", "--help")]
    [InlineData("demo", "--help")]
    [InlineData("simulate", "--help")]
    [InlineData("eval", "--help")]
    [InlineData("extract", "--help")]
    [InlineData("link", "--help")]
    [InlineData("networks", "--help")]
    [InlineData("report", "--help")]
    [InlineData("ingest", "bookings", "--help")]
    [InlineData("ingest", "transactions", "--help")]
    [InlineData("money", "--help")]
    public void Help_works_on_every_command(params string[] args)
    {
        using var cli = new CliRunner();
        var result = cli.Run(args);
        Assert.Equal(0, result.ExitCode);
        Assert.Contains("Usage", result.Output, StringComparison.OrdinalIgnoreCase);
    }

    [Fact]
    public void Reading_a_missing_workspace_fails_with_one_line_and_no_stack_trace()
    {
        using var cli = new CliRunner();
        var result = cli.Run("stats", "--workspace", "nowhere.db");
        Assert.Equal(1, result.ExitCode);
        Assert.Contains("no workspace", result.Error, StringComparison.Ordinal);
        Assert.DoesNotContain("   at ", result.Error, StringComparison.Ordinal);
        Assert.False(File.Exists(Path.Combine(cli.Directory, "nowhere.db")));
    }

    [Theory]
    [InlineData("stats")]
    [InlineData("ingest", "ads", "a.jsonl")]
    public void A_postgres_server_out_of_reach_fails_in_one_line_without_showing_its_password(params string[] args)
    {
        using var cli = new CliRunner();
        cli.Write("a.jsonl", "{}\n");
        var result = cli.Run([.. args, "--workspace", "postgres://analyst:s3cret@db.invalid/threadline?connect_timeout=3"]);
        Assert.Equal(1, result.ExitCode);
        Assert.Contains("cannot reach the PostgreSQL server of 'postgres://analyst@db.invalid/threadline'", result.Error, StringComparison.Ordinal);
        Assert.DoesNotContain("s3cret", result.Error, StringComparison.Ordinal);
        Assert.DoesNotContain("   at ", result.Error, StringComparison.Ordinal);
        Assert.Equal(["a.jsonl"], Directory.GetFileSystemEntries(cli.Directory).Select(e => Path.GetFileName(e)!).ToArray());
    }

    [Fact]
    public void A_file_that_is_not_a_workspace_fails_cleanly()
    {
        using var cli = new CliRunner();
        var path = cli.Write("notes.db", "this is not a database, just some text that is long enough to have a header");
        var result = cli.Run("stats", "--workspace", path);
        Assert.Equal(1, result.ExitCode);
        Assert.Contains("notes.db", result.Error, StringComparison.Ordinal);
        Assert.DoesNotContain("   at ", result.Error, StringComparison.Ordinal);
    }

    [Fact]
    public void Unknown_export_type_is_bad_usage()
    {
        using var cli = new CliRunner();
        var result = cli.Run("export", "--type", "Spaceship", "--workspace", cli.Workspace);
        Assert.Equal(2, result.ExitCode);
        Assert.Contains("Spaceship", result.Error, StringComparison.Ordinal);
    }

    [Fact]
    public void Workspace_comes_from_the_environment_when_not_given()
    {
        using var cli = new CliRunner();
        var result = cli.RunWith(new Dictionary<string, string> { ["THREADLINE_WORKSPACE"] = "from-env.db" }, "stats");
        Assert.Equal(1, result.ExitCode);
        Assert.Contains("from-env.db", result.Error, StringComparison.Ordinal);
    }
}
