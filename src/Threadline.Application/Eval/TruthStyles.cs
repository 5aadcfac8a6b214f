using Threadline.Ingest.Ads;
using Threadline.Simulation.Truth;

namespace Threadline.Application.Eval;

/// <summary>The writing style of each ad of a simulated world (<c>default</c> for the default writing), keyed by the workspace's ad id.</summary>
internal static class TruthStyles
{
    public const string Default = "default";

    public static Dictionary<string, string> Of(TruthSet truth)
    {
        var styles = new Dictionary<string, string>(StringComparer.Ordinal);
        foreach (var ad in truth.Ads)
        {
            styles.TryAdd(AdStatements.AdId(ad.Site, ad.AdId, null), ad.Style ?? Default);
        }

        return styles;
    }

    /// <summary>True when some ad was written in a style: only then are figures broken down by style.</summary>
    public static bool AnyStyled(TruthSet truth) => truth.Ads.Any(a => a.Style is not null);
}
