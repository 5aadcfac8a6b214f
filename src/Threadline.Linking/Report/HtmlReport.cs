using System.Globalization;
using static Threadline.Linking.Report.Html;

namespace Threadline.Linking.Report;

/// <summary>Writes the self-contained HTML report (inline CSS and JS, nothing fetched).</summary>
internal sealed class HtmlReport(LinkResult result, IReadOnlyDictionary<string, AdFeatures> ads, ReportOptions options, TextWriter w)
{
    private readonly Dictionary<string, Persona> _personas = result.Personas.ToDictionary(p => p.Id, StringComparer.Ordinal);
    private readonly Dictionary<string, Template> _templates = result.Templates.ToDictionary(t => t.Id, StringComparer.Ordinal);
    private int _embedded;

    public void Write()
    {
        w.Write("<!DOCTYPE html>\n<html lang=\"en\"><head><meta charset=\"utf-8\"><meta name=\"viewport\" content=\"width=device-width\">");
        w.Write($"<meta http-equiv=\"Content-Security-Policy\" content=\"{ReportAssets.ContentSecurityPolicy}\"><meta name=\"referrer\" content=\"no-referrer\">");
        w.Write($"<title>{E(options.Title)}</title><style>{ReportAssets.Css}</style></head><body>\n");
        w.Write($"<header><h1>{E(options.Title)}</h1>");
        if (options.Subtitle is not null)
        {
            w.Write($"<p class=\"sub\">{E(options.Subtitle)}</p>");
        }

        w.Write($"<p class=\"notice\">{E(LinkResult.LeadNotice)} A high score says where to look first; only an investigation can say what happened.</p>");
        var s = result.Statistics;
        w.Write(Inv($"<p class=\"stats\">{s.Ads} ads · {result.Personas.Count} personas · {result.Networks.Count} networks ({result.Networks.Count(n => n.Flagged)} flagged for review) · {result.Templates.Count} templates · {s.PhotoClusters} distinct photos · {result.Hubs.Count} hub identifiers cut · {s.Bookings} bookings ({result.UnlinkedBookings} unlinked)</p></header>\n"));
        RankedTable();
        w.Write("<section id=\"networks\"><h2>Networks</h2>\n");
        foreach (var n in result.Networks.Where(n => !options.FlaggedOnly || n.Flagged).Take(options.MaxNetworkDetails))
        {
            NetworkDetail(n);
        }

        w.Write("</section>\n");
        foreach (var section in options.ExtraSections)
        {
            Extra(section);
        }

        Hubs();
        Bookers();
        Templates();
        w.Write($"<script>{ReportAssets.Script}</script></body></html>\n");
    }

    private void RankedTable()
    {
        w.Write("<section id=\"ranking\"><h2>Ranked networks</h2><input id=\"filter\" type=\"search\" placeholder=\"Filter: id, phone, city, country, pattern…\" aria-label=\"filter\"> <label><input id=\"flaggedOnly\" type=\"checkbox\"> flagged only</label>\n");
        w.Write("<table id=\"ranked\"><thead><tr><th>#</th><th>network</th><th>score</th><th>flag</th><th>personas</th><th>ads</th><th>countries</th><th>movement</th><th>phones</th><th>bookings</th><th>confidence</th></tr></thead><tbody>\n");
        foreach (var n in result.Networks)
        {
            var search = string.Join(' ', new[] { n.Id, string.Join(' ', n.Phones.Take(20)), string.Join(' ', n.Movement.Cities.Take(30)), string.Join(' ', n.Movement.Countries), n.Movement.Pattern.ToString() });
            w.Write(Inv($"<tr data-flag=\"{(n.Flagged ? 1 : 0)}\" data-s=\"{E(search.ToLowerInvariant())}\"><td>{n.Rank}</td><td><a href=\"#{E(n.Id)}\">{E(n.Id)}</a></td><td>{n.Risk.Total:F0}</td><td>{(n.Flagged ? "review" : "")}</td><td>{n.PersonaIds.Count}</td><td>{n.AdCount}</td><td>{E(string.Join(", ", n.Movement.Countries))}</td><td>{E(n.Movement.Pattern.ToString())}</td><td>{n.Phones.Count}</td><td>{n.Bookings.Count}</td><td>{n.Confidence:F2}</td></tr>\n"));
        }

        w.Write("</tbody></table></section>\n");
    }

