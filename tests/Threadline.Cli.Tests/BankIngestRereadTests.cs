namespace Threadline.Cli.Tests;

/// <summary>A bank file counts as done only when it was read, and only for the options it was read with.</summary>
public sealed class BankIngestRereadTests
{
    private const string NoCurrency = "tx_id,booking_date,amount,debtor_name,creditor_name\nC1,2026-01-05,10.00,a,b\n";

    [Fact]
    public void A_bad_currency_option_is_bad_usage_and_the_file_is_read_once_it_is_fixed()
    {
        using var cli = new CliRunner();
        var file = cli.Write("n.csv", NoCurrency);

        var wrong = cli.Run("ingest", "transactions", file, "--currency", "EURO", "--workspace", cli.Workspace);
        Assert.Equal(2, wrong.ExitCode);
        Assert.Contains("--currency", wrong.Error, StringComparison.Ordinal);

        var right = BankIngest.Run(cli, file, "--currency", "EUR");
        Assert.Equal(0, right.GetProperty("skipped_files").GetInt32());
        Assert.Equal(1, right.GetProperty("transactions").GetInt64());
        Assert.Equal(["EUR"], BankIngest.PaymentValues(cli, "currency"));
    }

    [Fact]
    public void A_csv_whose_header_was_not_recognised_is_read_when_a_map_is_given()
    {
        using var cli = new CliRunner();
        var file = cli.Write("wann.csv", "Wann;Wieviel;Von;An\n2026-01-05;10.00;Anna;Bea\n");

        var undetected = BankIngest.Run(cli, file);
        Assert.Equal(1, undetected.GetProperty("rejected_files").GetInt32());
        Assert.Equal(0, undetected.GetProperty("transactions").GetInt64());

        var mapped = BankIngest.Run(cli, file, "--map", "booking_date=Wann,amount=Wieviel,debtor_name=Von,creditor_name=An");
        Assert.Equal(0, mapped.GetProperty("skipped_files").GetInt32());
        Assert.Equal(1, mapped.GetProperty("transactions").GetInt64());
        Assert.Equal(["Anna"], BankIngest.PaymentValues(cli, "payerName"));
    }

    [Fact]
    public void A_file_with_rejected_records_is_read_again_when_the_options_change_and_skipped_when_they_do_not()
    {
        using var cli = new CliRunner();
        // The map takes the wrong column for the amount: every record is rejected, the file is read.
        var file = cli.Write("swap.csv", "Wann,Betrag,Notiz,Von,An\n2026-01-05,10.00,zehn,Anna,Bea\n2026-01-06,11.00,elf,Anna,Bea\n");
        const string Wrong = "booking_date=Wann,amount=Notiz,debtor_name=Von,creditor_name=An";
        var first = BankIngest.Run(cli, file, "--map", Wrong);
        Assert.Equal(0, first.GetProperty("transactions").GetInt64());
        Assert.Equal(2, first.GetProperty("issues").GetInt32());

        var same = BankIngest.Run(cli, file, "--map", Wrong);
        Assert.Equal(1, same.GetProperty("skipped_files").GetInt32());
        Assert.Equal(0, same.GetProperty("issues").GetInt32());

        var fixedMap = BankIngest.Run(cli, file, "--map", "booking_date=Wann,amount=Betrag,debtor_name=Von,creditor_name=An");
        Assert.Equal(0, fixedMap.GetProperty("skipped_files").GetInt32());
        Assert.Equal(2, fixedMap.GetProperty("transactions").GetInt64());
        Assert.Equal(["10.00", "11.00"], BankIngest.PaymentValues(cli, "amount"));

        var again = BankIngest.Run(cli, file, "--map", "booking_date=Wann,amount=Betrag,debtor_name=Von,creditor_name=An");
        Assert.Equal(1, again.GetProperty("skipped_files").GetInt32());
    }

    [Fact]
    public void A_file_read_without_problems_is_skipped_whatever_the_options()
    {
        using var cli = new CliRunner();
        var file = cli.Write("ok.csv", "tx_id,booking_date,amount,currency,debtor_name,creditor_name\nC1,2026-01-05,10.00,EUR,a,b\n");
        Assert.Equal(1, BankIngest.Run(cli, file).GetProperty("transactions").GetInt64());
        Assert.Equal(1, BankIngest.Run(cli, file, "--currency", "USD").GetProperty("skipped_files").GetInt32());
    }
}
