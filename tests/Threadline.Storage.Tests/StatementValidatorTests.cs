using Threadline.Core.Model;
using Threadline.Core.Statements;

namespace Threadline.Storage.Tests;

/// <summary>The model rules statements are checked by before any engine stores them.</summary>
public sealed class StatementValidatorTests
{
    private readonly StatementValidator _validator = new(SchemaModel.Default);

    private static Statement Of(string schema, string property, string value = "x") =>
        new("e-1", schema, property, value, "src-1", null, "ingest.ads", null, null, null);

    [Fact]
    public void Full_text_properties_are_reported_as_such()
    {
        Assert.True(_validator.Validate(Of("Advertisement", "body")));
        Assert.False(_validator.Validate(Of("Advertisement", "city")));
        Assert.False(_validator.Validate(Of("Advertisement", "raw:anything")));
    }

    [Theory]
    [InlineData("Spaceship", "name", "'Spaceship'")]
    [InlineData("Thing", "name", "abstract")]
    [InlineData("Advertisement", "colour", "'colour'")]
    public void Unknown_schemata_abstract_ones_and_unknown_properties_are_refused_by_name(string schema, string property, string named)
    {
        var error = Assert.Throws<ArgumentException>(() => _validator.Validate(Of(schema, property)));
        Assert.Contains(named, error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void A_statement_without_a_source_is_refused()
    {
        Assert.Throws<ArgumentException>(() => _validator.Validate(Of("Advertisement", "title") with { Source = "" }));
        Assert.Throws<ArgumentException>(() => _validator.Validate(null!));
    }

    [Fact]
    public void An_entity_keeps_the_more_specific_of_two_related_schemata_and_refuses_unrelated_ones()
    {
        var model = SchemaLoader.Load(
        [
            new SchemaFile("Base.json", """{ "name": "Base", "label": "Base", "properties": { "name": { "type": "name", "label": "Name" } } }"""),
            new SchemaFile("Child.json", """{ "name": "Child", "extends": ["Base"], "label": "Child", "properties": {} }"""),
            new SchemaFile("Other.json", """{ "name": "Other", "label": "Other", "properties": {} }"""),
        ]);
        var validator = new StatementValidator(model);
        Assert.Equal("Child", validator.MergeSchema("e-1", "Base", "Child"));
        Assert.Equal("Child", validator.MergeSchema("e-1", "Child", "Base"));
        Assert.Equal("Base", validator.MergeSchema("e-1", "Base", "Base"));
        var error = Assert.Throws<InvalidOperationException>(() => validator.MergeSchema("e-1", "Child", "Other"));
        Assert.Contains("'e-1'", error.Message, StringComparison.Ordinal);
    }
}
