using SkiaSharp;

namespace Threadline.Linking.Tests;

public sealed class PhotoTests
{
    /// <summary>A synthetic "photo": a gradient background with a few coloured shapes, different per seed.</summary>
    private static SKBitmap Picture(int seed, int width = 320, int height = 400)
    {
        var rng = new Random(seed);
        var bmp = new SKBitmap(width, height, SKColorType.Rgba8888, SKAlphaType.Premul);
        using var canvas = new SKCanvas(bmp);
        using var bg = new SKPaint();
        bg.Shader = SKShader.CreateLinearGradient(new SKPoint(0, 0), new SKPoint(width, height),
            [new SKColor((byte)rng.Next(256), (byte)rng.Next(256), (byte)rng.Next(256)), new SKColor((byte)rng.Next(256), (byte)rng.Next(256), (byte)rng.Next(256))],
            SKShaderTileMode.Clamp);
        canvas.DrawRect(0, 0, width, height, bg);
        for (var i = 0; i < 6; i++)
        {
            using var p = new SKPaint { Color = new SKColor((byte)rng.Next(256), (byte)rng.Next(256), (byte)rng.Next(256)), IsAntialias = true };
            canvas.DrawCircle(rng.Next(width), rng.Next(height), 20 + rng.Next(90), p);
        }

        return bmp;
    }

    private static byte[] Encode(SKBitmap bmp, SKEncodedImageFormat format = SKEncodedImageFormat.Png, int quality = 100)
    {
        using var image = SKImage.FromBitmap(bmp);
        using var data = image.Encode(format, quality);
        return data.ToArray();
    }

    private static SKBitmap Transform(SKBitmap src, int width, int height, Action<SKCanvas> draw)
    {
        var bmp = new SKBitmap(width, height, SKColorType.Rgba8888, SKAlphaType.Premul);
        using var canvas = new SKCanvas(bmp);
        draw(canvas);
        return bmp;
    }

    private static ulong Hash(SKBitmap bmp) => PerceptualHash.FromBitmap(bmp);

    public static TheoryData<string> Alterations => ["resize", "jpeg", "crop", "mirror", "watermark", "colour"];

    [Theory]
    [MemberData(nameof(Alterations))]
    public void Altered_copies_of_a_photo_stay_within_the_match_distance(string alteration)
    {
        using var original = Picture(11);
        using SKBitmap altered = alteration switch
        {
            "resize" => Transform(original, 160, 200, c => c.DrawBitmap(original, new SKRect(0, 0, 160, 200))),
            "jpeg" => SKBitmap.Decode(Encode(original, SKEncodedImageFormat.Jpeg, 40)),
            "crop" => Transform(original, 320, 400, c => c.DrawBitmap(original, new SKRect(12, 16, 308, 384), new SKRect(0, 0, 320, 400))),
            "mirror" => Transform(original, 320, 400, c => { c.Scale(-1, 1, 160, 0); c.DrawBitmap(original, 0, 0); }),
            "watermark" => Transform(original, 320, 400, c =>
            {
                c.DrawBitmap(original, 0, 0);
                using var font = new SKFont(SKTypeface.Default, 22);
                using var p = new SKPaint { Color = new SKColor(255, 255, 255, 160) };
                c.DrawText("rosegarden.example", 20, 380, font, p);
            }),
            "colour" => Transform(original, 320, 400, c =>
            {
                using var p = new SKPaint { ColorFilter = SKColorFilter.CreateColorMatrix([1.1f, 0, 0, 0, 0.05f, 0, 1, 0, 0, 0, 0, 0, 0.9f, 0, 0, 0, 0, 0, 1, 0]) };
                c.DrawBitmap(original, 0, 0, p);
            }),
            _ => throw new ArgumentOutOfRangeException(nameof(alteration)),
        };
        var d = PerceptualHash.Distance(Hash(original), Hash(altered));
        Assert.True(d <= new LinkOptions().PhotoMaxDistance, $"{alteration}: distance {d}");
    }

