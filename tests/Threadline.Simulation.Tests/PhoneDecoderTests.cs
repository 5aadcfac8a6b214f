using Threadline.Simulation.Phones;

namespace Threadline.Simulation.Tests;

public sealed class PhoneDecoderTests
{
    [Theory]
    [InlineData("0470 12 34 56", "BE", "+32470123456")]
    [InlineData("+32 470 12 34 56", "FR", "+32470123456")]
    [InlineData("0032470123456", "NL", "+32470123456")]
    [InlineData("06-12345678", "NL", "+31612345678")]
    [InlineData("06 12 34 56 78", "FR", "+33612345678")]
    [InlineData("612 345 678", "ES", "+34612345678")]
    [InlineData("333 123 4567", "IT", "+393331234567")]
    [InlineData("0151/23456789", "DE", "+4915123456789")]
    [InlineData("zero4seven0 12 34 56", "BE", "+32470123456")]
    [InlineData("zéro quatre sept zéro 123456", "BE", "+32470123456")]
    [InlineData("nul zes twaalf", "NL", null)]
    [InlineData("O6 l2 34 56 78", "FR", "+33612345678")]
    [InlineData("oh6 one2 three4 five6 seven8", "FR", "+33612345678")]
    [InlineData("0for70 to2 34 56", "BE", "+32470223456")]
    [InlineData("０４７０１２３４５６", "BE", "+32470123456")]
    [InlineData("0️⃣4️⃣7️⃣0️⃣1️⃣2️⃣3️⃣4️⃣5️⃣6️⃣", "BE", "+32470123456")]
    [InlineData("\u041E470*12*34*56", "BE", "+32470123456")]
    [InlineData("𝟎𝟒𝟕𝟎 12 34 56", "BE", "+32470123456")]
    [InlineData("seis uno dos 345678", "ES", "+34612345678")]
    [InlineData("tre tre tre 123 4567", "IT", "+393331234567")]
    [InlineData("null eins fünf eins 23456789", "DE", "+4915123456789")]
    [InlineData("⓪④⑦⓪ ①② ③④ ⑤⑥", "BE", "+32470123456")]
    [InlineData("⓿❹❼⓿ ❶❷ ㉞ ➄➅", "BE", "+32470123456")]
    [InlineData("⁰⁴⁷⁰ ₁₂ ³⁴ ⁵⁶", "BE", "+32470123456")]
    [InlineData("零四七〇 一二 三四 五六", "BE", "+32470123456")]
    [InlineData("½", "BE", null)]
    [InlineData("150€", "BE", null)]
    [InlineData("24/7", "BE", null)]
    public void Decodes_what_the_simulator_writes(string text, string country, string? expected) =>
        Assert.Equal(expected, PhoneDecoder.Decode(text, country));
}
