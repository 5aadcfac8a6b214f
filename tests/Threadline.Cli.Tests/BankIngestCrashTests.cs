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
        var a = cli.Write("bank/a.csv", "tx_id,booking_date,amount,currency,debtor_name,creditor_name\nA1,2026-01-05,10.00,EUR,Anna,Bea\nA2,2026-01-06,ten,EUR,Anna,Bea\n");
        cli.Write("bank/b.csv", "tx_id,booking_date,amount,currency,debtor_name,creditor_name\nB1,2026-01-07,12.00,EUR,Cleo,Bea\n");
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
        Assert.Equal(["10.00", "12.00"], BankIngest.PaymentValues(cli, "amount"));
    }
}
