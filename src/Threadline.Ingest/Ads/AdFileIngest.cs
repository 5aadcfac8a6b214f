using Threadline.Core.Statements;

namespace Threadline.Ingest.Ads;

/// <summary>
/// One file's work in progress: the pending batch, the sites it saw, pending rejections, and the
/// record count that decides what a resumed run skips.
/// </summary>
internal sealed class AdFileIngest(string sourceId, string path, string hash, long resumeAfter, int batchSize)
{
    private readonly Dictionary<string, SiteWindow> _sites = new(StringComparer.Ordinal);
    private List<Rejection> _rejections = [];

    public string SourceId { get; } = sourceId;

    public string Path { get; } = path;

    public string Hash { get; } = hash;

    /// <summary>Records an earlier, stopped run had already written.</summary>
    public long ResumeAfter { get; } = resumeAfter;

    public List<Statement> Batch { get; private set; } = new(Math.Min(batchSize, 100_000) + 64);

    public long Accepted { get; private set; }

    public long Rejected { get; private set; }

    /// <summary>Values left out of accepted records (each a quarantine line with <see cref="Rejection.Kept"/>).</summary>
    public long ValuesLeftOut { get; private set; }

    public long Inserted { get; set; }

    private long Records => Accepted + Rejected;

    /// <summary>Counts an accepted ad and queues its statements; true when it is new in this run (not covered by the resumed part).</summary>
    public bool Accept(AdRecord ad)
    {
        Accepted++;
        ValuesLeftOut += ad.DroppedValues.Count;
        if (Records <= ResumeAfter)
        {
            return false;
        }

        AdStatements.AddAd(ad, SourceId, Batch);
        _rejections.AddRange(ad.DroppedValues);
        if (_sites.TryGetValue(ad.Site, out var window))
        {
            _sites[ad.Site] = window with { First = Earlier(window.First, ad.PostedAt), Last = Later(window.Last, ad.PostedAt) };
        }
        else
        {
            _sites[ad.Site] = new SiteWindow(ad.PostedAt, ad.PostedAt, ad.Locator);
        }

        return true;
    }

    /// <summary>Counts a rejection; true when it is new in this run (not covered by the resumed part).</summary>
    public bool Reject(Rejection rejection)
    {
        Rejected++;
        if (Records <= ResumeAfter)
        {
            return false;
        }

        _rejections.Add(rejection);
        return true;
    }

    /// <summary>The pending statements with the site statements of this batch; starts a new batch.</summary>
    public List<Statement> TakeBatch()
    {
        foreach (var (site, window) in _sites.OrderBy(s => s.Key, StringComparer.Ordinal))
        {
            Batch.Add(AdStatements.SiteName(site, SourceId, window.Locator, window.First, window.Last));
            Batch.Add(AdStatements.SourceSite(site, SourceId, window.Locator, window.First, window.Last));
        }

        _sites.Clear();
        var taken = Batch;
        Batch = new List<Statement>(taken.Capacity);
        return taken;
    }

    public List<Rejection> TakeRejections()
    {
        var taken = _rejections;
        _rejections = [];
        return taken;
    }

    // An undated ad (no usable posted_at) widens no window; a site with only undated ads has none.
    private static DateTimeOffset? Earlier(DateTimeOffset? a, DateTimeOffset? b) => a is null ? b : b is null ? a : (a < b ? a : b);

    private static DateTimeOffset? Later(DateTimeOffset? a, DateTimeOffset? b) => a is null ? b : b is null ? a : (a > b ? a : b);

    private readonly record struct SiteWindow(DateTimeOffset? First, DateTimeOffset? Last, string Locator);
}
