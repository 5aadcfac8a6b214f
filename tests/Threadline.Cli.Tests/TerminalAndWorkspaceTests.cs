using System.Diagnostics;

namespace Threadline.Cli.Tests;

/// <summary>
/// Issue 12.12–12.14: ad text never drives the analyst's terminal; read commands work on a workspace
/// the user may only read; errors are said in the user's terms, not .NET's.
/// </summary>
public sealed class TerminalAndWorkspaceTests
{
    private const string HostileAd = """{"site":"s\u001b[31m.example","ad_id":"1","posted_at":"2026-03-01","city":"Gent\u001b]0;x\u0007","title":"Lina \u001b]0;pwned\u0007 new","body":"Lina here \u001b]52;c;ZXZpbA==\u0007 and \u009b2J and \u202eevil \u007f. Call 0470 12 34 56"}""";

    [Fact]
    public void Escape_and_control_sequences_in_ads_reach_the_terminal_only_as_visible_text()
    {
        using var cli = new CliRunner();
        var ws = new[] { "--workspace", cli.Workspace };
        Assert.Equal(0, cli.Run(["ingest", "ads", cli.Write("a.jsonl", HostileAd), .. ws]).ExitCode);
        foreach (var args in new[] { new[] { "search", "Lina" }, ["search", "evil"], ["stats"], ["search", "Lina", "--json"], ["stats", "--json"] })
        {
            var result = cli.Run([.. args, .. ws]);
            Assert.Equal(0, result.ExitCode);
            foreach (var text in new[] { result.Output, result.Error })
            {
                Assert.DoesNotContain(text, c => (c < ' ' && c != '\n' && c != '\r' && c != '\t') || c is >= '\u007f' and <= '\u009f' || c == '\u202e');
            }
        }

        var search = cli.Run(["search", "Lina", .. ws]);
        Assert.Contains("\u241b]0;pwned\u2407", search.Error, StringComparison.Ordinal);
    }

    [Fact]
    public void An_error_naming_a_hostile_file_name_is_printed_inert()
    {
        using var cli = new CliRunner();
        var result = cli.Run("ingest", "ads", "no\u001b]0;x\u0007such.jsonl", "--workspace", cli.Workspace);
        Assert.Equal(1, result.ExitCode);
        Assert.DoesNotContain('\u001b', result.Error);
        Assert.Contains("\u241b", result.Error, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("simulate --ads -5 --out sim", "--ads must be between 1 and 100,000,000")]
    [InlineData("simulate --days 2 --out sim", "--days must be between 7 and 3,660")]
    [InlineData("simulate --ads 10 --profile nowhere.json --out sim", "--profile: profile file not found")]
    [InlineData("demo --ads -5 --dir d", "--ads must be between 1 and 100,000,000")]
    public void Bad_option_values_are_named_as_options(string args, string expected)
    {
        using var cli = new CliRunner();
        var result = cli.Run(args.Split(' '));
        Assert.Equal(2, result.ExitCode);
        Assert.Contains(expected, result.Error, StringComparison.Ordinal);
        Assert.DoesNotContain("Parameter", result.Error, StringComparison.Ordinal);
        Assert.DoesNotContain("System.", result.Error, StringComparison.Ordinal);
    }

    [Fact]
    public void Output_paths_that_are_the_wrong_kind_are_refused_in_plain_words()
    {
        using var cli = new CliRunner();
        var ws = new[] { "--workspace", cli.Workspace };
        Assert.Equal(0, cli.Run(["ingest", "ads", cli.Write("a.jsonl", HostileAd), .. ws]).ExitCode);
        Assert.Equal(0, cli.Run(["extract", .. ws]).ExitCode);
        Assert.Equal(0, cli.Run(["link", .. ws]).ExitCode);
        var file = cli.Write("a-file.txt", "x");
        var folder = Path.Combine(cli.Directory, "a-folder");
        Directory.CreateDirectory(folder);

        foreach (var (args, expected) in new[]
        {
            (new[] { "report", "--out", file }, "is a file, not a folder"),
            (["simulate", "--ads", "10", "--out", file], "is a file, not a folder"),
            (["export", "--out", folder], "is a folder, not a file"),
            (["report", "--out", Path.Combine(file, "sub")], "cannot create or write to the folder"),
        })
        {
            var result = cli.Run([.. args, .. ws]);
            Assert.NotEqual(0, result.ExitCode);
            Assert.Contains(expected, result.Error, StringComparison.Ordinal);
            Assert.DoesNotContain("Exception", result.Error, StringComparison.Ordinal);
        }

        Assert.Equal("x", File.ReadAllText(file));
    }

    [ReadOnlyWorkspaceFact]
    [System.Runtime.Versioning.UnsupportedOSPlatform("windows")]
    public void Read_commands_work_on_a_workspace_the_user_may_only_read_and_writes_say_it_is_read_only()
    {
        using var cli = new CliRunner();
        var ws = new[] { "--workspace", cli.Workspace };
        Assert.Equal(0, cli.Run(["ingest", "ads", cli.Write("a.jsonl", HostileAd), .. ws]).ExitCode);
        Assert.Equal(0, cli.Run(["extract", .. ws]).ExitCode);
        Assert.Equal(0, cli.Run(["link", .. ws]).ExitCode);
        File.SetUnixFileMode(cli.Directory, (UnixFileMode)0b111_101_101);
        var folder = Path.Combine(cli.Directory, "locked");
        Directory.CreateDirectory(folder);
        var workspace = Path.Combine(folder, "ws.db");
        File.Copy(cli.Workspace, workspace);
        var before = File.ReadAllBytes(workspace);
        File.SetUnixFileMode(workspace, UnixFileMode.UserRead | UnixFileMode.GroupRead | UnixFileMode.OtherRead);
        var report = Path.Combine(cli.Directory, "report");
        Directory.CreateDirectory(report);
        File.SetUnixFileMode(report, (UnixFileMode)0b111_111_111);
        try
        {
            foreach (var folderMode in new[] { (UnixFileMode)0b111_101_101, (UnixFileMode)0b101_101_101 })
            {
                File.SetUnixFileMode(folder, folderMode);
                foreach (var args in new[] { new[] { "stats" }, ["search", "Lina"], ["networks", "--all"], ["export"], ["report", "--out", report] })
                {
                    var result = ReadOnlyUser.Run([.. args, "--workspace", workspace]);
                    Assert.True(result.ExitCode == 0, $"{string.Join(' ', args)} (folder {folderMode}): {result.Error}");
                }

                var ingest = ReadOnlyUser.Run(["ingest", "ads", Path.Combine(cli.Directory, "a.jsonl"), "--workspace", workspace]);
                Assert.Equal(1, ingest.ExitCode);
                Assert.Contains("is read-only", ingest.Error, StringComparison.Ordinal);
                Assert.DoesNotContain("SqliteException", ingest.Error, StringComparison.Ordinal);
            }
        }
        finally
        {
            File.SetUnixFileMode(folder, (UnixFileMode)0b111_101_101);
        }

        Assert.Equal(before, File.ReadAllBytes(workspace));
        Assert.Equal(["ws.db"], Directory.GetFiles(folder).Select(Path.GetFileName));
    }
}

/// <summary>
/// Runs the command as a user who may only read: the current user when it is not root (file modes bind
/// it), else the unprivileged user 65534 through setpriv (root ignores file modes).
/// </summary>
internal static class ReadOnlyUser
{
    public static bool Available => !OperatingSystem.IsWindows() && (!IsRoot || File.Exists("/usr/bin/setpriv"));