    private void NetworkDetail(Network n)
    {
        w.Write(Inv($"<details class=\"net\" id=\"{E(n.Id)}\"{(n.Rank <= 3 ? " open" : "")}><summary>#{n.Rank} {E(n.Id)} — score {n.Risk.Total:F0}/100{(n.Flagged ? " — flagged for review" : "")} — {n.PersonaIds.Count} personas, {n.AdCount} ads</summary>\n"));
        w.Write($"<p class=\"notice\">{E(n.Risk.Summary)}</p>");
        w.Write("<h3>Score breakdown</h3><table class=\"parts\"><tr><th>part</th><th>points</th><th></th><th>measured</th></tr>");
        foreach (var p in n.Risk.Parts)
        {
            var pct = p.MaxPoints <= 0 ? 0 : 100 * p.Points / p.MaxPoints;
            w.Write(Inv($"<tr><td>{E(p.Name)}</td><td>{p.Points:F1} / {p.MaxPoints:F0}</td><td><span class=\"bar\"><span style=\"width:{pct:F0}%\"></span></span></td><td>{E(p.Explanation)}</td></tr>"));
        }

        w.Write("</table>\n<h3>Why these personas are grouped</h3><ul>");
        foreach (var e in n.Evidence)
        {
            w.Write(Inv($"<li>{E(e.Reason)} <span class=\"w\">weight {e.Weight:F2}</span></li>"));
        }

        w.Write(Inv($"</ul><p>Confidence {n.Confidence:F2}. Phones: {E(string.Join(", ", n.Phones.Take(30)))}{(n.Phones.Count > 30 ? " …" : "")}</p>"));
        if (n.Emails.Count + n.Handles.Count > 0)
        {
            w.Write($"<p>E-mails and handles: {E(string.Join(", ", n.Emails.Concat(n.Handles).Take(30)))}</p>");
        }

        Timeline(n.Movement);
        Personas(n);
        NetworkTemplates(n);
        Photos(n);
        NetworkBookings(n);
        SourceAds(n);
        w.Write("</details>\n");
    }

    private void Timeline(Movement m)
    {
        w.Write($"<h3>Movement</h3><p>{E(m.Description)}</p>");
        if (m.Stays.Count == 0 || m.FirstSeen is null || m.LastSeen is null)
        {
            return;
        }

        var start = m.FirstSeen.Value;
        var span = Math.Max(1, (m.LastSeen.Value - start).TotalDays);
        w.Write("<div class=\"timeline\">");
        foreach (var cityStays in m.Stays.GroupBy(s => s.City, StringComparer.OrdinalIgnoreCase).Take(40))
        {
            var first = cityStays.First();
            w.Write($"<div class=\"tl-row\"><span class=\"tl-city\">{E(first.City)} {E(first.Country)}</span><span class=\"tl-track\">");
            foreach (var s in cityStays.Take(200))
            {
                var left = 100 * (s.From - start).TotalDays / span;
                var width = Math.Max(0.6, 100 * (s.To - s.From).TotalDays / span);
                w.Write(Inv($"<i style=\"left:{left:F1}%;width:{width:F1}%\" title=\"{E(s.City)} {s.From:yyyy-MM-dd} to {s.To:yyyy-MM-dd}, {s.Ads} ads\"></i>"));
            }

            w.Write("</span></div>");
        }

        w.Write(Inv($"<div class=\"tl-axis\"><span>{start:yyyy-MM-dd}</span><span>{m.LastSeen:yyyy-MM-dd}</span></div></div>\n"));
    }

