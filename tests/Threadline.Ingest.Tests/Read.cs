using System.Text;
using Threadline.Ingest.Ads;

namespace Threadline.Ingest.Tests;

/// <summary>Reads text or bytes through the public reader, as a file of the given name would be read.</summary>
internal static class Read
{
    public static List<AdReadItem> Text(string fileName, string text, AdReaderLimits? limits = null) =>
        Bytes(fileName, Encoding.UTF8.GetBytes(text), limits);

    public static List<AdReadItem> Bytes(string fileName, byte[] bytes, AdReaderLimits? limits = null)
    {
        using var dir = new TempDir();
        var path = dir.Bytes(fileName, bytes);
        return AdFileReader.Read(path, limits).ToList();
    }

    public static AdRecord Single(string fileName, string text)
    {
        var items = Text(fileName, text);
        var item = Assert.Single(items);
        Assert.True(item.IsAccepted, item.Rejection?.Reason);
        return item.Ad!;
    }

    public static Rejection Rejected(string fileName, string text)
    {
        var item = Assert.Single(Text(fileName, text));
        Assert.False(item.IsAccepted, "expected a rejection");
        return item.Rejection!;
    }
}
