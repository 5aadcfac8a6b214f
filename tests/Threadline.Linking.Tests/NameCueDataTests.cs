using Threadline.Linking.Text;

namespace Threadline.Linking.Tests;

/// <summary>The name and age cues are data, one file per language (issue 13.7).</summary>
public sealed class NameCueDataTests
{
    [Fact]
    public void Every_language_file_is_loaded_and_adds_its_words()
    {
        Assert.Equal(["de", "en", "es", "fr", "it", "nl", "pt", "zh"], NameCues.Languages);
        Assert.True(NameCues.AgeWords.Contains("岁"), "岁");
        Assert.True(NameCues.AgeWords.Contains("ans"), "ans");
        Assert.True(NameCues.AgeWords.Contains("anos"), "anos");
        Assert.True(NameCues.Before.Contains("ich heiße"), "ich heiße");
        Assert.True(NameCues.After.Contains("ti aspetta"), "ti aspetta");
        Assert.All(NameCues.Before.Concat(NameCues.After).Concat(NameCues.AgeWords), w => Assert.Equal(w, w.ToLowerInvariant()));
    }
}
