using System.Text.Json;

namespace Threadline.Cli.Tests;

/// <summary>
/// Issue 17 end to end on a small simulated world: simulate → ingest → extract → link → money → open a case from the
/// top lead → persons, a warrant with consent (deadlines right), a victim referral (reflection period), the action day
/// (H-hour per team zone, reports of two teams), the timeline with everything, and the audit trail of it all.
/// </summary>
public sealed class CaseCliTests
{
    private const string Ref = "BE-2026-0042";

    [Fact]
    public void From_the_top_lead_to_the_action_day_the_whole_case_works_from_the_command_line()
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

        var open = cli.Run(["case", "open", "--from-network", top, "--reference", Ref, "--title", "Rotating flats", "--legal-basis", "Criminal Code Art. 433quinquies", "--magistrate", "J. Peeters", "--office", "Antwerp", "--magistrate-role", "investigating-judge", "--json", .. lead]);
        Assert.True(open.ExitCode == 0, open.Error);
        using (var opened = JsonDocument.Parse(open.Output))
        {
            Assert.Equal(top, opened.RootElement.GetProperty("network").GetString());
            Assert.True(opened.RootElement.GetProperty("members").GetInt32() > 5);
        }

        Assert.Contains("no change", cli.Run(["case", "changes", Ref, .. lead]).Output, StringComparison.Ordinal);
        Assert.Equal(0, cli.Run(["case", "member", Ref, "--user", "vs.lotte", "--role", "victim-support", .. lead]).ExitCode);
        Assert.Equal(0, cli.Run(["case", "member", Ref, "--user", "ana.k", "--role", "analyst", .. lead]).ExitCode);
        Assert.Equal(0, cli.Run(["case", "person", Ref, "--id", "S1", "--category", "suspect", "--name", "Mehmet K.", .. lead]).ExitCode);
        var noCategory = cli.Run(["case", "person", Ref, "--id", "S2", "--name", "X", .. lead]);
        Assert.Equal(2, noCategory.ExitCode);
        Assert.Contains("Art. 6", noCategory.Error, StringComparison.Ordinal);

        // An EAW executed in Spain: arrest on 9 March, consent on 10 March → decision by the end of 20 March (Art. 17(2)).
        var warrant = cli.Run(["case", "warrant", Ref, "--id", "EAW-1", "--issued", "2026-03-05", "--state", "ES", "--person", "S1", "--arrest", "2026-03-09", "--consent", "2026-03-10", "--zone", "Europe/Madrid", .. lead]);
        Assert.True(warrant.ExitCode == 0, warrant.Error);
        Assert.Contains("by the end of 2026-03-20 (Europe/Madrid) [FD 2002/584/JHA Art. 17(2)]", warrant.Output, StringComparison.Ordinal);
        var soon = cli.Run(["case", "deadlines", "--within", "7d", "--now", "2026-03-15T09:00+01:00", "--json", .. lead]);
        using (var deadlines = JsonDocument.Parse(soon.Output))
        {
            var decision = Assert.Single(deadlines.RootElement.EnumerateArray());
            Assert.Equal("warrant.EAW-1.eaw.decision", decision.GetProperty("key").GetString());
            Assert.Equal("2026-03-20", decision.GetProperty("last_day").GetString());
            Assert.Equal("Pending", decision.GetProperty("state").GetString());
        }

        Assert.Contains("no deadline passes", cli.Run(["case", "deadlines", "--within", "7d", "--now", "2026-02-01T09:00+01:00", .. lead]).Output, StringComparison.Ordinal);

        // A victim referral starts a 45-day Belgian reflection period; the case holds her pseudonym only.
        Assert.Equal(2, cli.Run(["case", "victim", "add", Ref, "--name", "Real Name", .. lead]).ExitCode);
        var address = cli.Run(["case", "victim", "add", Ref, "--referred-to", "Rue Haute 12", "--on", "2026-03-09", "--reason", "first contact", .. lead]);
        Assert.Equal(2, address.ExitCode);
        Assert.Contains("address", address.Error, StringComparison.Ordinal);
        var added = cli.Run(["case", "victim", "add", Ref, "--name", "Real Name", "--referred-to", "Payoke", "--on", "2026-03-09", "--reason", "first contact", "--json", "--workspace", cli.Workspace, "--as", "vs.lotte"]);
        Assert.True(added.ExitCode == 0, added.Error);
        string pseudonym;
        using (var victim = JsonDocument.Parse(added.Output))
        {
            pseudonym = victim.RootElement.GetProperty("pseudonym").GetString()!;
            Assert.Equal("2026-04-23", victim.RootElement.GetProperty("reflection").GetProperty("last_day").GetString());
        }

