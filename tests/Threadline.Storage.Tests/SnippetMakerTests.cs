namespace Threadline.Storage.Tests;

/// <summary>Snippets mark what matched, in a window of words, as FTS5's snippet does.</summary>
public sealed class SnippetMakerTests
{
    private static IReadOnlyList<(string[] Words, bool Prefix)> Terms(params SearchTerm[] terms) => SnippetMaker.Terms(terms);

    [Fact]
    public void A_short_value_is_shown_whole_with_its_matches_marked()
    {
        Assert.Equal("[Lina]", SnippetMaker.Make("Lina", Terms(new SearchTerm("lina"))));
        Assert.Equal("[New in town], Gent [station]", SnippetMaker.Make("New in town, Gent station", Terms(new SearchTerm("new in town", Phrase: true), new SearchTerm("stat", Prefix: true))));
        Assert.Equal("[Café] près", SnippetMaker.Make("Café près", Terms(new SearchTerm("cafe"))));
    }

    [Fact]
    public void A_long_value_is_cut_around_the_matches_with_ellipses()
    {
        var value = string.Join(' ', Enumerable.Range(0, 100).Select(i => i == 60 ? "needle" : "w" + i.ToString(System.Globalization.CultureInfo.InvariantCulture)));
        var snippet = SnippetMaker.Make(value, Terms(new SearchTerm("needle")));
        Assert.StartsWith("…w57 ", snippet, StringComparison.Ordinal);
        Assert.Contains("[needle]", snippet, StringComparison.Ordinal);
        Assert.EndsWith("w80…", snippet, StringComparison.Ordinal);
    }
}
