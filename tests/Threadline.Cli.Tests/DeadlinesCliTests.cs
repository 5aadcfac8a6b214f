namespace Threadline.Cli.Tests;

public sealed class DeadlinesCliTests
{
    [Fact]
    public void Eaw_with_consent_prints_the_decision_and_surrender_limits()
    {
        using var cli = new CliRunner();
        var r = cli.Run("deadlines", "eaw", "--arrest", "2023-02-14", "--consent", "2023-03-01", "--decision", "2023-03-10", "--zone", "Europe/Madrid", "--now", "2023-03-09T12:00+01:00");
        Assert.Equal(0, r.ExitCode);
        Assert.Contains("final decision on execution (person consented): by the end of 2023-03-11 (Europe/Madrid) [FD 2002/584/JHA Art. 17(2)] - DueSoon", r.Output, StringComparison.Ordinal);
        Assert.Contains("surrender: by the end of 2023-03-20 (Europe/Madrid) [FD 2002/584/JHA Art. 23(2)] - Pending", r.Output, StringComparison.Ordinal);
    }

    [Fact]
    public void Eaw_json_gives_the_instant_the_limit_passes()
    {
        using var cli = new CliRunner();
        var r = cli.Run("deadlines", "eaw", "--arrest", "2023-02-14", "--zone", "Europe/Madrid", "--json");
        Assert.Equal(0, r.ExitCode);
        using var json = System.Text.Json.JsonDocument.Parse(r.Output);
        var decision = json.RootElement[0];
        Assert.Equal("2023-04-15T22:00:00+00:00", decision.GetProperty("due_at").GetString());
        Assert.Equal("2023-04-15", decision.GetProperty("last_day").GetString());
        Assert.Equal("FD 2002/584/JHA Art. 17(3)", decision.GetProperty("legal_reference").GetString());
    }

    [Fact]
    public void An_urgent_request_is_due_8_hours_after_receipt()
    {
        using var cli = new CliRunner();
        var r = cli.Run("deadlines", "request", "--received", "2023-06-02T20:00+02:00", "--urgent", "--direct");
        Assert.Equal(0, r.ExitCode);
        Assert.Contains("by 2023-06-03 04:00 (Europe/Brussels) [Directive (EU) 2023/977 Art. 5(1)(a)]", r.Output, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("deadlines", "eaw")]
    [InlineData("deadlines", "eaw", "--arrest", "14/02/2023")]
    [InlineData("deadlines", "eaw", "--arrest", "2023-02-14", "--consent", "2023-02-01")]
    [InlineData("deadlines", "eaw", "--arrest", "2023-02-14", "--zone", "Nowhere/Else")]
    [InlineData("deadlines", "request", "--received", "2023-06-02 20:00")]
    public void Bad_input_is_one_line_and_exit_code_2(params string[] args)
    {
        using var cli = new CliRunner();
        var r = cli.Run(args);
        Assert.Equal(2, r.ExitCode);
        Assert.StartsWith("threadline: ", r.Error, StringComparison.Ordinal);
        Assert.Single(r.Error.Trim().Split('\n'));
    }
}
