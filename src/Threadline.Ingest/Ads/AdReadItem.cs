using Threadline.Ingest.Pipeline;

namespace Threadline.Ingest.Ads;

/// <summary>What a reader yields per record: an accepted ad or a rejection, never both.</summary>
public sealed class AdReadItem
{
    private AdReadItem(AdRecord? ad, Rejection? rejection)
    {
        Ad = ad;
        Rejection = rejection;
    }

    /// <summary>The accepted ad, or null.</summary>
    public AdRecord? Ad { get; }

    /// <summary>The rejection, or null.</summary>
    public Rejection? Rejection { get; }

    /// <summary>Whether the record was accepted.</summary>
    public bool IsAccepted => Ad is not null;

    public static AdReadItem Accept(AdRecord ad) => new(ad ?? throw new ArgumentNullException(nameof(ad)), null);

    public static AdReadItem Reject(Rejection rejection) => new(null, rejection ?? throw new ArgumentNullException(nameof(rejection)));

    public static AdReadItem Reject(string file, long line, string reason, string excerpt) => new(null, new Rejection(file, line, reason, excerpt));
}
