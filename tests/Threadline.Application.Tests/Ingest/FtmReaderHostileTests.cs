using System.Text;
using Threadline.Application.Ingest.Ftm;
using Threadline.Ingest.Pipeline;

namespace Threadline.Application.Tests.Ingest;

/// <summary>Each kind of hostile line an FtM file may hold is named by its line and reason, and the good lines around it are read.</summary>
public sealed class FtmReaderHostileTests
{
    private const string Good = """{"id":"p1","schema":"Person","properties":{"name":["Ana"]}}""";

    public static TheoryData<string, string, bool> Lines => new()
    {
        { "{\"id\":\"p2\",", "not a JSON object", false },
        { "HUGE", "longer than 8,388,608 bytes", false },
        { new string('[', 40) + new string(']', 40), "nested deeper than 16 levels", false },
        { """{"id":"p2","schema":"Starship","properties":{"name":["x"]}}""", "field 'schema': 'Starship'", false },
        { """{"id":"p2","schema":"Person","properties":{"name":["Bo"],"warpSpeed":["9"]}}""", "property 'warpSpeed' of entity 'p2' is not one of FollowTheMoney Person", true },
        { """{"id":"p2","schema":"Person","properties":{"name":["Bo", 7]}}""", "is not a string (a JSON number)", true },
        { """{"id":["p2"],"schema":"Person","properties":{"name":["Bo"]}}""", "field 'id' is not a string (a JSON list)", false },
        { """{"entity_id":"p2","schema":"Person","prop":"name","value":false}""", "field 'value' is not a string (a JSON boolean)", false },
        { """{"id":"p2","schema":"Person","properties":{"name":["Bo \ud800"]}}""", "lone surrogate", false },
        { "{\"id\":\"p2\",\"schema\":\"Person\",\"properties\":{\"name\":[\"Bo\0\"]}}", "NUL byte at byte 55", false },
        { """{"id":"p2","schema":"Person","properties":{"name":["Bo\u0000"]}}""", "holds a control character", true },
        { """{"entity_id":"p2","schema":"Person","prop":"name","value":"Bo","origin":"x\u0000"}""", "field 'origin' holds a NUL character", true },
    };

    [Theory]
    [MemberData(nameof(Lines))]
    public void A_hostile_line_is_named_and_the_lines_around_it_read(string hostile, string reason, bool kept)
    {
        if (hostile == "HUGE")
        {
            hostile = "{\"id\":\"p2\",\"schema\":\"Person\",\"properties\":{\"name\":[\"" + new string('x', FtmFileReader.MaxRecordBytes) + "\"]}}";
        }

        var items = Read(Good + "\n" + hostile + "\n" + Good.Replace("p1", "p3", StringComparison.Ordinal) + "\n");

        Assert.Equal(3, items.Count);
        Assert.Equal(["p1", "p3"], new[] { items[0], items[2] }.Select(i => i.Record!.Values[0].EntityId));
        var problem = Assert.Single(items[1].Rejection is { } r ? [r] : items[1].LeftOut, p => p.Reason.Contains(reason, StringComparison.Ordinal));
        Assert.Equal((2L, kept, "f.json"), (problem.Line, problem.Kept, problem.File));
        Assert.Equal(kept, items[1].Rejection is null);
    }

    [Fact]
    public void An_entity_given_another_kind_on_a_later_line_and_a_reference_to_a_later_target_of_the_wrong_schema_are_named()
    {
        var items = Read(string.Join('\n',
            """{"id":"m1","schema":"Membership","properties":{"member":["p1"],"organization":["a1"]}}""",
            """{"id":"p1","schema":"Person","properties":{"name":["Ana"]}}""",
            """{"entity_id":"p1","schema":"Company","prop":"name","value":"Ana Ltd"}""",
            """{"id":"a1","schema":"Address","properties":{"full":["Main Street 1"]}}"""));

        Assert.Equal(["member"], items[0].Record!.Values.Select(v => v.Prop));
        Assert.Contains("points at 'a1', an Address (line 4), where FollowTheMoney's Membership.organization takes an Organization", Assert.Single(items[0].LeftOut).Reason, StringComparison.Ordinal);
        Assert.Empty(items[2].Record!.Values);
        Assert.Contains("entity 'p1' is a Person on line 2 and a Company here", Assert.Single(items[2].LeftOut).Reason, StringComparison.Ordinal);
    }

    private static List<ReadItem<FtmRecord>> Read(string text)
    {
        using var stream = new MemoryStream(Encoding.UTF8.GetBytes(text));
        return [.. FtmFileReader.Read(stream, "f.json", csv: false, "ftm_import", null, CancellationToken.None)];
    }
}