    private void Personas(Network n)
    {
        w.Write("<h3>Personas</h3><table><tr><th>persona</th><th>ads</th><th>names</th><th>phones</th><th>movement</th><th>confidence and evidence</th></tr>");
        foreach (var id in n.PersonaIds.Take(200))
        {
            if (!_personas.TryGetValue(id, out var p))
            {
                continue;
            }

            var evidence = string.Join("; ", p.Evidence.Take(4).Select(e => e.Reason));
            w.Write(Inv($"<tr><td>{E(p.Id)}</td><td>{p.AdIds.Count}</td><td>{E(string.Join(", ", p.Names))}</td><td>{E(string.Join(", ", p.Phones.Take(8)))}</td><td>{E(p.Movement.Description)}</td><td>{p.Confidence:F2} — {E(evidence)}</td></tr>"));
        }

        w.Write("</table>\n");
    }

    private void NetworkTemplates(Network n)
    {
        var shown = n.TemplateIds.Select(t => _templates.GetValueOrDefault(t)).Where(t => t is not null).OrderByDescending(t => t!.AdIds.Count).Take(5).ToList();
        if (shown.Count == 0)
        {
            return;
        }

        w.Write("<h3>Templates</h3>");
        foreach (var t in shown)
        {
            TemplateBlock(t!);
        }
    }

    private void TemplateBlock(Template t)
    {
        w.Write(Inv($"<div class=\"tpl\"><div class=\"tpl-h\">{E(t.Id)} · {t.AdIds.Count} ads · {t.DistinctPhones} phones</div><p>"));
        foreach (var part in t.Parts)
        {
            if (part.IsSlot)
            {
                w.Write(Inv($"<mark title=\"{E(string.Join(" | ", part.SampleValues))}\">[{part.SlotIndex}: {E(string.Join(" | ", part.SampleValues.Take(3)))}]</mark>"));
            }
            else
            {
                w.Write(E(part.Text));
            }
        }

        w.Write("</p></div>\n");
    }

    private void Photos(Network n)
    {
        var refs = n.PersonaIds.Select(id => _personas.GetValueOrDefault(id)).Where(p => p is not null)
            .SelectMany(p => p!.AdIds.Take(3)).Select(a => ads.GetValueOrDefault(a)).Where(a => a is not null)
            .SelectMany(a => a!.ImageRefs.Select(r => (a.AdId, Ref: r))).DistinctBy(x => x.Ref, StringComparer.Ordinal).Take(options.MaxPhotosPerNetwork).ToList();
        if (refs.Count == 0)
        {
            return;
        }

        w.Write("<h3>Photos</h3><div class=\"photos\">");
        foreach (var (adId, r) in refs)
        {
            var data = _embedded < options.MaxEmbeddedPhotos ? options.PhotoData?.Invoke(adId, r) : null;
            if (data is not null && data.StartsWith("data:image/", StringComparison.Ordinal))
            {
                _embedded++;
                w.Write($"<img src=\"{E(data)}\" alt=\"{E(r)}\" title=\"{E(r)}\">");
            }
            else
            {
                w.Write($"<span class=\"ref\">{E(r)}</span>");
            }
        }

        w.Write("</div>\n");
    }

    private void NetworkBookings(Network n)
    {
        if (n.Bookings.Count == 0)
        {
            return;
        }

        w.Write("<h3>Bookings</h3><table><tr><th>booking</th><th>platform</th><th>booker</th><th>city</th><th>stay</th><th>why linked</th><th>source</th></tr>");
        foreach (var b in n.Bookings.Take(200))
        {
            w.Write(Inv($"<tr><td>{E(b.BookingRef)}</td><td>{E(b.Platform)}</td><td>{E(b.BookerName)}</td><td>{E(b.City)}</td><td>{b.CheckIn:yyyy-MM-dd} → {b.CheckOut:yyyy-MM-dd}</td><td>{E(b.Reason)}</td><td>{E(b.Locator)}</td></tr>"));
        }

        w.Write("</table>\n");
    }

