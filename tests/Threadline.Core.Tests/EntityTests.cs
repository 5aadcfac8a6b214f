using Threadline.Core.Statements;

namespace Threadline.Core.Tests;

public sealed class EntityTests
{
    private static Statement S(string entity, string prop, string value, int day) =>
        new(entity, "Advertisement", prop, value, "src-1", "a.jsonl:1", "ingest.ads", "1", new DateTimeOffset(2026, 1, day, 0, 0, 0, TimeSpan.Zero), new DateTimeOffset(2026, 1, day, 0, 0, 0, TimeSpan.Zero));

    [Fact]
    public void Properties_are_multi_valued_in_first_seen_order()
    {
        var entity = Entity.FromGroup([S("ad-1", "title", "second", 5), S("ad-1", "title", "first", 2), S("ad-1", "city", "Gent", 3)]);
        Assert.Equal(new[] { "first", "second" }, entity.Get("title").ToArray());
        Assert.Equal("Gent", entity.First("city"));
        Assert.Empty(entity.Get("body"));
    }

    [Fact]
    public void Statements_of_one_entity_need_not_be_adjacent()
    {
        var entities = Entity.FromStatements([S("a", "title", "x", 1), S("b", "title", "y", 1), S("a", "body", "z", 1)]);
        Assert.Equal(2, entities.Count);
        Assert.Equal("z", entities[0].First("body"));
    }

    [Fact]
    public void Statement_id_ignores_seen_times_and_locator()
    {
        var a = S("ad-1", "title", "x", 1);
        var b = a with { FirstSeen = a.FirstSeen!.Value.AddDays(3), Locator = "b.jsonl:9" };
        Assert.Equal(a.Id, b.Id);
        Assert.NotEqual(a.Id, (a with { Value = "y" }).Id);
    }
}
