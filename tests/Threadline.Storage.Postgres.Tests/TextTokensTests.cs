namespace Threadline.Storage.Postgres.Tests;

/// <summary>The words this engine indexes and searches: cut and folded as SQLite's unicode61 tokenizer does.</summary>
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

    [Fact]
    public void A_value_becomes_a_tsvector_of_its_words_with_their_positions()
    {
        Assert.Equal("'new':1,4 'in':2 'town':3", WordVector.Of("New in town, new!"));
        Assert.Equal("'cafe':1 'pres':2", WordVector.Of("Café près"));
        Assert.Equal(string.Empty, WordVector.Of("— …"));
    }

    [Fact]
    public void Positions_stop_at_the_servers_limit_and_a_word_keeps_at_most_256()
    {
        var text = string.Concat(Enumerable.Repeat("filler ", 20_000)) + "needle";
        var vector = WordVector.Of(text);
        Assert.Contains("'needle':16383", vector, StringComparison.Ordinal);
        Assert.Equal(WordVector.MaxPositionsPerWord, vector.Split(' ')[0].Split(':')[1].Split(',').Length);
    }

    [Fact]
    public void Distinct_words_past_the_size_limit_are_not_indexed()
    {
        var text = string.Join(' ', Enumerable.Range(0, 200_000).Select(i => "w" + i.ToString("D7", System.Globalization.CultureInfo.InvariantCulture)));
        var vector = WordVector.Of(text);
        Assert.True(vector.Length < WordVector.MaxBytes + 200_000);
        Assert.Contains("'w0000000':1", vector, StringComparison.Ordinal);
        Assert.DoesNotContain("'w0199999'", vector, StringComparison.Ordinal);
    }
}