    private void SourceAds(Network n)
    {
        var adIds = n.PersonaIds.Select(id => _personas.GetValueOrDefault(id)).Where(p => p is not null).SelectMany(p => p!.AdIds).ToList();
        w.Write(Inv($"<h3>Source ads ({adIds.Count})</h3><ul class=\"ads\">"));
        foreach (var id in adIds.Take(options.MaxAdsPerNetwork))
        {
            var ad = ads.GetValueOrDefault(id);
            var title = ad?.Title ?? ad?.Body ?? "";
            if (title.Length > 120)
            {
                title = title[..120] + "…";
            }

            var href = SafeHref(ad?.Locator);
            var where = href is null ? E(ad?.Locator ?? id) : $"<a href=\"{href}\" rel=\"noreferrer\">{E(ad?.Locator)}</a>";
            w.Write(Inv($"<li>{E(ad?.PostedAt.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture))} {E(ad?.Site)} {E(ad?.City)} — {E(title)} — {where}</li>"));
        }

        if (adIds.Count > options.MaxAdsPerNetwork)
        {
            w.Write(Inv($"<li>… and {adIds.Count - options.MaxAdsPerNetwork} more (see the JSON report)</li>"));
        }

        w.Write("</ul>\n");
    }

    private void Hubs()
    {
        w.Write(Inv($"<section id=\"hubs\"><details><summary><h2>Hub identifiers cut ({result.Hubs.Count})</h2></summary><table><tr><th>kind</th><th>value</th><th>ads</th><th>phones</th><th>sites</th><th>cities</th><th>countries</th><th>reason</th></tr>"));
        foreach (var h in result.Hubs.Take(500))
        {
            w.Write(Inv($"<tr><td>{E(h.Kind.ToString())}</td><td>{E(h.Value)}</td><td>{h.AdCount}</td><td>{h.DistinctPhones}</td><td>{h.Sites}</td><td>{h.Cities}</td><td>{h.Countries}</td><td>{E(h.Reason)}</td></tr>"));
        }

        w.Write("</table></details></section>\n");
    }

    private void Bookers()
    {
        w.Write(Inv($"<section id=\"bookers\"><details><summary><h2>Bookers with many short stays ({result.FlaggedBookers.Count})</h2></summary><table><tr><th>booker</th><th>bookings</th><th>short stays</th><th>cities</th><th>network</th><th>why</th></tr>"));
        foreach (var b in result.FlaggedBookers.Take(500))
        {
            w.Write(Inv($"<tr><td>{E(b.Name ?? b.BookerKey)}</td><td>{b.Bookings}</td><td>{b.ShortStays}</td><td>{E(string.Join(", ", b.Cities))}</td><td>{E(b.NetworkId)}</td><td>{E(b.Reason)}</td></tr>"));
        }

        w.Write("</table></details></section>\n");
    }

    private void Templates()
    {
        w.Write(Inv($"<section id=\"templates\"><details><summary><h2>Templates ({result.Templates.Count}, largest {options.MaxTemplates} shown)</h2></summary>"));
        foreach (var t in result.Templates.OrderByDescending(t => t.AdIds.Count).ThenBy(t => t.Id, StringComparer.Ordinal).Take(options.MaxTemplates))
        {
            TemplateBlock(t);
        }

        w.Write("</details></section>\n");
    }

    private void Extra(ReportSection section)
    {
        var id = new string(section.Id.Where(c => char.IsAsciiLetterOrDigit(c) || c == '-').ToArray());
        w.Write(Inv($"<section id=\"{id}\"><details open><summary><h2>{E(section.Title)}</h2></summary>"));
        if (section.Note is not null)
        {
            w.Write($"<p class=\"sub\">{E(section.Note)}</p>");
        }

        w.Write("<table><tr>");
        foreach (var h in section.Header)
        {
            w.Write($"<th>{E(h)}</th>");
        }

        w.Write("</tr>");
        foreach (var row in section.Rows)
        {
            w.Write("<tr>");
            foreach (var cell in row)
            {
                w.Write($"<td>{E(cell)}</td>");
            }

            w.Write("</tr>");
        }

        w.Write("</table></details></section>\n");
    }

    private static string Inv(FormattableString s) => s.ToString(CultureInfo.InvariantCulture);
}
