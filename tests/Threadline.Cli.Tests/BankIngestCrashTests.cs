using System.Globalization;
using Threadline.Cli.Infrastructure;
using Threadline.Ingest.Pipeline;

namespace Threadline.Cli.Tests;

/// <summary>Problems are quarantined as each file is read, so a run that stops mid-way leaves no file done whose problems are lost.</summary>
public sealed class BankIngestCrashTests
{
    [Fact]
    public void A_run_that_stops_mid_way_has_quarantined_the_problems_of_every_file_it_marked_done()
    {
        using var cli = new CliRunner();
        var a = cli.Write("bank/a.csv", Header + "A1,2026-01-05,10.00,EUR,Anna,Bea\nA2,2026-01-06,ten,EUR,Anna,Bea\n");
        cli.Write("bank/b.csv", Header + LargeFile("B", 5_000)); // more than one batch: written after a's batch, on its own
        var options = new TransactionIngestOptions { QuarantinePath = BankIngest.Quarantine(cli) };
        var folder = Path.Combine(cli.Directory, "bank");

        using (var crashing = new CrashingStore(WorkspaceOpener.Open(cli.Workspace, create: true), failingWrite: 2))
        {
            Assert.Throws<IOException>(() => new TransactionIngestJob(crashing, options).Run([folder]));
        }

        var problem = Assert.Single(BankIngest.QuarantineLines(cli));
        Assert.Equal((a, 3), (problem.GetProperty("file").GetString(), problem.GetProperty("line").GetInt32()));

        using (var store = WorkspaceOpener.Open(cli.Workspace, create: false))
        {
            var rerun = new TransactionIngestJob(store, options).Run([folder]);
            Assert.Equal([FileStatus.AlreadyIngested, FileStatus.Ingested], rerun.Files.Select(f => f.Status));
        }

        Assert.Single(BankIngest.QuarantineLines(cli));
        var amounts = BankIngest.PaymentValues(cli, "amount");
        Assert.Equal(5_001, amounts.Count);
        Assert.Equal(["10.00", "12.00"], amounts.Distinct());
    }

    [Fact]
    public void Small_files_written_together_are_neither_done_nor_quarantined_when_their_write_fails()
    {
        using var cli = new CliRunner();
        var a = cli.Write("bank/a.csv", Header + "A1,2026-01-05,10.00,EUR,Anna,Bea\nA2,2026-01-06,ten,EUR,Anna,Bea\n");
        cli.Write("bank/b.csv", Header + "B1,2026-01-07,12.00,EUR,Cleo,Bea\n");
        var options = new TransactionIngestOptions { QuarantinePath = BankIngest.Quarantine(cli) };
        var folder = Path.Combine(cli.Directory, "bank");

        using (var crashing = new CrashingStore(WorkspaceOpener.Open(cli.Workspace, create: true), failingWrite: 1))
        {
            Assert.Throws<IOException>(() => new TransactionIngestJob(crashing, options).Run([folder]));
        }

        Assert.Empty(BankIngest.QuarantineLines(cli));
        using (var store = WorkspaceOpener.Open(cli.Workspace, create: false))
        {
            var rerun = new TransactionIngestJob(store, options).Run([folder]);
            Assert.Equal([FileStatus.Ingested, FileStatus.Ingested], rerun.Files.Select(f => f.Status));
        }

        var problem = Assert.Single(BankIngest.QuarantineLines(cli));
        Assert.Equal((a, 3), (problem.GetProperty("file").GetString(), problem.GetProperty("line").GetInt32()));
        Assert.Equal(["10.00", "12.00"], BankIngest.PaymentValues(cli, "amount"));
    }

    private const string Header = "tx_id,booking_date,amount,currency,debtor_name,creditor_name\n";

    private static string LargeFile(string prefix, int rows) =>
        string.Concat(Enumerable.Range(1, rows).Select(i => string.Create(CultureInfo.InvariantCulture, $"{prefix}{i},2026-01-07,12.00,EUR,Cleo,Bea\n")));
}
