using System.Diagnostics;
using SkiaSharp;

namespace Threadline.Cli.Tests;

/// <summary>
/// Issue 12.9 and 12.10: an ad chooses its image references, so they are hostile. The report loads
/// nothing from outside (remote URLs are text; photos are embedded thumbnails of ingested files), and
/// linking reads a photo only from a regular file inside the image folder, within the size limit.
/// </summary>
public sealed class ReportAndImageSafetyTests
{
    private static void Png(string path, SKColor colour)
    {
        Directory.CreateDirectory(Path.GetDirectoryName(path)!);
        using var bitmap = new SKBitmap(64, 48);
        bitmap.Erase(colour);
        using (var canvas = new SKCanvas(bitmap))
        {
            using var paint = new SKPaint { Color = SKColors.Black };
            canvas.DrawCircle(20, 20, 10, paint);
        }

        using var data = bitmap.Encode(SKEncodedImageFormat.Png, 90);
        File.WriteAllBytes(path, data.ToArray());
    }

    private static string Ad(string id, string phone, params string[] images) => NamedAd(id, "Lina", phone, images);

    private static string NamedAd(string id, string name, string phone, params string[] images) =>
        $$"""{"site":"s.example","ad_id":"{{id}}","posted_at":"2026-03-0{{id.Length % 9 + 1}}","city":"Antwerp","country":"BE","title":"{{name}}, 23 - Antwerp","body":"Hi, I am {{name}}, 23 years. Call {{phone}}","images":[{{string.Join(',', images.Select(i => "\"" + i + "\""))}}]}""";

