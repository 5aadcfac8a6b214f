using System.Text.Json;

namespace Threadline.Storage.Tests;

/// <summary>What every engine checks before it keeps a derived result.</summary>
public sealed class ResultRulesTests
{
    [Theory]
    [InlineData("network")]
    [InlineData("money.account")]
    [InlineData("link_v2-persona")]
    public void Kinds_are_short_plain_names(string kind)
    {
        ResultRules.CheckKind(kind);
    }

    [Theory]
    [InlineData("")]
    [InlineData("net work")]
    [InlineData("network/1")]
    [InlineData("résultat")]
    public void Other_kinds_are_refused(string kind)
    {
        Assert.Throws<ArgumentException>(() => ResultRules.CheckKind(kind));
    }

    [Fact]
    public void A_kind_longer_than_the_limit_is_refused()
    {
        ResultRules.CheckKind(new string('k', ResultLimits.MaxKindLength));
        Assert.Throws<ArgumentException>(() => ResultRules.CheckKind(new string('k', ResultLimits.MaxKindLength + 1)));
    }

    [Fact]
    public void Keys_are_kept_as_a_set_in_ordinal_order()
    {
        var record = new ResultRecord("n-1", 1, "{}"u8.ToArray()) { Keys = ["b", "a", "B", "a"] };
        Assert.Equal(["B", "a", "b"], ResultRules.Check("network", record));
    }

    [Theory]
    [InlineData("{\"a\": [1, 2, {\"b\": null}]}", true)]
    [InlineData(" 42 ", true)]
    [InlineData("\"text\"", true)]
    [InlineData("{\"a\": }", false)]
    [InlineData("[1] [2]", false)]
    [InlineData("", false)]
    public void The_payload_must_be_one_json_value(string json, bool accepted)
    {
        var record = new ResultRecord("n-1", 1, System.Text.Encoding.UTF8.GetBytes(json));
        if (accepted)
        {
            ResultRules.Check("network", record);
        }
        else
        {
            Assert.Throws<ArgumentException>(() => ResultRules.Check("network", record));
        }
    }

    [Fact]
    public void Invalid_utf8_and_an_empty_key_are_refused()
    {
        Assert.Throws<ArgumentException>(() => ResultRules.Check("network", new ResultRecord("n-1", 1, new byte[] { (byte)'"', 0xff, (byte)'"' })));
        Assert.Throws<ArgumentException>(() => ResultRules.Check("network", new ResultRecord("n-1", 1, "{}"u8.ToArray()) { Keys = [""] }));
    }

    [Fact]
    public void Negative_zero_sorts_as_zero()
    {
        Assert.Equal(0, BitConverter.DoubleToInt64Bits(ResultRules.SortKey(-0.0)));
        Assert.Equal(-1.5, ResultRules.SortKey(-1.5));
    }

    [Fact]
    public void A_typed_value_becomes_a_record_and_back()
    {
        var options = new JsonSerializerOptions { PropertyNamingPolicy = JsonNamingPolicy.SnakeCaseLower };
        var record = ResultJson.Record(new ResultIndex("acc-1", 3.5, ["phone:+32470000001"]), new Account("acc-1", 1200.50m), options);
        Assert.Equal("""{"id":"acc-1","total_in":1200.50}""", System.Text.Encoding.UTF8.GetString(record.Payload.Span));
        Assert.Equal(["phone:+32470000001"], record.Keys);
        Assert.Equal(new Account("acc-1", 1200.50m), ResultJson.Read<Account>(record, options));
        Assert.Throws<JsonException>(() => ResultJson.Read<Account>(new ResultRecord("x", 0, "null"u8.ToArray())));
    }

    /// <summary>A stand-in for a money result.</summary>
    public sealed record Account(string Id, decimal TotalIn);
}
