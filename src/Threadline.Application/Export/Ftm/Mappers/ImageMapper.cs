using System.Globalization;

namespace Threadline.Application.Export.Ftm.Mappers;

/// <summary>
/// A photo from ads as an FtM Image: its file name and address, the personas whose ads show it as <c>pictured</c>, and
/// Threadline's hashes in the description (FtM's checksum is a SHA-1 of a stored file, which Threadline does not keep).
/// </summary>
internal static class ImageMapper
{
    public static IEnumerable<FtmEntity> Map(Facts image, FtmContext context)
    {
        var ftm = TwoWayMapper.Map(image, FtmMapping.ForThreadline("Image")!, context);
        foreach (var s in image.Of("url"))
        {
            ftm.Add("sourceUrl", s.Value, s);
            if (!ftm.Has("fileName") && Uri.TryCreate(s.Value, UriKind.Absolute, out var uri) && Path.GetFileName(uri.AbsolutePath) is { Length: > 0 } name)
            {
                ftm.Add("fileName", name, s);
            }
        }

        foreach (var s in image.OfAll("path", "file"))
        {
            if (!ftm.Has("fileName") && Path.GetFileName(s.Value) is { Length: > 0 } name)
            {
                ftm.Add("fileName", name, s);
            }
        }

        if (!ftm.Has("fileName"))
        {
            ftm.Add("fileName", image.Id, image.Entity.Statements[0]);
        }

        if (!ftm.Has("name"))
        {
            ftm.Add("name", ftm.Get("fileName")[0], image.Entity.Statements[0]);
        }

        var hashes = new List<string>();
        hashes.AddRange(image.Values("contentHash").Select(h => "SHA-256 " + h));
        hashes.AddRange(image.Values("perceptualHash").Select(h => "perceptual hash " + h));
        if (image.First("width") is { } w && image.First("height") is { } h)
        {
            hashes.Add(string.Create(CultureInfo.InvariantCulture, $"{w}×{h} pixels"));
        }

        hashes.AddRange(image.Values("path").Select(p => "referenced as " + p));
        if (hashes.Count > 0)
        {
            ftm.Add("description", "Photo from ads: " + string.Join("; ", hashes), image.OfAll("contentHash", "perceptualHash", "width", "height", "path"));
        }

        foreach (var persona in context.Pictured(image.Id))
        {
            ftm.Add("pictured", persona, image.Entity.Statements[0]);
        }

        yield return ftm;
    }
}
