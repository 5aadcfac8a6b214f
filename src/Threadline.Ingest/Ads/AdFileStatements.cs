using Threadline.Core.Statements;
using Threadline.Ingest.Pipeline;

namespace Threadline.Ingest.Ads;

/// <summary>
/// The statements of one ad file: each ad's, and per batch the sites the batch showed, each with the window of
/// its ads' posting times.
/// </summary>
internal sealed class AdFileStatements(SourceFile file) : FileStatements<AdRecord>
{
    private readonly Dictionary<string, SiteWindow> _sites = new(StringComparer.Ordinal);

    public override void Add(AdRecord record, List<Statement> batch)
    {
        AdStatements.AddAd(record, file.SourceId, batch);
        if (_sites.TryGetValue(record.Site, out var window))
        {
            _sites[record.Site] = window with { First = Earlier(window.First, record.PostedAt), Last = Later(window.Last, record.PostedAt) };
        }
        else
        {
            _sites[record.Site] = new SiteWindow(record.PostedAt, record.PostedAt, record.Locator);
        }
    }

    public override void EndBatch(List<Statement> batch)
    {
        foreach (var (site, window) in _sites.OrderBy(s => s.Key, StringComparer.Ordinal))
        {
            batch.Add(AdStatements.SiteName(site, file.SourceId, window.Locator, window.First, window.Last));
            batch.Add(AdStatements.SourceSite(site, file.SourceId, window.Locator, window.First, window.Last));
        }

        _sites.Clear();
    }

    // An undated ad (no usable posted_at) widens no window; a site with only undated ads has none.
    private static DateTimeOffset? Earlier(DateTimeOffset? a, DateTimeOffset? b) => a is null ? b : b is null ? a : (a < b ? a : b);

    private static DateTimeOffset? Later(DateTimeOffset? a, DateTimeOffset? b) => a is null ? b : b is null ? a : (a > b ? a : b);

    private readonly record struct SiteWindow(DateTimeOffset? First, DateTimeOffset? Last, string Locator);
}
