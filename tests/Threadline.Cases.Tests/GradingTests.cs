using Threadline.Cases.Grading;

namespace Threadline.Cases.Tests;

public sealed class GradingTests
{
    [Theory]
    [InlineData("A1", SourceReliability.A, InformationAssessment.One)]
    [InlineData(" b2 ", SourceReliability.B, InformationAssessment.Two)]
    [InlineData("C3", SourceReliability.C, InformationAssessment.Three)]
    [InlineData("x4", SourceReliability.X, InformationAssessment.Four)]
    public void Parses_the_sixteen_codes_of_the_4x4_system(string text, SourceReliability source, InformationAssessment info)
    {
        var g = Grade.Parse(text);
        Assert.Equal(source, g.Source);
        Assert.Equal(info, g.Information);
        Assert.Equal(text.Trim().ToUpperInvariant(), g.ToString());
    }

    [Fact]
    public void Refuses_source_code_D_and_says_it_belongs_to_another_system()
    {
        var e = Assert.Throws<FormatException>(() => Grade.Parse("D2"));
        Assert.Contains("A, B, C and X only", e.Message, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("")]
    [InlineData("B")]
    [InlineData("B5")]
    [InlineData("B0")]
    [InlineData("Z1")]
    [InlineData("B22")]
    public void Refuses_what_is_not_a_grade(string text)
    {
        Assert.False(Grade.TryParse(text, out _, out var error));
        Assert.StartsWith("grade '", error, StringComparison.Ordinal);
    }

    [Fact]
    public void H3_needs_the_providers_restrictions_in_words()
    {
        Assert.Throws<ArgumentException>(() => new Marking(Grade.Parse("B2"), HandlingCode.H3));
        var m = new Marking(Grade.Parse("B2"), HandlingCode.H3, "not to the Spanish side before 1 March");
        Assert.Equal("B2 · H3 (not to the Spanish side before 1 March)", m.Label);
    }

    [Fact]
    public void Parses_a_marking_written_as_grade_and_handling_code()
    {
        var m = Marking.Parse("a1 h1");
        Assert.Equal("A1 · H1", m.Label);
        Assert.Throws<FormatException>(() => Marking.Parse("A1 H4"));
        Assert.Throws<FormatException>(() => Marking.Parse("A1"));
    }
}
