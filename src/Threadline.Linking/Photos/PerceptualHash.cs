using SkiaSharp;

namespace Threadline.Linking;

/// <summary>
/// A 64-bit DCT perceptual hash (pHash, Zauner 2010), made mirror-invariant: the 32×32 grey image is
/// added to its horizontal mirror before the DCT, so only even horizontal frequencies remain, and the
/// 64 lowest of them (without the DC term) are compared with their median. Resizing, recompression,
/// watermarks, colour shifts and moderate crops move few bits; a mirror moves none.
/// Decoding is bounded: size and dimensions are checked from the header (SKCodec) before any pixel is
/// decoded, large images are decoded scaled down, and malformed data gives an error, never an exception.
/// </summary>
public static class PerceptualHash
{
    private const int N = 32;
    private static readonly double[,] Cos = BuildCos();

    /// <summary>Number of differing bits between two hashes.</summary>
    public static int Distance(ulong a, ulong b) => System.Numerics.BitOperations.PopCount(a ^ b);

    /// <summary>Hashes an image file (a regular file only, read within the size limit); never throws for bad or hostile content.</summary>
    public static ImageHashResult FromFile(string path, ImageLimits? limits = null)
    {
        limits ??= new ImageLimits();
        var bytes = ImageFiles.Read(path, limits, out var error);
        return bytes is null ? new(0, error) : FromBytes(bytes, limits);
    }

    /// <summary>Hashes encoded image bytes (PNG, JPEG, WebP, GIF, BMP ...); never throws for bad content.</summary>
    public static ImageHashResult FromBytes(ReadOnlySpan<byte> bytes, ImageLimits? limits = null)
    {
        using var bitmap = DecodeBounded(bytes, limits ?? new ImageLimits(), out var error);
        return bitmap is null ? new(0, error) : new(FromBitmap(bitmap), null);
    }

    /// <summary>
    /// Decodes within the limits: size and dimensions are checked from the header before any pixel is
    /// decoded, and large images are decoded scaled down (shortest side 64 to 128 pixels, enough for a
    /// hash or a thumbnail). Null with the reason for anything bad; never throws for bad content.
    /// </summary>
    internal static SKBitmap? DecodeBounded(ReadOnlySpan<byte> bytes, ImageLimits limits, out string? error)
    {
        error = null;
        if (bytes.Length == 0)
        {
            error = "empty image";
            return null;
        }

        if (bytes.Length > limits.MaxBytes)
        {
            error = FormattableString.Invariant($"image is {bytes.Length} bytes, over the {limits.MaxBytes} byte limit");
            return null;
        }

        try
        {
            using var data = SKData.CreateCopy(bytes);
            using var codec = SKCodec.Create(data);
            if (codec is null)
            {
                error = "not a readable image";
                return null;
            }

            var w = codec.Info.Width;
            var h = codec.Info.Height;
            if (w <= 0 || h <= 0)
            {
                error = "image has no pixels";
                return null;
            }

            if (w > limits.MaxDimension || h > limits.MaxDimension || (long)w * h > limits.MaxPixels)
            {
                error = FormattableString.Invariant($"image is {w}x{h}, over the size limits");
                return null;
            }

            var bitmap = Decode(codec, limits);
            error = bitmap is null ? "image data is malformed" : null;
            return bitmap;
        }
        catch (Exception e) when (e is ArgumentException or InvalidOperationException or NotSupportedException or OutOfMemoryException)
        {
            error = "image could not be decoded: " + e.GetType().Name;
            return null;
        }
    }

    /// <summary>Hashes a decoded bitmap.</summary>
    public static ulong FromBitmap(SKBitmap bitmap)
    {
        ArgumentNullException.ThrowIfNull(bitmap);
        using var rgba = bitmap.ColorType == SKColorType.Rgba8888 ? null : bitmap.Copy(SKColorType.Rgba8888);
        var src = rgba ?? bitmap;
        return FromGrey(Downsample(src.GetPixelSpan(), src.Width, src.Height, src.RowBytes));
    }