    [Fact]
    public void Different_photos_are_far_apart()
    {
        var hashes = Enumerable.Range(100, 12).Select(s => { using var b = Picture(s); return Hash(b); }).ToList();
        for (var i = 0; i < hashes.Count; i++)
        {
            for (var j = i + 1; j < hashes.Count; j++)
            {
                Assert.True(PerceptualHash.Distance(hashes[i], hashes[j]) > new LinkOptions().PhotoMaxDistance, $"{i} vs {j}");
            }
        }
    }

    [Fact]
    public void Hashing_encoded_bytes_matches_hashing_the_bitmap_closely()
    {
        using var original = Picture(5);
        var fromBytes = PerceptualHash.FromBytes(Encode(original));
        Assert.True(fromBytes.Ok, fromBytes.Error);
        Assert.True(PerceptualHash.Distance(fromBytes.Hash, Hash(original)) <= 2);
    }

    [Fact]
    public void Malformed_data_gives_an_error_not_an_exception()
    {
        Assert.False(PerceptualHash.FromBytes([]).Ok);
        Assert.False(PerceptualHash.FromBytes("not an image at all"u8).Ok);
        using var original = Picture(3);
        var png = Encode(original);
        var truncated = PerceptualHash.FromBytes(png.AsSpan(0, png.Length / 3));
        Assert.True(truncated.Ok || truncated.Error is not null);
        var garbage = png.ToArray();
        new Random(1).NextBytes(garbage.AsSpan(40));
        _ = PerceptualHash.FromBytes(garbage);
    }

    [Fact]
    public void Images_over_the_limits_are_refused_before_decoding()
    {
        using var wide = new SKBitmap(4000, 10);
        var png = Encode(wide);
        var r = PerceptualHash.FromBytes(png, new ImageLimits { MaxDimension = 2000 });
        Assert.False(r.Ok);
        Assert.Contains("size limits", r.Error, StringComparison.Ordinal);
        Assert.False(PerceptualHash.FromBytes(png, new ImageLimits { MaxBytes = 10 }).Ok);
    }

    [Fact]
    public void Missing_file_gives_an_error()
    {
        Assert.False(PerceptualHash.FromFile("/nonexistent/photo.png").Ok);
    }

    [Fact]
    public void Hamming_index_over_a_large_set_uses_wider_chunks_and_still_finds_every_match()
    {
        var rng = new Random(8);
        var hashes = Enumerable.Range(0, 270_000).Select(_ => (ulong)rng.NextInt64()).ToList();
        var queries = new List<ulong>();
        for (var i = 0; i < 40; i++)
        {
            var h = hashes[i * 1000];
            for (var b = 0; b < 1 + (i % 11); b++)
            {
                h ^= 1UL << rng.Next(64);
            }

            queries.Add(h);
        }

        var index = new HammingIndex(hashes);
        foreach (var q in queries)
        {
            var expected = Enumerable.Range(0, hashes.Count).Where(i => PerceptualHash.Distance(hashes[i], q) <= 8).ToList();
            Assert.Equal(expected, index.Query(q, 8));
        }
    }

    [Fact]
    public void Hamming_index_finds_exactly_the_hashes_within_the_distance()
    {
        var rng = new Random(4);
        var hashes = Enumerable.Range(0, 3000).Select(_ => (ulong)rng.NextInt64()).ToList();
        for (var i = 0; i < 300; i++)
        {
            var h = hashes[i];
            for (var b = 0; b < rng.Next(12); b++)
            {
                h ^= 1UL << rng.Next(64);
            }

            hashes.Add(h);
        }

        var index = new HammingIndex(hashes);
        foreach (var q in hashes.Take(400))
        {
            foreach (var r in new[] { 0, 3, 8, 11 })
            {
                var expected = Enumerable.Range(0, hashes.Count).Where(i => PerceptualHash.Distance(hashes[i], q) <= r).ToList();
                Assert.Equal(expected, index.Query(q, r));
            }
        }
    }
}
