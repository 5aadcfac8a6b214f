using SkiaSharp;
using Threadline.Simulation.Core;
using Threadline.Simulation.Output;

namespace Threadline.Simulation.Images;

/// <summary>
/// Renders the stand-in photos: each original is a seeded composition (gradient background, a figure-like
/// silhouette, random shapes and a texture) so different photos are far apart under perceptual hashes,
/// and each copy gets the changes re-posting makes (resize, recompress, crop, mirror, watermark, colour shift).
/// </summary>
internal sealed class PhotoRenderer : IDisposable
{
    private const int Width = 192;
    private const int Height = 256;
    private readonly SKFont _font = new(SKTypeface.Default, 14);

    /// <summary>Encoded bytes and file extension (".jpg" or ".png") of one copy.</summary>
    public (byte[] Bytes, string Extension) Render(ImageSpec spec, string site)
    {
        using var original = Original(spec.PhotoSeed);
        var rng = new Rng(spec.VariantSeed);
        var bitmap = original;
        SKBitmap? owned = null;
        try
        {
            foreach (var t in spec.Transforms)
            {
                var next = Apply(bitmap, t, rng, site);
                owned?.Dispose();
                owned = next;
                bitmap = next;
            }

            var jpeg = spec.Transforms.Contains("recompress") || rng.Chance(0.7);
            var quality = spec.Transforms.Contains("recompress") ? rng.Between(35, 70) : 90;
            using var image = SKImage.FromBitmap(bitmap);
            using var data = image.Encode(jpeg ? SKEncodedImageFormat.Jpeg : SKEncodedImageFormat.Png, quality);
            return (data.ToArray(), jpeg ? ".jpg" : ".png");
        }
        finally
        {
            owned?.Dispose();
        }
    }

    /// <summary>The original photo of a seed.</summary>
    internal static SKBitmap Original(ulong seed)
    {
        var rng = new Rng(seed);
        var bmp = new SKBitmap(Width, Height, SKColorType.Rgba8888, SKAlphaType.Premul);
        using var canvas = new SKCanvas(bmp);
        var angle = rng.NextDouble() * Math.PI * 2;
        var dx = (float)Math.Cos(angle) * Width;
        var dy = (float)Math.Sin(angle) * Height;
        using (var shader = SKShader.CreateLinearGradient(new SKPoint((Width / 2f) - dx, (Height / 2f) - dy), new SKPoint((Width / 2f) + dx, (Height / 2f) + dy), [Color(rng, 255), Color(rng, 255), Color(rng, 255)], SKShaderTileMode.Clamp))
        using (var paint = new SKPaint { Shader = shader })
        {
            canvas.DrawRect(0, 0, Width, Height, paint);
        }

        using var fill = new SKPaint { IsAntialias = true, Style = SKPaintStyle.Fill };
        for (var i = rng.Between(10, 24); i > 0; i--)
        {
            fill.Color = Color(rng, (byte)rng.Between(90, 230));
            var x = (float)(rng.NextDouble() * Width);
            var y = (float)(rng.NextDouble() * Height);
            var w = (float)rng.Between(10.0, 120.0);
            var h = (float)rng.Between(10.0, 120.0);
            canvas.Save();
            canvas.RotateDegrees((float)rng.Between(0.0, 180.0), x, y);
            switch (rng.Next(3))
            {
                case 0: canvas.DrawOval(x, y, w / 2, h / 2, fill); break;
                case 1: canvas.DrawRect(x - (w / 2), y - (h / 2), w, h, fill); break;
                default:
                    using (var path = new SKPath())
                    {
                        path.MoveTo(x, y);
                        path.LineTo(x + w, y + (h / 3));
                        path.LineTo(x + (w / 3), y + h);
                        path.Close();
                        canvas.DrawPath(path, fill);
                    }

                    break;
            }

            canvas.Restore();
        }

        // A silhouette: head and body, placed and coloured per photo.
        var cx = (float)rng.Between(60.0, 132.0);
        fill.Color = Color(rng, 255);
        canvas.DrawCircle(cx, (float)rng.Between(50.0, 90.0), (float)rng.Between(22.0, 34.0), fill);
        canvas.DrawOval(cx, (float)rng.Between(170.0, 210.0), (float)rng.Between(40.0, 70.0), (float)rng.Between(60.0, 90.0), fill);

        // Texture: fine stripes at a random pitch and angle.
        using var stroke = new SKPaint { IsAntialias = false, Style = SKPaintStyle.Stroke, StrokeWidth = 1, Color = Color(rng, 20) };
        var pitch = rng.Between(3, 9);
        canvas.Save();
        canvas.RotateDegrees((float)rng.Between(0.0, 180.0), Width / 2f, Height / 2f);
        for (var x = -Height; x < Width + Height; x += pitch)
        {
            canvas.DrawLine(x, -Height, x, 2 * Height, stroke);
        }

        canvas.Restore();
        return bmp;
    }

