using Threadline.Ingest.Ads;

namespace Threadline.Ingest.Tests.Ads;

/// <summary>Damaged copies of the shipped samples: readers reject what is broken and never throw.</summary>
public sealed class DamagedInputTests
{
    public static TheoryData<string> SampleFiles()
    {
        var data = new TheoryData<string>();
        foreach (var file in InputFiles.Expand([RepoPaths.Samples]).Files.Where(f => !f.Contains("bad", StringComparison.Ordinal)))
        {
            data.Add(Path.GetRelativePath(RepoPaths.Samples, file));
        }

        return data;
    }

    [Theory]
    [MemberData(nameof(SampleFiles))]
    public void Truncated_or_corrupted_copies_are_read_without_throwing(string relative)
    {
        var original = File.ReadAllBytes(Path.Combine(RepoPaths.Samples, relative));
        var name = Path.GetFileName(relative);
        var random = new Random(7);
        using var dir = new TempDir();
        var goodCount = AdFileReader.Read(Path.Combine(RepoPaths.Samples, relative)).Count(i => i.IsAccepted);

        for (var cut = 1; cut < original.Length; cut += Math.Max(1, original.Length / 40))
        {
            var items = AdFileReader.Read(dir.Bytes("cut/" + name, original[..cut])).ToList();
            Assert.True(items.Count(i => i.IsAccepted) <= goodCount);
        }

        for (var round = 0; round < 30; round++)
        {
            var damaged = (byte[])original.Clone();
            for (var flips = 0; flips < 1 + random.Next(5); flips++)
            {
                damaged[random.Next(damaged.Length)] = (byte)random.Next(256);
            }

            var items = AdFileReader.Read(dir.Bytes("flip/" + name, damaged)).ToList();
            Assert.All(items, i => Assert.True(i.IsAccepted ^ (i.Rejection is not null)));
            Assert.All(items.Where(i => !i.IsAccepted), i => Assert.False(string.IsNullOrWhiteSpace(i.Rejection!.Reason)));
        }
    }
}
