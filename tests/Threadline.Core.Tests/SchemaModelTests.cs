using Threadline.Core.Model;

namespace Threadline.Core.Tests;

public sealed class SchemaModelTests
{
    private const string Thing = """{ "name": "Thing", "abstract": true, "properties": { "name": { "type": "name" } } }""";

    [Theory]
    [InlineData("Advertisement")]
    [InlineData("Site")]
    [InlineData("Phone")]
    [InlineData("Email")]
    [InlineData("Handle")]
    [InlineData("Image")]
    [InlineData("Location")]
    [InlineData("Person")]
    [InlineData("Source")]
    public void Default_model_declares_the_starting_types(string schema)
    {
        var spec = SchemaModel.Default.Get(schema);
        Assert.True(spec.IsA("Thing"));
        Assert.Contains("name", spec.Properties.Keys);
    }

    [Fact]
    public void Inherited_properties_are_resolved_and_edges_are_entity_properties()
    {
        var ad = SchemaModel.Default.Get("Advertisement");
        Assert.Equal("Thing", ad.Properties["country"].DeclaredBy);
        Assert.True(ad.Properties["site"].IsEdge);
        Assert.Equal("Site", ad.Properties["site"].Range);
        Assert.False(ad.Properties["title"].IsEdge);
        Assert.True(ad.Properties["title"].FullText);
    }

    [Fact]
    public void Relationship_schema_declares_its_edge_ends()
    {
        var payment = SchemaModel.Default.Get("Payment");
        Assert.Equal(new EdgeSpec("payer", "beneficiary", "paid", true), payment.Edge);
    }

    [Fact]
    public void Raw_properties_are_accepted_on_any_schema()
    {
        var ad = SchemaModel.Default.Get("Advertisement");
        Assert.NotNull(ad.Property("raw:agency"));
        Assert.Null(ad.Property("raw:"));
        Assert.Null(ad.Property("nonsense"));
    }

    [Fact]
    public void Unknown_schema_lookup_lists_known_names()
    {
        var ex = Assert.Throws<KeyNotFoundException>(() => SchemaModel.Default.Get("Nope"));
        Assert.Contains("Advertisement", ex.Message, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("Ad.json", """{ "name": "Ad", "extends": ["Thing"], "properties": { "x": { "type": "colour" } } }""", "unknown type 'colour'")]
    [InlineData("Ad.json", """{ "name": "Ad", "extends": ["Missing"] }""", "extends unknown schema 'Missing'")]
    [InlineData("Ad.json", """{ "name": "Other" }""", "does not match the file name")]
    [InlineData("Ad.json", """{ "label": "no name" }""", "missing required string 'name'")]
    [InlineData("Ad.json", """{ "name": "Ad", "properties": { "site": { "type": "entity" } } }""", "needs a 'range'")]
    [InlineData("Ad.json", """{ "name": "Ad", "properties": { "site": { "type": "entity", "range": "Nowhere" } } }""", "unknown schema 'Nowhere'")]
    [InlineData("Ad.json", """{ "name": "Ad", "properties": { "a": { "type": "string" } }, "edge": { "source": "a", "target": "a" } }""", "not an entity property")]
    [InlineData("Ad.json", """{ "name": "Ad", "colour": "red" }""", "unknown key 'colour'")]
    [InlineData("Ad.json", """{ "name": "Ad", "properties": { "a": { "type": "string", "fulltext": "yes" } } }""", "must be true or false")]
    [InlineData("Ad.json", """{ "name": "Ad", "properties": { "a": """, "invalid JSON")]
    [InlineData("Ad.json", """[1, 2]""", "one JSON object")]
    public void Broken_schema_file_fails_naming_the_file_and_the_problem(string file, string json, string problem)
    {
        var ex = Assert.Throws<SchemaException>(() => SchemaLoader.Load([new SchemaFile("Thing.json", Thing), new SchemaFile(file, json)]));
        Assert.Contains($"'{file}'", ex.Message, StringComparison.Ordinal);
        Assert.Contains(problem, ex.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Extends_cycle_is_reported()
    {
        var ex = Assert.Throws<SchemaException>(() => SchemaLoader.Load(
        [
            new SchemaFile("A.json", """{ "name": "A", "extends": ["B"] }"""),
            new SchemaFile("B.json", """{ "name": "B", "extends": ["A"] }"""),
        ]));
        Assert.Contains("cycle", ex.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Duplicate_schema_names_are_reported_with_both_files()
    {
        var ex = Assert.Throws<SchemaException>(() => SchemaLoader.Load(
        [
            new SchemaFile("A.json", """{ "name": "A" }"""),
            new SchemaFile("A.json", """{ "name": "A" }"""),
        ]));
        Assert.Contains("already declared", ex.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Redeclaring_an_inherited_property_with_another_type_is_an_error()
    {
        var ex = Assert.Throws<SchemaException>(() => SchemaLoader.Load(
        [
            new SchemaFile("Thing.json", Thing),
            new SchemaFile("Ad.json", """{ "name": "Ad", "extends": ["Thing"], "properties": { "name": { "type": "number" } } }"""),
        ]));
        Assert.Contains("redeclares 'Thing.name'", ex.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void A_new_type_is_a_new_file()
    {
        var dir = Directory.CreateTempSubdirectory("tl-schema-");
        try
        {
            File.WriteAllText(Path.Combine(dir.FullName, "Thing.json"), Thing);
            File.WriteAllText(Path.Combine(dir.FullName, "Vehicle.json"), """{ "name": "Vehicle", "extends": ["Thing"], "properties": { "plate": { "type": "identifier" } } }""");
            var model = SchemaModel.LoadDirectory(dir.FullName);
            Assert.True(model.Get("Vehicle").IsA("Thing"));
            Assert.Equal("identifier", model.Get("Vehicle").Properties["plate"].Type);
        }
        finally
        {
            dir.Delete(true);
        }
    }
}
