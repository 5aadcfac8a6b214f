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

    public long Inserted { get; set; }

    private long Records => Accepted + Rejected;

    public void Accept(AdRecord ad)
    {
        Accepted++;
        if (Records <= ResumeAfter)
        {
            return;
        }

        AdStatements.AddAd(ad, SourceId, Batch);
        if (_sites.TryGetValue(ad.Site, out var window))
        {
            _sites[ad.Site] = window with
            {
                First = ad.PostedAt < window.First ? ad.PostedAt : window.First,
                Last = ad.PostedAt > window.Last ? ad.PostedAt : window.Last,
            };
        }
        else
        {
            _sites[ad.Site] = new SiteWindow(ad.PostedAt, ad.PostedAt, ad.Locator);
        }
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

    private readonly record struct SiteWindow(DateTimeOffset First, DateTimeOffset Last, string Locator);
}
