using System.Diagnostics;

namespace Threadline.Cli.Tests;

/// <summary>Bank files and directory entries that used to crash or hang <c>ingest transactions</c>.</summary>
public sealed class BankIngestHostileFileTests
{
    private const string Mt940 = ":20:STMT\n:25:BE71096123456769\n:28C:1/1\n:60F:C260301EUR1000,00\n:61:2603020302C250,50NTRFNONREF//B1\n:86:good\n:61:2613071307C200,00NTRFREF\n:86:bad\n:62F:C260304EUR1141,50\n";

    [Fact]
    public void An_mt940_entry_with_an_impossible_date_is_quarantined_and_the_good_entry_stored()
    {
        using var cli = new CliRunner();
        var file = cli.Write("dates.sta", Mt940);
        var summary = BankIngest.Run(cli, file);
        Assert.Equal(1, summary.GetProperty("transactions").GetInt64());
        Assert.Equal(["250.50"], BankIngest.PaymentValues(cli, "amount"));
        var rejected = Assert.Single(BankIngest.QuarantineLines(cli));
        Assert.Equal(7, rejected.GetProperty("line").GetInt32());
        Assert.Contains("'261307'", rejected.GetProperty("reason").GetString(), StringComparison.Ordinal);
    }

    [UnixFact]
    public void Fifos_and_links_to_devices_in_a_directory_are_skipped_with_a_note_not_opened()
    {
        using var cli = new CliRunner();
        var dir = Path.Combine(cli.Directory, "bank");
        cli.Write("bank/a.csv", "tx_id,booking_date,amount,currency,debtor_name,creditor_name\nC1,2026-01-05,10.00,EUR,a,b\n");
        Mkfifo(Path.Combine(dir, "b-pipe.csv"));
        File.CreateSymbolicLink(Path.Combine(dir, "c-zero.sta"), "/dev/zero");
        File.CreateSymbolicLink(Path.Combine(dir, "d-link.csv"), Path.Combine(dir, "a.csv"));

        var run = Task.Run(() => cli.Run("ingest", "transactions", dir, "--workspace", cli.Workspace, "--quarantine", BankIngest.Quarantine(cli), "--json"));
        var finished = run.Wait(TimeSpan.FromSeconds(60));
        if (!finished)
        {
            Release(Path.Combine(dir, "b-pipe.csv"));
        }

        Assert.True(finished, "ingest transactions hung on a FIFO or a device");
        Assert.Equal(0, run.Result.ExitCode);
        using var doc = System.Text.Json.JsonDocument.Parse(run.Result.Output);
        Assert.Equal(1, doc.RootElement.GetProperty("transactions").GetInt64());
        var notes = doc.RootElement.GetProperty("per_file").EnumerateArray()
            .ToDictionary(f => Path.GetFileName(f.GetProperty("path").GetString()!), f => (f.GetProperty("status").GetString(), f.GetProperty("note").GetString()));
        Assert.Equal("Ingested", notes["a.csv"].Item1);
        Assert.Equal("Skipped", notes["b-pipe.csv"].Item1);
        Assert.Contains("FIFO", notes["b-pipe.csv"].Item2, StringComparison.Ordinal);
        Assert.Equal("Skipped", notes["c-zero.sta"].Item1);
        Assert.Contains("link", notes["c-zero.sta"].Item2, StringComparison.Ordinal);
        Assert.Equal("Skipped", notes["d-link.csv"].Item1);
    }

    [UnixFact]
    public void A_fifo_named_on_the_command_line_is_skipped_with_a_note_not_opened()
    {
        using var cli = new CliRunner();
        var pipe = Path.Combine(cli.Directory, "pipe.csv");
        Mkfifo(pipe);
        var run = Task.Run(() => cli.Run("ingest", "transactions", pipe, "--workspace", cli.Workspace, "--json"));
        var finished = run.Wait(TimeSpan.FromSeconds(60));
        if (!finished)
        {
            Release(pipe);
        }

        Assert.True(finished, "ingest transactions hung on a FIFO");
        Assert.Equal(0, run.Result.ExitCode);
        Assert.Contains("not a regular file", run.Result.Output, StringComparison.Ordinal);
    }

    private static void Mkfifo(string path)
    {
        using var process = Process.Start(new ProcessStartInfo("mkfifo", [path]) { UseShellExecute = false })!;
        process.WaitForExit();
        Assert.Equal(0, process.ExitCode);
    }

    // Opens the FIFO for writing and closes it, so a reader blocked on it sees the end.
    private static void Release(string fifo)
    {
        using var writer = new FileStream(fifo, FileMode.Open, FileAccess.Write);
    }
}