    private SKBitmap Apply(SKBitmap src, string transform, Rng rng, string site)
    {
        switch (transform)
        {
            case "resize":
            {
                var s = rng.Between(0.55, 0.9);
                return src.Resize(new SKImageInfo((int)(src.Width * s), (int)(src.Height * s)), new SKSamplingOptions(SKFilterMode.Linear, SKMipmapMode.None));
            }

            case "crop":
            {
                var cw = (int)(src.Width * rng.Between(0.02, 0.06));
                var ch = (int)(src.Height * rng.Between(0.02, 0.06));
                var dst = new SKBitmap(src.Width - (2 * cw), src.Height - (2 * ch), SKColorType.Rgba8888, SKAlphaType.Premul);
                using var c = new SKCanvas(dst);
                c.DrawBitmap(src, new SKRect(cw, ch, src.Width - cw, src.Height - ch), new SKRect(0, 0, dst.Width, dst.Height));
                return dst;
            }

            case "mirror":
            {
                var dst = new SKBitmap(src.Width, src.Height, SKColorType.Rgba8888, SKAlphaType.Premul);
                using var c = new SKCanvas(dst);
                c.Scale(-1, 1, src.Width / 2f, 0);
                c.DrawBitmap(src, 0, 0);
                return dst;
            }

            case "watermark":
            {
                var dst = src.Copy();
                using var c = new SKCanvas(dst);
                using var band = new SKPaint { Color = new SKColor(255, 255, 255, 60) };
                var y = rng.Chance(0.5) ? dst.Height - 22 : 4;
                c.DrawRect(0, y, dst.Width, 18, band);
                using var ink = new SKPaint { Color = new SKColor(0, 0, 0, 160), IsAntialias = true };
                c.DrawText(site, 4, y + 14, _font, ink);
                return dst;
            }

            case "colour_shift":
            {
                var dst = new SKBitmap(src.Width, src.Height, SKColorType.Rgba8888, SKAlphaType.Premul);
                using var c = new SKCanvas(dst);
                var r = (float)rng.Between(0.85, 1.15);
                var g = (float)rng.Between(0.85, 1.15);
                var b = (float)rng.Between(0.85, 1.15);
                float[] matrix = [r, 0, 0, 0, 0, 0, g, 0, 0, 0, 0, 0, b, 0, 0, 0, 0, 0, 1, 0];
                using var paint = new SKPaint { ColorFilter = SKColorFilter.CreateColorMatrix(matrix) };
                c.DrawBitmap(src, 0, 0, paint);
                return dst;
            }

            default:
                return src.Copy();
        }
    }

    private static SKColor Color(Rng rng, byte alpha) => new((byte)rng.Next(256), (byte)rng.Next(256), (byte)rng.Next(256), alpha);

    public void Dispose() => _font.Dispose();
}
