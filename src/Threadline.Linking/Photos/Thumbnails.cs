using SkiaSharp;

namespace Threadline.Linking;

/// <summary>
/// Small JPEG thumbnails of ingested photos, embedded in the report as <c>data:</c> URIs so that the
/// report shows photos without loading anything: no remote server learns that an ad was looked at.
/// </summary>
public static class Thumbnails
{
    /// <summary>A JPEG of at most <paramref name="maxSide"/> pixels on its longer side, or null when the bytes are no readable image within the limits.</summary>
    public static byte[]? Jpeg(ReadOnlySpan<byte> encoded, ImageLimits? limits = null, int maxSide = 120, int quality = 70)
    {
        ArgumentOutOfRangeException.ThrowIfLessThan(maxSide, 8);
        using var bitmap = PerceptualHash.DecodeBounded(encoded, limits ?? new ImageLimits(), out _);
        if (bitmap is null)
        {
            return null;
        }

        var scale = Math.Min(1.0, maxSide / (double)Math.Max(bitmap.Width, bitmap.Height));
        var info = new SKImageInfo(Math.Max(1, (int)Math.Round(bitmap.Width * scale)), Math.Max(1, (int)Math.Round(bitmap.Height * scale)), SKColorType.Rgba8888, SKAlphaType.Premul);
        using var resized = bitmap.Resize(info, new SKSamplingOptions(SKFilterMode.Linear, SKMipmapMode.Linear));
        if (resized is null)
        {
            return null;
        }

        using var image = SKImage.FromBitmap(resized);
        using var data = image.Encode(SKEncodedImageFormat.Jpeg, quality);
        return data?.ToArray();
    }

    /// <summary>The thumbnail as a <c>data:image/jpeg;base64,…</c> URI, or null.</summary>
    public static string? DataUri(ReadOnlySpan<byte> encoded, ImageLimits? limits = null, int maxSide = 120)
    {
        var jpeg = Jpeg(encoded, limits, maxSide);
        return jpeg is null ? null : "data:image/jpeg;base64," + Convert.ToBase64String(jpeg);
    }
}
