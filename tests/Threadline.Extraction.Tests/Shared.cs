namespace Threadline.Extraction.Tests;

/// <summary>One extractor for all tests (it is thread-safe and loading the data takes a moment).</summary>
internal static class Shared
{
    private static readonly Lazy<AdExtractor> Instance = new(() => new AdExtractor());

    public static AdExtractor Extractor => Instance.Value;

    public static AdExtraction Body(string body, string country = "BE", string? title = null, string? phoneField = null) =>
        Extractor.Extract(new AdText(title ?? "", body, phoneField, country));

    /// <summary>Rows of a tab-separated golden file (comments and blank lines skipped).</summary>
    public static IEnumerable<string[]> Golden(string name)
    {
        var path = Path.Combine(AppContext.BaseDirectory, "golden", name);
        foreach (var line in File.ReadLines(path))
        {
            if (line.Length == 0 || line[0] == '#')
            {
                continue;
            }

            yield return line.Split('\t');
        }
    }
}