    [Fact]
    public void The_report_embeds_ingested_photos_and_never_loads_a_remote_image()
    {
        using var cli = new CliRunner();
        Png(Path.Combine(cli.Directory, "export", "photos", "a.png"), SKColors.Orange);
        var file = cli.Write("export/ads.jsonl", string.Join('\n',
            NamedAd("1", "Lina", "+32470123456", "photos/a.png", "https://tracker.example/pixel.png?case=1"),
            NamedAd("22", "Mia", "+32470123456", "photos/a.png", "//tracker.example/x.png"),
            NamedAd("333", "Sara", "+32470123456", "http://tracker.example/y.jpg")));
        var ws = new[] { "--workspace", cli.Workspace };
        Assert.Equal(0, cli.Run(["ingest", "ads", file, .. ws]).ExitCode);
        Assert.Equal(0, cli.Run(["extract", .. ws]).ExitCode);
        var link = cli.Run(["link", .. ws]);
        Assert.True(link.ExitCode == 0, link.Error);
        var report = Path.Combine(cli.Directory, "report");
        Assert.Equal(0, cli.Run(["report", "--out", report, .. ws]).ExitCode);
        var html = File.ReadAllText(Path.Combine(report, "report.html"));

        Assert.Contains("<img src=\"data:image/jpeg;base64,", html, StringComparison.Ordinal);
        Assert.DoesNotMatch("src=\"(?!data:image/)", html);
        Assert.Contains("https://tracker.example/pixel.png?case=1", html, StringComparison.Ordinal);
        var csp = System.Text.RegularExpressions.Regex.Match(html, "Content-Security-Policy\" content=\"([^\"]*)\"").Groups[1].Value;
        Assert.Contains("img-src data:;", csp, StringComparison.Ordinal);
        Assert.False(csp.Contains("http", StringComparison.Ordinal), csp);
        Assert.DoesNotMatch("script-src[^;]*unsafe-inline", csp);
        Assert.DoesNotContain("file:", csp, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Link_reads_no_file_outside_the_image_folder_nor_devices_links_or_fifos()
    {
        using var cli = new CliRunner();
        var outside = Path.Combine(cli.Directory, "secret.png");
        Png(outside, SKColors.Red);
        Png(Path.Combine(cli.Directory, "export", "photos", "ok.png"), SKColors.Green);
        var export = Path.Combine(cli.Directory, "export");
        File.CreateSymbolicLink(Path.Combine(export, "photos", "link.png"), outside);
        File.CreateSymbolicLink(Path.Combine(export, "zero.png"), "/dev/zero");
        var fifo = Path.Combine(export, "fifo.png");
        var haveFifo = MakeFifo(fifo);
        var file = cli.Write("export/ads.jsonl", string.Join('\n',
            Ad("1", "+32470111111", "/dev/zero", "../secret.png", "/proc/self/environ", "photos/ok.png"),
            Ad("22", "+32470111112", "photos/link.png", "zero.png", "fifo.png", "photos/../../secret.png"),
            Ad("333", "+32470111113", "/dev/urandom", "photos", "missing.png")));
        var ws = new[] { "--workspace", cli.Workspace };
        Assert.Equal(0, cli.Run(["ingest", "ads", file, .. ws]).ExitCode);
        Assert.Equal(0, cli.Run(["extract", .. ws]).ExitCode);

        var watch = Stopwatch.StartNew();
        var run = Task.Run(() => cli.Run(["link", "--json", .. ws]));
        var first = await Task.WhenAny(run, Task.Delay(TimeSpan.FromSeconds(60)));
        Assert.True(first == run, "link hung on a hostile image reference");
        var link = await run;
        Assert.True(link.ExitCode == 0, link.Error);
        using var doc = System.Text.Json.JsonDocument.Parse(link.Output);
        Assert.Equal(1, doc.RootElement.GetProperty("images_hashed").GetInt32());
        Assert.True(doc.RootElement.GetProperty("images_failed").GetInt32() >= 9, link.Output);
        Assert.True(watch.Elapsed < TimeSpan.FromSeconds(30), $"link took {watch.Elapsed}");

        var images = Path.Combine(cli.Directory, "images.jsonl");
        Assert.Equal(0, cli.Run(["export", "--format", "workspace", "--type", "Image", "--out", images, .. ws]).ExitCode);
        var text = File.ReadAllText(images);
        Assert.Contains("outside the image folder", text, StringComparison.Ordinal);
        Assert.Contains("not a regular file: a symbolic link", text, StringComparison.Ordinal);
        Assert.Contains("not a regular file: a directory", text, StringComparison.Ordinal);
        if (haveFifo)
        {
            Assert.Contains("not a regular file: a FIFO (named pipe)", text, StringComparison.Ordinal);
        }

        // The only file read is the one inside the folder.
        Assert.Contains(Path.Combine(export, "photos", "ok.png"), text, StringComparison.Ordinal);
        Assert.DoesNotContain("\"file\":[\"" + outside, text, StringComparison.Ordinal);
    }

    [Fact]
    public void An_images_folder_given_to_link_is_the_only_place_photos_are_read_from()
    {
        using var cli = new CliRunner();
        Png(Path.Combine(cli.Directory, "case", "photos", "a.png"), SKColors.Blue);
        var file = cli.Write("case/exports/ads.jsonl", Ad("1", "+32470111111", "../photos/a.png"));
        var ws = new[] { "--workspace", cli.Workspace };
        Assert.Equal(0, cli.Run(["ingest", "ads", file, .. ws]).ExitCode);
        Assert.Equal(0, cli.Run(["extract", .. ws]).ExitCode);

        var confined = cli.Run(["link", "--json", .. ws]);
        using (var doc = System.Text.Json.JsonDocument.Parse(confined.Output))
        {
            Assert.Equal(0, doc.RootElement.GetProperty("images_hashed").GetInt32());
        }

        var widened = cli.Run(["link", "--json", "--images", Path.Combine(cli.Directory, "case"), .. ws]);
        using (var doc = System.Text.Json.JsonDocument.Parse(widened.Output))
        {
            Assert.True(doc.RootElement.GetProperty("images_hashed").GetInt32() == 1, widened.Output + widened.Error);
        }

        Assert.Equal(2, cli.Run(["link", "--images", Path.Combine(cli.Directory, "nowhere"), .. ws]).ExitCode);
    }

    private static bool MakeFifo(string path)
    {
        if (!OperatingSystem.IsLinux() || !File.Exists("/usr/bin/mkfifo"))
        {
            return false;
        }

        using var p = Process.Start(new ProcessStartInfo("/usr/bin/mkfifo", [path]) { UseShellExecute = false })!;
        p.WaitForExit(10_000);
        return p.ExitCode == 0;
    }
}
