using System.Numerics;
using SkiaSharp;
using Threadline.Simulation.Truth;

namespace Threadline.Simulation.Tests;

public sealed class ImageTests
{
    [Fact]
    public void Photos_are_reused_with_changes_and_different_photos_are_far_apart()
    {
        var dir = DeterminismTests.Temp();
        try
        {
            var summary = Simulator.Run(new SimulationOptions { Seed = 4, Ads = 200, Days = 40, Images = true }, dir);
            Assert.True(summary.ImageFiles > 0);
            var truth = TruthSet.Load(dir);
            var images = new List<(ImageTruth Image, ulong Hash)>();
            foreach (var ad in truth.Ads)
            {
                var folder = Path.GetDirectoryName(Path.Combine(dir, ad.File))!;
                foreach (var img in ad.Images)
                {
                    var path = Path.GetFullPath(Path.Combine(folder, img.Ref));
                    Assert.True(File.Exists(path), path);
                    using var bmp = SKBitmap.Decode(path);
                    Assert.NotNull(bmp);
                    images.Add((img, DHash(bmp)));
                }
            }

            var same = new List<int>();
            var different = new List<int>();
            for (var i = 0; i < images.Count && i < 400; i++)
            {
                for (var j = i + 1; j < images.Count && j < 400; j++)
                {
                    var (a, b) = (images[i], images[j]);
                    if (a.Image.Transforms.Contains("mirror") || b.Image.Transforms.Contains("mirror"))
                    {
                        continue;
                    }

                    var d = BitOperations.PopCount(a.Hash ^ b.Hash);
                    (a.Image.Photo == b.Image.Photo ? same : different).Add(d);
                }
            }

            Assert.NotEmpty(same);
            Assert.True(same.Average() < 12, $"copies of one photo stay close (mean {same.Average():F1} bits)");
            Assert.True(different.Count(d => d <= 10) < different.Count / 100.0, "different photos are not near-duplicates");
        }
        finally
        {
            Directory.Delete(dir, true);
        }
    }

    // Difference hash (Krawetz): 9x8 grey thumbnail by area averaging, one bit per horizontal gradient sign.
    private static ulong DHash(SKBitmap original)
    {
        using var bmp = original.Resize(new SKImageInfo(72, 64), new SKSamplingOptions(SKFilterMode.Linear, SKMipmapMode.Linear));
        var cells = new double[8, 9];
        for (var y = 0; y < bmp.Height; y++)
        {
            for (var x = 0; x < bmp.Width; x++)
            {
                cells[y * 8 / bmp.Height, x * 9 / bmp.Width] += Grey(bmp.GetPixel(x, y));
            }
        }

        ulong h = 0;
        var bit = 0;
        for (var y = 0; y < 8; y++)
        {
            for (var x = 0; x < 8; x++)
            {
                if (cells[y, x] / Area(bmp, x, y) > cells[y, x + 1] / Area(bmp, x + 1, y))
                {
                    h |= 1UL << bit;
                }

                bit++;
            }
        }

        return h;
    }

    private static int Area(SKBitmap bmp, int cx, int cy)
    {
        int Span(int size, int cells, int c) => Enumerable.Range(0, size).Count(i => i * cells / size == c);
        return Span(bmp.Width, 9, cx) * Span(bmp.Height, 8, cy);
    }

    private static double Grey(SKColor c) => (0.299 * c.Red) + (0.587 * c.Green) + (0.114 * c.Blue);
}
