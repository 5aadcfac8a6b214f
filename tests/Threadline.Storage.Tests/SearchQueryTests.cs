using Threadline.Core.Model;

namespace Threadline.Storage.Tests;

/// <summary>The search syntax as data: what is typed, and the query it means (written back in the syntax).</summary>
public sealed class SearchQueryTests
{
    private static readonly SearchFields Fields = SearchFields.For(SchemaModel.Default);

    private static SearchQuery Parse(string text) => SearchQuery.Parse(text, Fields);

    public static TheoryData<string, string> Cases => new()
    {
        // Words, phrases, prefixes.
        { "lina gent", "lina gent" },
        { "  lina\t\ngent  ", "lina gent" },
        { "\"new in town\"", "\"new in town\"" },
        { "\" new in town \"", "\"new in town\"" },
        { "lin*", "lin*" },
        { "lin***", "lin*" },
        { "\"new in tow\"*", "\"new in tow\"*" },
        // OR joins the terms on both sides; AND between terms is what a space means.
        { "lina OR mia", "lina OR mia" },
        { "lina OR mia OR anna gent", "lina OR mia OR anna gent" },
        { "lina AND gent", "lina gent" },
        { "lina or mia", "lina or mia" },
        // Operators without a term on both sides are words.
        { "OR lina", "\"OR\" lina" },
        { "lina OR", "lina \"OR\"" },
        { "AND", "\"AND\"" },
        { "lina OR OR mia", "lina \"OR\" OR mia" },
        // Fields: known ones (any case) are fields, unknown ones are text.
        { "title:lina", "title:lina" },
        { "Title:Lina", "title:Lina" },
        { "body:\"new in town\"", "body:\"new in town\"" },
        { "postedat:2026-03*", "postedAt:2026-03*" },
        { "site:tulip.example", "site:tulip.example" },
        { "schema:Persona", "schema:Persona" },
        { "note:call", "note:call" },
        { "10:30", "10:30" },
        { "nope:\"a b\"", "\"nope:a b\"" },
        { "title: lina", "title: lina" },
        // Another engine's syntax is text.
        { "lina NOT gent", "lina NOT gent" },
        { "NEAR(lina gent)", "NEAR(lina gent)" },
        { "-gent ^lina {x}", "-gent ^lina {x}" },
        // Unclosed quotes quote nothing; terms without a letter or digit are left out.
        { "\"lighthouse sea", "lighthouse sea" },
        { "title:\"new in", "title: new in" },
        { "lighthouse - * \"\" 🙂", "lighthouse" },
        { "a\"b", "a\"b" },
        { "", "" },
        { "\u0000lina\u0007", "lina" },
    };

    [Theory]
    [MemberData(nameof(Cases))]
    public void Text_parses_to_the_query_it_means(string typed, string meant)
    {
        Assert.Equal(meant, Parse(typed).ToString());
    }

    [Theory]
    [MemberData(nameof(Cases))]
    public void A_query_written_back_parses_to_itself(string typed, string meant)
    {
        _ = meant;
        var once = Parse(typed).ToString();
        Assert.Equal(once, Parse(once).ToString());
    }

    [Fact]
    public void Fields_say_how_they_match()
    {
        var query = Parse("title:a city:b site:c schema:Site d");
        Assert.Equal(
            [SearchFieldKind.Text, SearchFieldKind.Value, SearchFieldKind.Reference, SearchFieldKind.Schema],
            query.Terms.Take(4).Select(t => t.Field!.Kind).ToArray());
        Assert.Null(query.Terms.Last().Field);
    }

    [Fact]
    public void Or_binds_before_the_implicit_and()
    {
        var query = Parse("lina OR mia gent");
        Assert.Equal(2, query.Clauses.Count);
        Assert.Equal(["lina", "mia"], query.Clauses[0].Terms.Select(t => t.Text).ToArray());
        Assert.Equal(["gent"], query.Clauses[1].Terms.Select(t => t.Text).ToArray());
    }

    [Fact]
    public void Only_the_first_terms_and_characters_count()
    {
        var many = Parse(string.Join(' ', Enumerable.Range(0, 100).Select(i => "w" + i)));
        Assert.Equal(SearchLimits.MaxTerms, many.Terms.Count());
        var long_ = Parse(new string('x', SearchLimits.MaxQueryLength - 1) + " yz");
        Assert.Single(long_.Terms);
    }

    [Theory]
    [InlineData("   ")]
    [InlineData("* - ^ ( )")]
    [InlineData("\"\"")]
    public void Nothing_to_search_for_is_an_empty_query(string text)
    {
        Assert.True(Parse(text).IsEmpty);
    }

    [Fact]
    public void Every_model_property_is_a_field_and_so_is_schema()
    {
        Assert.True(Fields.TryGet("SCHEMA", out var schema));
        Assert.Equal(SearchFieldKind.Schema, schema.Kind);
        Assert.True(Fields.TryGet("phoneRaw", out var phoneRaw));
        Assert.Equal(SearchFieldKind.Value, phoneRaw.Kind);
        Assert.False(Fields.TryGet("raw:notes", out _));
        Assert.Contains(Fields.All, f => f.Name == "body" && f.Kind == SearchFieldKind.Text);
    }
}
