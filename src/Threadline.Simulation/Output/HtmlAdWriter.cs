using System.Globalization;
using System.Text;

namespace Threadline.Simulation.Output;

/// <summary>Saved HTML pages, one per ad version, as a crawler stores them (docs/formats.md, "Saved HTML pages").</summary>
internal sealed class HtmlAdWriter : IAdWriter
{
    private const int PagesPerFolder = 1000;
    private static readonly UTF8Encoding Utf8 = new(false, true);
    private readonly string _root;
    private readonly string _site;
    private readonly StringBuilder _sb = new(4096);
    private long _count;

    public HtmlAdWriter(string root, string site)
    {
        _root = root;
        _site = site;
    }

    public string ImagePrefix => "../../../../images/" + _site + "/";

    public string Write(AdDraft ad, IReadOnlyList<string> imageRefs)
    {
        var folder = (_count / PagesPerFolder).ToString("D4", CultureInfo.InvariantCulture);
        _count++;
        var rel = Layout.Rel(Layout.Ads, _site, "pages", folder, ad.AdId + "-v" + ad.Version.ToString(CultureInfo.InvariantCulture) + ".html");
        var local = ad.PostedAt.ToOffset(Layout.CentralEuropeOffset(ad.PostedAt));
        var sb = _sb.Clear();
        sb.Append("<!DOCTYPE html>\n<html lang=\"").Append(ad.Language).Append("\">\n<head>\n<meta charset=\"utf-8\">\n<title>");
        Enc(sb, ad.Title).Append(" | ").Append(_site).Append("</title>\n");
        sb.Append("<meta property=\"og:site_name\" content=\"").Append(_site).Append("\">\n");
        sb.Append("<meta property=\"og:url\" content=\"").Append(ad.Url).Append("\">\n");
        sb.Append("<link rel=\"canonical\" href=\"").Append(ad.Url).Append("\">\n");
        sb.Append("<link rel=\"stylesheet\" href=\"/static/site.css\">\n</head>\n<body>\n");
        sb.Append("<header class=\"site-header\"><a href=\"/\">").Append(_site).Append("</a> <nav><a href=\"/escorts\">Escorts</a> <a href=\"/massage\">Massage</a> <a href=\"/contact\">Contact</a></nav></header>\n");
        sb.Append("<main>\n<article class=\"ad\" data-ad-id=\"").Append(ad.AdId).Append("\">\n");
        sb.Append("<h1>");
        Enc(sb, ad.Title).Append("</h1>\n");
        sb.Append("<p class=\"ad-meta\"><time datetime=\"").Append(local.ToString("yyyy-MM-dd'T'HH:mm:sszzz", CultureInfo.InvariantCulture)).Append("\">")
            .Append(local.ToString("dd.MM.yyyy HH:mm", CultureInfo.InvariantCulture)).Append("</time> · ");
        sb.Append("<span itemprop=\"address\" itemscope itemtype=\"https://schema.org/PostalAddress\"><span itemprop=\"addressLocality\">");
        Enc(sb, ad.CityLocal).Append("</span>, <span itemprop=\"addressCountry\">").Append(ad.Country).Append("</span></span></p>\n");
        foreach (var img in imageRefs)
        {
            sb.Append("<img class=\"ad-photo\" src=\"");
            Enc(sb, img).Append("\" alt=\"photo\">\n");
        }

        sb.Append("<div class=\"ad-description\">");
        var lines = ad.Body.Split('\n');
        for (var i = 0; i < lines.Length; i++)
        {
            if (i > 0)
            {
                sb.Append("<br>");
            }

            Enc(sb, lines[i]);
        }

        sb.Append("</div>\n");
        if (ad.PhoneField is not null)
        {
            sb.Append("<p>Tel: <span class=\"ad-phone\">");
            Enc(sb, ad.PhoneField).Append("</span></p>\n");
        }

        sb.Append("<dl class=\"ad-attributes\">\n");
        if (ad.Age is { } age)
        {
            sb.Append("<dt>age</dt><dd>").Append(age.ToString(CultureInfo.InvariantCulture)).Append("</dd>\n");
        }

        if (ad.Ethnicity is not null)
        {
            sb.Append("<dt>ethnicity</dt><dd>");
            Enc(sb, ad.Ethnicity).Append("</dd>\n");
        }

        sb.Append("<dt>language</dt><dd>").Append(ad.Language).Append("</dd>\n</dl>\n");
        sb.Append("</article>\n</main>\n<footer><p>All advertisers declare they are of age. Report abuse: abuse@").Append(_site).Append("</p></footer>\n</body>\n</html>\n");

        var path = Path.Combine(_root, rel);
        if (_count % PagesPerFolder == 1)
        {
            Directory.CreateDirectory(Path.GetDirectoryName(path)!);
        }

        using (var fs = new FileStream(path, FileMode.Create, FileAccess.Write, FileShare.None, 4096))
        {
            var bytes = Utf8.GetBytes(sb.ToString());
            fs.Write(bytes);
        }

        return rel;
    }

    private static StringBuilder Enc(StringBuilder sb, string text)
    {
        foreach (var c in text)
        {
            switch (c)
            {
                case '&': sb.Append("&amp;"); break;
                case '<': sb.Append("&lt;"); break;
                case '>': sb.Append("&gt;"); break;
                case '"': sb.Append("&quot;"); break;
                default: sb.Append(c); break;
            }
        }

        return sb;
    }

    public void Dispose()
    {
    }
}
