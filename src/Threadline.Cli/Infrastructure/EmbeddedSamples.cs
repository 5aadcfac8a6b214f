namespace Threadline.Cli.Infrastructure;

/// <summary>The synthetic sample ads shipped inside the command, written out for the demo.</summary>
internal static class EmbeddedSamples
{
    private const string Prefix = "samples/ads/";

    /// <summary>Writes every sample file under <paramref name="directory"/>; returns the good files' root and the bad files' folder.</summary>
    public static (string Good, string Bad) WriteAds(string directory)
    {
        var assembly = typeof(EmbeddedSamples).Assembly;
        var root = Path.Combine(directory, "samples");
        foreach (var name in assembly.GetManifestResourceNames().Where(n => n.StartsWith(Prefix, StringComparison.Ordinal)))
        {
            var relative = name[Prefix.Length..].Replace('\\', '/');
            var path = Path.Combine(root, relative);
            Directory.CreateDirectory(Path.GetDirectoryName(path)!);
            using var input = assembly.GetManifestResourceStream(name)!;
            using var output = File.Create(path);
            input.CopyTo(output);
        }

        return (root, Path.Combine(root, "bad"));
    }
}
