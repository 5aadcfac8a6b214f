using System.Text;

namespace Threadline.Ingest.Tests.Fuzz;

/// <summary>
/// Fuzzing the saved-page reader (issue 12): damaged copies of the shipped pages and random tag soup.
/// No exception escapes, no case hangs, a page is one ad or one rejection with a reason, and damage to
/// the text of the description leaves every other field of the ad as it was.
/// </summary>
public sealed class HtmlFuzzTests
{
    private static readonly string[] Pages = Directory.GetFiles(Path.Combine(RepoPaths.Samples, "pages"), "*.html").Order(StringComparer.Ordinal).ToArray();

    private static readonly string[] Tags =
    [
        "div", "p", "b", "i", "a", "span", "table", "tr", "td", "template", "svg", "g", "math", "mi", "select", "option", "ul", "li",
        "object", "script", "style", "textarea", "title", "form", "frameset", "noscript", "article", "h1", "time", "dl", "dt", "dd",
        "img", "br", "button", "foreignObject", "font", "nobr", "xmp", "iframe", "body", "html", "head", "meta", "link",
    ];

    [Fact]
    public Task Damage_to_the_description_text_leaves_the_other_fields_of_the_ad_as_they_were() =>
        FuzzRun.Cases(seed: 21, count: 1000, rng =>
        {
            var name = Pages[rng.Next(Pages.Length)];
            var original = File.ReadAllBytes(name);
            var before = Assert.Single(FuzzRead.Bytes(name, original)).Ad!;
            var (from, to) = DescriptionText(original);
            var damaged = Mutations.Apply(rng, original, from, to, b => b is >= 0x20 and < 0x7F and not ((byte)'<' or (byte)'&'), keepUtf8: true);

            var after = Assert.Single(FuzzRead.Bytes(name, damaged));

            Assert.True(after.IsAccepted, after.Rejection?.Reason);
            Assert.Equal(Fields(before), Fields(after.Ad!));
            JsonLinesFuzzTests.CheckText(after.Ad!);
        });

    [Fact]
    public Task Damage_anywhere_in_a_page_reads_or_rejects_the_page_as_one_record() =>
        FuzzRun.Cases(seed: 22, count: 800, rng =>
        {
            var name = Pages[rng.Next(Pages.Length)];
            var original = File.ReadAllBytes(name);
            var damaged = Mutations.Apply(rng, original, 0, original.Length, _ => true, maxOps: 6);

            var item = Assert.Single(FuzzRead.Bytes(name, damaged));

            if (item.IsAccepted)
            {
                JsonLinesFuzzTests.CheckText(item.Ad!);
            }
        });

    [Fact]
    public Task Random_tag_soup_is_read_or_rejected_as_one_record() =>
        FuzzRun.Cases(seed: 23, count: 800, rng =>
        {
            var page = new StringBuilder("<html><head><meta property=\"og:site_name\" content=\"s.example\"></head><body><article data-ad-id=\"x\"><h1>t</h1>");
            for (var n = rng.Next(2000); n > 0; n--)
            {
                var tag = Tags[rng.Next(Tags.Length)];
                page.Append(rng.Next(10) switch
                {
                    < 5 => $"<{tag}{Attributes(rng)}>",
                    < 8 => $"</{tag}>",
                    8 => rng.Next(4) switch { 0 => "<!--", 1 => "-->", 2 => "&#xD800;&amp", _ => "<![CDATA[x]]>" },
                    _ => $"<{tag}/>",
                });
                if (rng.Next(3) == 0)
                {
                    page.Append("text ");
                }
            }

            var item = Assert.Single(FuzzRead.Bytes("soup.html", Encoding.UTF8.GetBytes(page.ToString())));

            if (item.IsAccepted)
            {
                JsonLinesFuzzTests.CheckText(item.Ad!);
            }
        });

    [Fact]
    public Task Random_bytes_never_escape_the_reader() =>
        FuzzRun.Cases(seed: 24, count: 500, rng =>
        {
            var bytes = JsonLinesFuzzTests.RandomBytes(rng);
            var items = FuzzRead.Bytes("random.html", bytes);
            Assert.True(items.Count <= 1);
        });

    private static string Attributes(Random rng) =>
        string.Concat(Enumerable.Range(0, rng.Next(4)).Select(i => rng.Next(3) switch
        {
            0 => $" class=\"ad-description\"",
            1 => $" id=\"a{rng.Next(50)}\"",
            _ => $" datetime=\"2026-03-{rng.Next(1, 40)}\"",
        }));

    /// <summary>Everything but the body, which the damage may change.</summary>
    private static string Fields(Threadline.Ingest.Ads.AdRecord ad) => string.Join(
        "|", ad.Site, ad.AdId, ad.Url, ad.PostedAt?.ToString("O", System.Globalization.CultureInfo.InvariantCulture), ad.City, ad.Country, ad.Title, ad.Phone,
        string.Join(',', ad.Images), string.Join(',', ad.Extras.Select(e => e.Key + "=" + e.Value)));

    /// <summary>The bytes from after the description's opening tag to the next '&lt;'.</summary>
    private static (int From, int To) DescriptionText(byte[] page)
    {
        var start = page.AsSpan().IndexOf("class=\"ad-description\">"u8) + "class=\"ad-description\">".Length;
        var text = page.AsSpan(start).IndexOf((byte)'>') + 1; // into the first paragraph
        var end = page.AsSpan(start + text).IndexOf((byte)'<');
        return (start + text, start + text + end);
    }
}
