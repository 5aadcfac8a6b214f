using System.Text;
using System.Text.Json;

namespace Threadline.Cli.Tests;

/// <summary>
/// Through the command line: a damaged record is rejected, an unreadable value is left out of a kept
/// record, and both are in the quarantine file and the summary (issue 12).
/// </summary>
public sealed class HostileIngestTests
{
    [Fact]
    public void Ingest_bookings_keeps_a_booking_without_an_unreadable_amount_and_rejects_a_row_with_a_nul()
    {
        using var cli = new CliRunner();
        var csv = string.Join('\n',
            "booking_ref,platform,booker_name,city,country,check_in,check_out,guests,amount,currency",
            "B1,stayfast.example,Max,Gent,BE,2026-03-01,2026-03-03,2,about 100,EUR",
            "B2,stayfast.example,M\0x,Gent,BE,2026-03-01,2026-03-03,2,100,EUR",
            "B3,stayfast.example,Max,Gent,BE,2026-03-04,2026-03-05,1,80.50,EUR") + "\n";
        var file = Path.Combine(cli.Directory, "bookings.csv");
        File.WriteAllBytes(file, Encoding.UTF8.GetBytes(csv));
        var quarantine = Path.Combine(cli.Directory, "q.jsonl");

        var run = cli.Run("ingest", "bookings", file, "--workspace", cli.Workspace, "--quarantine", quarantine, "--json");

        Assert.Equal(0, run.ExitCode);
        using (var doc = JsonDocument.Parse(run.Output))
        {
            Assert.Equal(2, doc.RootElement.GetProperty("accepted").GetInt64());
            Assert.Equal(1, doc.RootElement.GetProperty("rejected").GetInt64());
            Assert.Equal(1, doc.RootElement.GetProperty("values_left_out").GetInt64());
        }

        var lines = File.ReadAllLines(quarantine).Select(l => JsonDocument.Parse(l).RootElement).ToList();
        Assert.Equal([(2, true), (3, false)], lines.Select(l => (l.GetProperty("line").GetInt32(), l.GetProperty("kept").GetBoolean())));
        Assert.Equal("amount 'about 100' is not a decimal with a dot; the booking is kept without this value", lines[0].GetProperty("reason").GetString());
        Assert.StartsWith("NUL byte at byte ", lines[1].GetProperty("reason").GetString(), StringComparison.Ordinal);

        var exported = Path.Combine(cli.Directory, "bookings.jsonl");
        Assert.Equal(0, cli.Run("export", "--format", "workspace", "--type", "Booking", "--out", exported, "--workspace", cli.Workspace).ExitCode);
        var b1 = File.ReadAllLines(exported).Single(l => l.Contains("\"B1\"", StringComparison.Ordinal));
        Assert.DoesNotContain("\"amount\"", b1, StringComparison.Ordinal);
    }

    [Fact]
    public void Ingest_ads_counts_values_left_out_of_kept_ads()
    {
        using var cli = new CliRunner();
        var file = cli.Write("ads.jsonl", """
            {"site":"tulip.example","ad_id":"1","posted_at":"yesterday-ish","title":"Undated"}
            {"site":"tulip.example","ad_id":"2","posted_at":"2026-03-02T10:00:00Z","title":"Lone \ud800"}
            """);

        var run = cli.Run("ingest", "ads", file, "--workspace", cli.Workspace, "--json");

        Assert.Equal(0, run.ExitCode);
        using var doc = JsonDocument.Parse(run.Output);
        Assert.Equal(1, doc.RootElement.GetProperty("accepted").GetInt64());
        Assert.Equal(1, doc.RootElement.GetProperty("rejected").GetInt64());
        Assert.Equal(1, doc.RootElement.GetProperty("values_left_out").GetInt64());
        var samples = doc.RootElement.GetProperty("sample_rejections").EnumerateArray().ToList();
        Assert.Equal([true, false], samples.Select(s => s.GetProperty("kept").GetBoolean()));
    }
}
