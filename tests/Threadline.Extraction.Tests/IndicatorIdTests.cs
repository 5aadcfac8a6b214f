namespace Threadline.Extraction.Tests;

/// <summary>The rule ids other projects read by name exist in the data and are marked structural (issue 13.1: no copied literals).</summary>
public sealed class IndicatorIdTests
{
    [Theory]
    [InlineData(IndicatorIds.ThirdPerson)]
    [InlineData(IndicatorIds.FirstPersonPlural)]
    [InlineData(IndicatorIds.ObscuredPhone)]
    [InlineData(IndicatorIds.EthnicityEmphasis)]
    [InlineData(IndicatorIds.SeveralPhones)]
    public void Each_named_rule_is_in_the_data_and_structural(string id)
    {
        var rule = Assert.Single(new AdExtractor().Rules, r => r.Id == id);
        Assert.True(rule.Structural);
    }

    [Fact]
    public void Phrase_rules_are_not_structural()
    {
        Assert.Contains(new AdExtractor().Rules, r => r.Id == "trustworthy" && !r.Structural);
    }
}