    /// <summary>Whether the unprivileged user can reach the built CLI (not when the checkout sits in a folder only its owner may enter, as under mktemp -d).</summary>
    public static bool CanReachCli => OperatingSystem.IsWindows() || !IsRoot || OthersMayReach(AppContext.BaseDirectory);

    [System.Runtime.Versioning.UnsupportedOSPlatform("windows")]
    private static bool OthersMayReach(string folder)
    {
        for (var dir = new DirectoryInfo(folder); dir is not null; dir = dir.Parent)
        {
            if ((File.GetUnixFileMode(dir.FullName) & UnixFileMode.OtherExecute) == 0)
            {
                return false;
            }
        }

        return true;
    }

    private static bool IsRoot => Environment.UserName == "root";

    public static CliResult Run(string[] args)
    {
        var cli = Path.Combine(AppContext.BaseDirectory, "threadline.dll");
        var start = IsRoot
            ? new ProcessStartInfo("/usr/bin/setpriv", ["--reuid=65534", "--regid=65534", "--clear-groups", "--", "dotnet", cli, .. args])
            : new ProcessStartInfo("dotnet", [cli, .. args]);
        start.RedirectStandardOutput = true;
        start.RedirectStandardError = true;
        start.Environment["HOME"] = Path.GetTempPath();
        start.Environment["DOTNET_CLI_TELEMETRY_OPTOUT"] = "1";
        using var process = Process.Start(start)!;
        var output = process.StandardOutput.ReadToEndAsync();
        var error = process.StandardError.ReadToEndAsync();
        if (!process.WaitForExit(120_000))
        {
            process.Kill(entireProcessTree: true);
            throw new TimeoutException("threadline " + string.Join(' ', args) + " did not finish");
        }

        return new CliResult(process.ExitCode, output.GetAwaiter().GetResult(), error.GetAwaiter().GetResult());
    }
}

/// <summary>A fact that needs a user bound by file modes; skipped with the reason where there is none.</summary>
public sealed class ReadOnlyWorkspaceFactAttribute : FactAttribute
{
    public ReadOnlyWorkspaceFactAttribute()
    {
        if (!ReadOnlyUser.Available)
        {
            Skip = "needs a user that file modes bind: running as root without /usr/bin/setpriv (util-linux) to drop to an unprivileged user";
        }
        else if (!ReadOnlyUser.CanReachCli)
        {
            Skip = "the unprivileged user (uid 65534) cannot enter a folder above the built CLI (" + AppContext.BaseDirectory + "): clone the repository where others may enter to run it";
        }
    }
}