    private static SKBitmap? Decode(SKCodec codec, ImageLimits limits)
    {
        var full = codec.Info;
        var scale = 1f;
        var minSide = Math.Min(full.Width, full.Height);
        while (scale > 0.125f && minSide * scale / 2 >= 64)
        {
            scale /= 2;
        }

        var size = codec.GetScaledDimensions(scale);
        if ((long)size.Width * size.Height > limits.MaxDecodedPixels)
        {
            return null;
        }

        var info = new SKImageInfo(size.Width, size.Height, SKColorType.Rgba8888, SKAlphaType.Unpremul);
        var bitmap = new SKBitmap(info);
        var result = codec.GetPixels(info, bitmap.GetPixels());
        if (result is SKCodecResult.Success or SKCodecResult.IncompleteInput)
        {
            return bitmap;
        }

        bitmap.Dispose();
        if (size.Width == full.Width || (long)full.Width * full.Height > limits.MaxDecodedPixels)
        {
            return null;
        }

        info = new SKImageInfo(full.Width, full.Height, SKColorType.Rgba8888, SKAlphaType.Unpremul);
        bitmap = new SKBitmap(info);
        result = codec.GetPixels(info, bitmap.GetPixels());
        if (result is SKCodecResult.Success or SKCodecResult.IncompleteInput)
        {
            return bitmap;
        }

        bitmap.Dispose();
        return null;
    }

    // Area average into a 32×32 grey grid (ITU-R BT.601 luma weights).
    private static double[] Downsample(ReadOnlySpan<byte> px, int w, int h, int rowBytes)
    {
        var sum = new double[N * N];
        var count = new int[N * N];
        for (var y = 0; y < h; y++)
        {
            var ty = (int)((long)y * N / h);
            var row = px.Slice(y * rowBytes, w * 4);
            for (var x = 0; x < w; x++)
            {
                var tx = (int)((long)x * N / w);
                var o = x * 4;
                var a = row[o + 3] / 255.0;
                var lum = (0.299 * row[o]) + (0.587 * row[o + 1]) + (0.114 * row[o + 2]);
                sum[(ty * N) + tx] += (lum * a) + (255 * (1 - a));
                count[(ty * N) + tx]++;
            }
        }

        for (var i = 0; i < sum.Length; i++)
        {
            sum[i] = count[i] == 0 ? 0 : sum[i] / count[i];
        }

        return sum;
    }

    internal static ulong FromGrey(double[] grey)
    {
        // Symmetrise: g(x, y) + g(N-1-x, y) keeps only even horizontal frequencies.
        var sym = new double[N * N];
        for (var y = 0; y < N; y++)
        {
            for (var x = 0; x < N; x++)
            {
                sym[(y * N) + x] = grey[(y * N) + x] + grey[(y * N) + (N - 1 - x)];
            }
        }

        // The lowest coefficients (u even 0..10, v 0..10) without the DC term: 6×11 − 1 = 65; keep 64.
        // Low frequencies only, so that a moderate crop (a small shift and zoom) moves few bits.
        Span<double> coef = stackalloc double[64];
        var k = 0;
        for (var v = 0; v <= 10 && k < 64; v++)
        {
            for (var u = 0; u <= 10 && k < 64; u += 2)
            {
                if (u == 0 && v == 0)
                {
                    continue;
                }

                var s = 0.0;
                for (var y = 0; y < N; y++)
                {
                    var cy = Cos[v, y];
                    for (var x = 0; x < N; x++)
                    {
                        s += sym[(y * N) + x] * Cos[u, x] * cy;
                    }
                }

                coef[k++] = s;
            }
        }

        var sorted = coef.ToArray();
        Array.Sort(sorted);
        var median = (sorted[31] + sorted[32]) / 2;
        ulong hash = 0;
        for (var i = 0; i < 64; i++)
        {
            if (coef[i] > median)
            {
                hash |= 1UL << i;
            }
        }

        return hash;
    }

    private static double[,] BuildCos()
    {
        var c = new double[N, N];
        for (var u = 0; u < N; u++)
        {
            for (var x = 0; x < N; x++)
            {
                c[u, x] = Math.Cos((2 * x + 1) * u * Math.PI / (2 * N));
            }
        }

        return c;
    }
}
