using System.Text.Json;

namespace Threadline.Cli.Tests;

/// <summary>Issue 17 persons: <c>case persons propose|show|confirm|reject|unsure</c> on a simulated world.</summary>
public sealed class CasePersonsCliTests
{
    private const string Ref = "BE-2026-0077";

    [Fact]
    public void Persons_are_proposed_from_the_case_sources_and_decided_with_a_reason()
    {
        using var cli = new CliRunner();
        var world = Path.Combine(cli.Directory, "world");
        var ws = new[] { "--workspace", cli.Workspace };
        var lead = new[] { "--workspace", cli.Workspace, "--as", "lead.anna" };
        Assert.Equal(0, cli.Run("simulate", "--seed", "9", "--ads", "3000", "--out", world).ExitCode);
        Assert.Equal(0, cli.Run(["ingest", "ads", Path.Combine(world, "ads"), .. ws]).ExitCode);
        Assert.Equal(0, cli.Run(["ingest", "bookings", Path.Combine(world, "bookings"), .. ws]).ExitCode);
        Assert.Equal(0, cli.Run(["ingest", "transactions", Path.Combine(world, "bank"), .. ws]).ExitCode);
        Assert.Equal(0, cli.Run(["extract", .. ws]).ExitCode);
        Assert.Equal(0, cli.Run(["link", .. ws]).ExitCode);
        Assert.Equal(0, cli.Run(["money", .. ws]).ExitCode);
        string top;
        using (var networks = JsonDocument.Parse(cli.Run(["networks", "--json", "--limit", "1", .. ws]).Output))
        {
            top = networks.RootElement.GetProperty("networks")[0].GetProperty("id").GetString()!;
        }

        var open = cli.Run(["case", "open", "--from-network", top, "--reference", Ref, "--title", "Rotating flats", "--legal-basis", "Criminal Code Art. 433quinquies", "--magistrate", "J. Peeters", "--office", "Antwerp", "--magistrate-role", "investigating-judge", .. lead]);
        Assert.True(open.ExitCode == 0, open.Error);

        Assert.Contains("no persons gathered yet", cli.Run(["case", "persons", "show", Ref, .. lead]).Output, StringComparison.Ordinal);
        var proposed = cli.Run(["case", "persons", "propose", Ref, "--json", .. lead]);
        Assert.True(proposed.ExitCode == 0, proposed.Error);
        using (var p = JsonDocument.Parse(proposed.Output))
        {
            Assert.True(p.RootElement.GetProperty("candidates").GetInt32() > 0, proposed.Output);
        }

        var shown = cli.Run(["case", "persons", "show", Ref, "--json", .. lead]);
        Assert.True(shown.ExitCode == 0, shown.Error);
        using var report = JsonDocument.Parse(shown.Output);
        var candidates = report.RootElement.GetProperty("candidates").EnumerateArray().ToList();
        Assert.Contains(candidates, c => c.GetProperty("source").GetString() == "booking");
        Assert.Contains(candidates, c => c.GetProperty("source").GetString() == "account");
        var matches = report.RootElement.GetProperty("matches").EnumerateArray().ToList();
        Assert.True(matches.Count > 0, shown.Output);
        var first = matches[0].GetProperty("id").GetString()!;
        Assert.NotEqual(matches[0].GetProperty("source_a").GetString(), matches[0].GetProperty("source_b").GetString());
        Assert.True(matches[0].GetProperty("evidence").GetArrayLength() > 0);

        // A decision needs a reason; a new person needs its LED Art. 6 category.
        Assert.Equal(2, cli.Run(["case", "persons", "confirm", Ref, first, "--category", "suspect", .. lead]).ExitCode);
        var noCategory = cli.Run(["case", "persons", "confirm", Ref, first, "--reason", "same booker and holder", .. lead]);
        Assert.Equal(2, noCategory.ExitCode);
        Assert.Contains("Art. 6", noCategory.Error, StringComparison.Ordinal);
        Assert.Equal(1, cli.Run(["case", "persons", "reject", Ref, "m-000000000000", "--reason", "x", .. lead]).ExitCode);
        var confirmed = cli.Run(["case", "persons", "confirm", Ref, first, "--category", "suspect", "--reason", "same booker and holder", .. lead]);
        Assert.True(confirmed.ExitCode == 0, confirmed.Error);
        Assert.Contains("confirmed as person person-", confirmed.Output, StringComparison.Ordinal);
        Assert.Equal(1, cli.Run(["case", "persons", "reject", Ref, first, "--reason", "changed my mind", .. lead]).ExitCode);

        var text = cli.Run(["case", "persons", "show", Ref, .. lead]).Output;
        Assert.Contains("confirmed by lead.anna", text, StringComparison.Ordinal);
        Assert.Contains("persons confirmed from matches: 1", text, StringComparison.Ordinal);
        Assert.Contains("(suspect)", text, StringComparison.Ordinal);
        if (matches.Count > 1)
        {
            var second = matches[1].GetProperty("id").GetString()!;
            Assert.Equal(0, cli.Run(["case", "persons", "unsure", Ref, second, "--reason", "need the passport copy", .. lead]).ExitCode);
            Assert.Contains("unsure", cli.Run(["case", "persons", "show", Ref, .. lead]).Output, StringComparison.Ordinal);
        }

        // A second run keeps the decision.
        var again = cli.Run(["case", "persons", "propose", Ref, "--json", .. lead]);
        using (var p = JsonDocument.Parse(again.Output))
        {
            Assert.Equal(0, p.RootElement.GetProperty("new").GetInt32());
            Assert.True(p.RootElement.GetProperty("decided_earlier").GetInt32() >= 1);
        }
    }
}
