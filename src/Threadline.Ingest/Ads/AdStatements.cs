using System.Globalization;
using Threadline.Core;
using Threadline.Core.Statements;
using Threadline.Ingest.Pipeline;

namespace Threadline.Ingest.Ads;

/// <summary>
/// Maps accepted ads to statements with provenance (the pipeline writes the Source entity of the file): the Site entity,
/// and the Advertisement entity with one statement per value. A value seen again (the same ad
/// re-posted unchanged, or the same file ingested twice) is the same statement; a changed title or
/// body is a new value beside the old one, each with the time its version was posted.
/// </summary>
public static class AdStatements
{
    /// <summary>Producer name on every statement this ingest writes.</summary>
    public const string Producer = "ingest.ads";

    /// <summary>Version of this assembly (<c>major.minor.build</c>), the producer version.</summary>
    public static string ProducerVersion { get; } =
        typeof(AdStatements).Assembly.GetName().Version?.ToString(3) ?? "0.0.0";

    /// <summary>Id of the Source entity of a file, from its SHA-256 (hex): <see cref="SourceIds.Of"/>.</summary>
    public static string SourceId(string contentHash) => SourceIds.Of(contentHash);

    /// <summary>Id of the Site entity, from the site's name (lower-cased).</summary>
    public static string SiteId(string site) => Ids.Make("site", site.Trim().ToLowerInvariant());

    /// <summary>Id of the Advertisement: the site with the site's ad id, else with the ad's URL.</summary>
    public static string AdId(string site, string? siteAdId, string? url) =>
        Ids.Make("ad", site.Trim().ToLowerInvariant(), siteAdId ?? url);

    /// <summary>
    /// Statements of one ad; <paramref name="sourceId"/> is the file's <see cref="SourceId"/>. First and
    /// last seen are the ad's <c>posted_at</c>; an ad without a usable one gets no <c>postedAt</c> value
    /// and statements without first/last seen (unknown), never the file's or the ingest's time.
    /// </summary>
    public static void AddAd(AdRecord ad, string sourceId, ICollection<Statement> into)
    {
        ArgumentNullException.ThrowIfNull(ad);
        ArgumentNullException.ThrowIfNull(into);
        var id = AdId(ad.Site, ad.AdId, ad.Url);
        var locator = ad.Locator;
        var seen = ad.PostedAt;
        into.Add(Make(id, "Advertisement", "site", SiteId(ad.Site), sourceId, locator, seen));
        Optional("siteAdId", ad.AdId);
        Optional("url", ad.Url);
        if (ad.PostedAt is { } posted)
        {
            into.Add(Make(id, "Advertisement", "postedAt", AdDates.Format(posted), sourceId, locator, seen));
        }

        Optional("city", ad.City);
        Optional("country", ad.Country);
        Optional("title", ad.Title);
        Optional("body", ad.Body);
        Optional("phoneRaw", ad.Phone);
        foreach (var image in ad.Images)
        {
            into.Add(Make(id, "Advertisement", "imageRef", image, sourceId, locator, seen));
        }

        foreach (var (name, value) in ad.Extras)
        {
            if (value.Length > 0)
            {
                into.Add(Make(id, "Advertisement", "raw:" + name, value, sourceId, locator, seen));
            }
        }

        void Optional(string property, string? value)
        {
            if (value is not null)
            {
                into.Add(Make(id, "Advertisement", property, value, sourceId, locator, seen));
            }
        }
    }

    /// <summary>The name of a site, seen from <paramref name="first"/> to <paramref name="last"/> in a source (null: no dated ad).</summary>
    public static Statement SiteName(string site, string sourceId, string locator, DateTimeOffset? first, DateTimeOffset? last) =>
        Make(SiteId(site), "Site", "name", site.Trim().ToLowerInvariant(), sourceId, locator, first, last);

    /// <summary>That a source file holds ads of a site.</summary>
    public static Statement SourceSite(string site, string sourceId, string locator, DateTimeOffset? first, DateTimeOffset? last) =>
        Make(sourceId, "Source", "site", SiteId(site), sourceId, locator, first, last);

    /// <summary>Format name as stored on the Source entity: <c>jsonl</c>, <c>csv</c> or <c>html</c>.</summary>
    public static string FormatName(AdFormat format) => format switch
    {
        AdFormat.JsonLines => "jsonl",
        AdFormat.Csv => "csv",
        _ => "html",
    };

    private static Statement Make(string entity, string schema, string property, string value, string source, string locator, DateTimeOffset? first, DateTimeOffset? last = null) =>
        new(entity, schema, property, value, source, locator, Producer, ProducerVersion, first, last ?? first);
}
