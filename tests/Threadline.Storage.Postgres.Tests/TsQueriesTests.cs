using NpgsqlTypes;

namespace Threadline.Storage.Postgres.Tests;

/// <summary>Search terms as typed tsquery trees: no user text is ever read as tsquery syntax.</summary>
public sealed class TsQueriesTests
{
    [Theory]
    [InlineData("lina", false, false, "'lina'")]
    [InlineData("Lin", false, true, "'lin':*")]
    [InlineData("new in town", true, false, "'new' <-> 'in' <-> 'town'")]
    [InlineData("new in tow", true, true, "'new' <-> 'in' <-> 'tow':*")]
    [InlineData("note:call", false, false, "'note' <-> 'call'")]
    [InlineData("it's & | ! <-> :*", false, false, "'it' <-> 's'")]
    public void A_term_is_its_folded_words_in_order(string text, bool phrase, bool prefix, string expected)
    {
        var query = TsQueries.Of(new SearchTerm(text, phrase, prefix));
        Assert.NotNull(query);
        Assert.Equal(expected, Normalise(query.ToString()));
    }

    [Fact]
    public void Alternatives_are_joined_by_or_and_a_term_without_words_is_left_out()
    {
        var query = TsQueries.Any([new SearchTerm("mia"), new SearchTerm("🙂"), new SearchTerm("linda", Prefix: true)]);
        Assert.Equal("'mia' | 'linda':*", Normalise(query!.ToString()));
        Assert.Null(TsQueries.Any([new SearchTerm("—")]));
    }

    [Fact]
    public void Operators_typed_as_text_become_lexemes_not_operators()
    {
        var query = TsQueries.Of(new SearchTerm("a'b\\c"));
        Assert.IsType<NpgsqlTsQueryFollowedBy>(query);
        Assert.Equal("'a' <-> 'b' <-> 'c'", Normalise(query!.ToString()));
    }

    private static string Normalise(string text) =>
        System.Text.RegularExpressions.Regex.Replace(text.Replace("(", " ", StringComparison.Ordinal).Replace(")", " ", StringComparison.Ordinal), @"\s+", " ").Trim();
}
