using System.Net;
using System.Text.Json;
using System.Text.RegularExpressions;

namespace Threadline.Simulation.Tests;

/// <summary>Reads back the ad exports of a simulated world the way docs/formats.md describes them.</summary>
internal static partial class AdFiles
{
    public sealed record Record(string Site, string AdId, DateTimeOffset PostedAt, string Title, string Body, string? Phone, string Country, IReadOnlyList<string> Images, string File);

    public static List<Record> ReadAll(string root)
    {
        var list = new List<Record>();
        foreach (var path in Directory.EnumerateFiles(Path.Combine(root, "ads"), "*", SearchOption.AllDirectories).Order(StringComparer.Ordinal))
        {
            var rel = Path.GetRelativePath(root, path).Replace('\\', '/');
            switch (Path.GetExtension(path))
            {
                case ".jsonl":
                    foreach (var line in File.ReadLines(path))
                    {
                        using var doc = JsonDocument.Parse(line);
                        var e = doc.RootElement;
                        list.Add(new Record(
                            e.GetProperty("site").GetString()!, e.GetProperty("ad_id").GetString()!, DateTimeOffset.Parse(e.GetProperty("posted_at").GetString()!, System.Globalization.CultureInfo.InvariantCulture),
                            e.GetProperty("title").GetString()!, e.GetProperty("body").GetString()!, e.TryGetProperty("phone", out var p) ? p.GetString() : null, e.GetProperty("country").GetString()!,
                            e.TryGetProperty("images", out var im) ? im.EnumerateArray().Select(x => x.GetString()!).ToList() : [], rel));
                    }

                    break;
                case ".csv":
                    foreach (var r in Csv.Records(path, ';'))
                    {
                        list.Add(new Record(
                            r["site"], r["ad_id"], new DateTimeOffset(DateTime.SpecifyKind(DateTime.Parse(r["posted_at"], System.Globalization.CultureInfo.InvariantCulture), DateTimeKind.Utc)),
                            r["title"], r["body"], r["phone"].Length == 0 ? null : r["phone"], r["country"], r["images"].Length == 0 ? [] : r["images"].Split('|'), rel));
                    }

                    break;
                case ".html":
                    list.Add(Html(File.ReadAllText(path), rel));
                    break;
            }
        }

        return list;
    }

    private static Record Html(string html, string rel)
    {
        string One(Regex r) => WebUtility.HtmlDecode(r.Match(html).Groups[1].Value);
        var body = DescriptionRx().Match(html).Groups[1].Value.Replace("<br>", "\n", StringComparison.Ordinal);
        var phone = PhoneRx().Match(html);
        return new Record(
            One(SiteRx()), One(AdIdRx()), DateTimeOffset.Parse(One(TimeRx()), System.Globalization.CultureInfo.InvariantCulture), One(TitleRx()),
            WebUtility.HtmlDecode(body), phone.Success ? WebUtility.HtmlDecode(phone.Groups[1].Value) : null, One(CountryRx()),
            ImageRx().Matches(html).Select(m => WebUtility.HtmlDecode(m.Groups[1].Value)).ToList(), rel);
    }

    [GeneratedRegex("og:site_name\" content=\"([^\"]*)\"")]
    private static partial Regex SiteRx();

    [GeneratedRegex("data-ad-id=\"([^\"]*)\"")]
    private static partial Regex AdIdRx();

    [GeneratedRegex("<time datetime=\"([^\"]*)\"")]
    private static partial Regex TimeRx();

    [GeneratedRegex("<h1>(.*?)</h1>")]
    private static partial Regex TitleRx();

    [GeneratedRegex("itemprop=\"addressCountry\">([^<]*)<")]
    private static partial Regex CountryRx();

    [GeneratedRegex("<div class=\"ad-description\">(.*?)</div>", RegexOptions.Singleline)]
    private static partial Regex DescriptionRx();

    [GeneratedRegex("<span class=\"ad-phone\">(.*?)</span>")]
    private static partial Regex PhoneRx();

    [GeneratedRegex("<img class=\"ad-photo\" src=\"([^\"]*)\"")]
    private static partial Regex ImageRx();
}
