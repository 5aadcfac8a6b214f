using System.Diagnostics;
using System.Globalization;
using System.Text;

namespace Threadline.Cli.Tests;

/// <summary>A real process killed mid-import leaves a consistent workspace, and the same command completes it.</summary>
public sealed class KillAndRerunTests
{
    [Fact]
    public void Killed_ingest_is_completed_by_running_the_same_command_again()
    {
        using var cli = new CliRunner();
        var file = Path.Combine(cli.Directory, "big.jsonl");
        WriteAds(file, Ads);
        var killed = Path.Combine(cli.Directory, "killed.db");
        var clean = Path.Combine(cli.Directory, "clean.db");

        using (var process = Start("ingest", "ads", file, "--workspace", killed, "--quarantine", Path.Combine(cli.Directory, "q1.jsonl")))
        {
            // Kill once the workspace exists and is being filled (or give up waiting and kill anyway).
            var watch = Stopwatch.StartNew();
            while (watch.Elapsed < TimeSpan.FromSeconds(60) && !process.HasExited && (!File.Exists(killed + "-wal") || new FileInfo(killed + "-wal").Length < 200_000))
            {
                Thread.Sleep(20);
            }

            if (!process.HasExited)
            {
                process.Kill(entireProcessTree: true);
            }

            process.WaitForExit();
        }

        // The kill landed mid-import: the workspace is consistent (it opens and counts) but incomplete.
        var partial = cli.Run("stats", "--workspace", killed, "--json");
        Assert.Equal(0, partial.ExitCode);
        using (var doc = System.Text.Json.JsonDocument.Parse(partial.Output))
        {
            var entities = doc.RootElement.GetProperty("entities");
            var ads = entities.TryGetProperty("Advertisement", out var n) ? n.GetInt64() : 0;
            Assert.InRange(ads, 0, Ads - 1);
        }

        Assert.Equal(0, cli.Run("ingest", "ads", file, "--workspace", killed, "--quarantine", Path.Combine(cli.Directory, "q2.jsonl")).ExitCode);
        Assert.Equal(0, cli.Run("ingest", "ads", file, "--workspace", clean, "--quarantine", Path.Combine(cli.Directory, "q3.jsonl")).ExitCode);

        var a = Path.Combine(cli.Directory, "a.jsonl");
        var b = Path.Combine(cli.Directory, "b.jsonl");
        Assert.Equal(0, cli.Run("export", "--workspace", killed, "--statements", "--out", a).ExitCode);
        Assert.Equal(0, cli.Run("export", "--workspace", clean, "--statements", "--out", b).ExitCode);
        Assert.Equal(File.ReadAllText(b), File.ReadAllText(a));
        Assert.True(new FileInfo(a).Length > 1_000_000);
    }

    private const int Ads = 30_000;

    private static void WriteAds(string path, int count)
    {
        using var writer = new StreamWriter(path, false, new UTF8Encoding(false));
        for (var i = 0; i < count; i++)
        {
            var day = 1 + (i % 28);
            writer.WriteLine(string.Create(CultureInfo.InvariantCulture, $"{{\"site\":\"kill.example\",\"ad_id\":\"{i}\",\"posted_at\":\"2026-02-{day:00}T10:00:00Z\",\"city\":\"Gent\",\"country\":\"BE\",\"title\":\"Ad number {i}\",\"body\":\"Sweet girl {i} in Gent, call 0470 {i % 100:00} {i % 97:00} {i % 89:00}\"}}"));
        }
    }

    private static Process Start(params string[] args)
    {
        var dll = Path.Combine(AppContext.BaseDirectory, "threadline.dll");
        var info = new ProcessStartInfo("dotnet") { RedirectStandardOutput = true, RedirectStandardError = true, UseShellExecute = false };
        info.ArgumentList.Add(dll);
        foreach (var arg in args)
        {
            info.ArgumentList.Add(arg);
        }

        var process = Process.Start(info) ?? throw new InvalidOperationException("could not start threadline");
        process.OutputDataReceived += (_, _) => { };
        process.ErrorDataReceived += (_, _) => { };
        process.BeginOutputReadLine();
        process.BeginErrorReadLine();
        return process;
    }
}