        var refused = cli.Run(["case", "victim", "show", Ref, pseudonym, "--reason", "curious", "--workspace", cli.Workspace, "--as", "ana.k"]);
        var missing = cli.Run(["case", "victim", "show", Ref, "V-00000000", "--reason", "curious", "--workspace", cli.Workspace, "--as", "ana.k"]);
        Assert.Equal((1, 1), (refused.ExitCode, missing.ExitCode));
        Assert.Equal(refused.Error.Replace(pseudonym, "X", StringComparison.Ordinal), missing.Error.Replace("V-00000000", "X", StringComparison.Ordinal));
        Assert.Contains("Payoke", cli.Run(["case", "victim", "show", Ref, pseudonym, "--reason", "follow-up", .. lead]).Output, StringComparison.Ordinal);
        var analystView = cli.Run(["case", "show", Ref, "--json", "--workspace", cli.Workspace, "--as", "ana.k"]);
        Assert.DoesNotContain("Real Name", analystView.Output, StringComparison.Ordinal);
        Assert.DoesNotContain("reflection", analystView.Output, StringComparison.Ordinal);
        Assert.Contains(pseudonym, analystView.Output, StringComparison.Ordinal);

        // The action day: H-hour 06:00 Brussels is 06:00 in Madrid and 05:00 in Lisbon; two teams report.
        Assert.Equal(0, cli.Run(["case", "target", Ref, "--id", "T-BE", "--country", "BE", "--kind", "address", "--description", "Flat, Antwerp", "--evidence", "booking:BK-1=booked with the network's phone", .. lead]).ExitCode);
        Assert.Equal(0, cli.Run(["case", "target", Ref, "--id", "T-ES", "--country", "ES", "--kind", "address", "--description", "Flat, Alicante", "--evidence", "booking:BK-2=stays line up with the ads", .. lead]).ExitCode);
        Assert.Equal(2, cli.Run(["case", "target", Ref, "--id", "T-X", "--country", "ES", "--kind", "address", "--description", "No evidence", "--evidence", "nothing", .. lead]).ExitCode);
        Assert.Equal(0, cli.Run(["case", "team", Ref, "--id", "team-be", "--name", "Antwerp 1", "--zone", "Europe/Brussels", "--lead", "off.b", "--target", "T-BE", .. lead]).ExitCode);
        Assert.Equal(0, cli.Run(["case", "team", Ref, "--id", "team-es", "--name", "Alicante 1", "--zone", "Europe/Madrid", "--lead", "off.e", "--interpreter", "int.m", "--target", "T-ES", .. lead]).ExitCode);
        Assert.Equal(0, cli.Run(["case", "team", Ref, "--id", "team-pt", "--name", "Lisbon liaison", "--zone", "Europe/Lisbon", "--lead", "off.p", .. lead]).ExitCode);
        var hhour = cli.Run(["case", "hhour", Ref, "--date", "2026-04-14", "--time", "06:00", "--zone", "Europe/Brussels", .. lead]);
        Assert.Contains("team team-es (Europe/Madrid): 2026-04-14 06:00 +02:00", hhour.Output, StringComparison.Ordinal);
        Assert.Contains("team team-pt (Europe/Lisbon): 2026-04-14 05:00 +01:00", hhour.Output, StringComparison.Ordinal);
        Assert.Equal(1, cli.Run(["case", "hhour", Ref, "--date", "2026-04-14", "--time", "07:00", "--zone", "Europe/Brussels", .. lead]).ExitCode);
        Assert.Equal(0, cli.Run(["case", "report", Ref, "--team", "team-be", "--status", "entered", "--at", "2026-04-14T06:04+02:00", "--arrests", "3", .. lead]).ExitCode);
        Assert.Equal(0, cli.Run(["case", "report", Ref, "--team", "team-es", "--status", "secured", "--at", "2026-04-14T06:05+02:00", "--arrests", "2", "--cash", "EUR=1250.50", "--victim", pseudonym + "=Proyecto Esperanza@2026-04-14", .. lead]).ExitCode);
        Assert.Equal(1, cli.Run(["case", "report", Ref, "--team", "team-es", "--status", "en-route", "--at", "2026-04-14T06:10+02:00", .. lead]).ExitCode);
        Assert.Contains("arrests 5", cli.Run(["case", "show", Ref, .. lead]).Output, StringComparison.Ordinal);

