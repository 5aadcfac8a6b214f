namespace Threadline.Storage.Postgres.Tests;

/// <summary>A value as the tsvector this engine stores: its words (<see cref="TextTokens"/>) with their positions, within the server's limits.</summary>
public sealed class WordVectorTests
{
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
