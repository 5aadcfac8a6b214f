namespace Threadline.Storage.Tests;

/// <summary>The words every engine indexes, searches and marks in snippets: cut and folded as SQLite's unicode61 tokenizer does.</summary>
public sealed class TextTokensTests
{
    [Theory]
    [InlineData("Café près de la gare", "cafe pres de la gare")]
    [InlineData("new-in town, 10:30!", "new in town 10 30")]
    [InlineData("tulip.example user_name", "tulip example user name")]
    [InlineData("ÉCOLE Straße Ōsaka Ệ", "ecole straße osaka e")]
    [InlineData("Cafe\u0301 decomposed", "cafe decomposed")]
    [InlineData("emoji 🙂 between", "emoji between")]
    [InlineData("Ｆｕｌｌ width ２３", "ｆｕｌｌ width ２３")]
    [InlineData("  ", "")]
    public void Words_are_runs_of_letters_and_digits_without_accents_or_case(string text, string words)
    {
        Assert.Equal(words, string.Join(' ', TextTokens.Words(text)));
    }

    [Fact]
    public void A_very_long_word_is_cut_at_the_limit()
    {
        var word = Assert.Single(TextTokens.Words(new string('a', 3000)));
        Assert.Equal(TextTokens.MaxWordLength, word.Length);
    }
}
