using Threadline.Ingest.Ads;

namespace Threadline.Ingest.Tests.Fuzz;

/// <summary>Reads bytes as a file of the given name would be read (sniffed, then read), from memory.</summary>
internal static class FuzzRead
{
    public static List<AdReadItem> Bytes(string name, byte[] bytes)
    {
        using var stream = new MemoryStream(bytes, writable: false);
        var sniff = AdFileReader.Sniff(stream, name);
        var items = AdFileReader.Read(stream, name, sniff, AdReaderLimits.Default, CancellationToken.None).ToList();
        CheckAccounting(items);
        return items;
    }

    /// <summary>What holds for any input: each item an ad or a rejection with a reason, in line order; a whole-file rejection alone.</summary>
    public static void CheckAccounting(List<AdReadItem> items)
    {
        Assert.All(items, i => Assert.True(i.IsAccepted ^ (i.Rejection is not null)));
        Assert.All(items.Where(i => !i.IsAccepted), i => Assert.False(string.IsNullOrWhiteSpace(i.Rejection!.Reason)));
        Assert.All(items.Where(i => i.IsAccepted).SelectMany(i => i.Ad!.DroppedValues), d => Assert.True(d.Kept && d.Reason.Length > 0));
        var lines = items.Select(i => i.Ad?.Line ?? i.Rejection!.Line).ToList();
        Assert.Equal(lines.Order(), lines);
        if (items.Any(i => i.Rejection is { Line: 0 }) && !items.Any(i => i.Ad is { Line: 0 }))
        {
            Assert.Single(items); // a whole file (or a page) is one item
        }
    }

    /// <summary>Everything an ad says, to compare the ads read from two versions of a file.</summary>
    public static string Shape(AdRecord ad) => string.Join(
        "\u241E",
        ad.Site, ad.AdId, ad.Url, ad.PostedAt?.ToString("O", System.Globalization.CultureInfo.InvariantCulture), ad.City, ad.Country, ad.Title, ad.Body, ad.Phone,
        string.Join('|', ad.Images), string.Join('|', ad.Extras.Select(e => e.Key + "=" + e.Value)), ad.Line.ToString(System.Globalization.CultureInfo.InvariantCulture),
        string.Join('|', ad.DroppedValues.Select(d => d.Reason)));
}