        // A note edited keeps its first version.
        Assert.Equal(0, cli.Run(["case", "note", Ref, "--id", "N1", "--text", "Booker pays cash", "--marking", "B2 H1", .. lead]).ExitCode);
        Assert.Equal(0, cli.Run(["case", "note", Ref, "--id", "N1", "--text", "Booker pays cash, twice", .. lead]).ExitCode);
        var history = cli.Run(["case", "show", Ref, "--history", "N1", .. lead]).Output;
        Assert.Contains("v1", history, StringComparison.Ordinal);
        Assert.Contains("v2", history, StringComparison.Ordinal);
        Assert.Contains("B2 · H1]: Booker pays cash, twice", history, StringComparison.Ordinal);

        // One timeline with everything dated in the case.
        var timeline = cli.Run(["case", "timeline", Ref, "--json", .. lead]);
        Assert.True(timeline.ExitCode == 0, timeline.Error);
        using (var doc = JsonDocument.Parse(timeline.Output))
        {
            var kinds = doc.RootElement.GetProperty("events").EnumerateArray().Select(e => e.GetProperty("kind").GetString()!).ToHashSet(StringComparer.Ordinal);
            Assert.Superset(new HashSet<string>(["case", "stay", "booking", "payment", "warrant", "deadline", "note", "action-day", "report"], StringComparer.Ordinal), kinds);
        }

        var alicante = cli.Run(["case", "timeline", Ref, "--place", "ES", .. lead]).Output;
        Assert.DoesNotContain("@ Antwerp", alicante, StringComparison.Ordinal);

        Assert.Contains(Ref, cli.Run(["case", "list", .. lead]).Output, StringComparison.Ordinal);
        Assert.Equal(1, cli.Run(["case", "show", "NO-SUCH-CASE", .. lead]).ExitCode);

        // A copy of the workspace carries the case files, every version included.
        var copy = Path.Combine(cli.Directory, "copy.db");
        var copied = cli.Run(["copy", "--from", cli.Workspace, "--to", copy, "--json", "--as", "lead.anna"]);
        Assert.True(copied.ExitCode == 0, copied.Error);
        Assert.Contains("B2 · H1]: Booker pays cash, twice", cli.Run(["case", "show", Ref, "--history", "N1", "--workspace", copy, "--as", "lead.anna"]).Output, StringComparison.Ordinal);

        // Every step is in the trail, with its case; the trail verifies.
        Assert.Equal(0, cli.Run(["audit", "verify", .. ws]).ExitCode);
        var trail = Path.Combine(cli.Directory, "trail.jsonl");
        Assert.Equal(0, cli.Run(["audit", "export", "--out", trail, .. ws]).ExitCode);
        var records = File.ReadAllLines(trail).Select(l => JsonDocument.Parse(l).RootElement).ToList();
        var caseRecords = records.Where(r => r.GetProperty("subject").GetString()!.StartsWith("threadline case", StringComparison.Ordinal)).ToList();
        Assert.True(caseRecords.Count >= 25, $"{caseRecords.Count} case records in the trail");
        Assert.All(caseRecords.Where(r => r.GetProperty("subject").GetString()!.Contains(Ref, StringComparison.Ordinal)), r => Assert.Equal(Ref, r.GetProperty("case").GetString()));
        Assert.Contains(caseRecords, r => r.GetProperty("subject").GetString()!.Contains("victim show", StringComparison.Ordinal) && r.GetProperty("actor").GetString() == "ana.k" && r.GetProperty("reason").GetString() == "curious");
        Assert.Contains(caseRecords, r => r.GetProperty("subject").GetString()!.Contains("case warrant", StringComparison.Ordinal) && r.GetProperty("action").GetString() == "alteration");
    }
}
