using Threadline.Core.Model;

namespace Threadline.Storage.Sqlite.Tests;

/// <summary>How search terms become FTS5 text: always strings, so no FTS5 operator reaches SQLite.</summary>
public sealed class Fts5Tests
{
    [Theory]
    [InlineData("lina", "\"lina\"")]
    [InlineData("lin*", "\"lin\" *")]
    [InlineData("\"new in town\"", "\"new in town\"")]
    [InlineData("say\"hi", "\"say\"\"hi\"")]
    [InlineData("NEAR(a", "\"NEAR(a\"")]
    [InlineData("lina OR mia*", "\"lina\" OR \"mia\" *")]
    [InlineData("value:lina", "\"value:lina\"")]
    public void Terms_become_quoted_fts5_strings(string query, string expected)
    {
        var parsed = SearchQuery.Parse(query, SearchFields.For(SchemaModel.Default));
        Assert.Equal(expected, Fts5.Any(Assert.Single(parsed.Clauses).Terms));
    }

    [Theory]
    [InlineData("city:gent", "gent")]
    [InlineData("city:gent*", "gent%")]
    [InlineData("city:\"50%_off\\\"", "50\\%\\_off\\\\")]
    public void Field_values_become_escaped_like_patterns(string query, string expected)
    {
        var parsed = SearchQuery.Parse(query, SearchFields.For(SchemaModel.Default));
        Assert.Equal(expected, LikePattern.Of(Assert.Single(Assert.Single(parsed.Clauses).Terms)));
    }
}
