using Threadline.Simulation.Core;
using Threadline.Simulation.Money;

namespace Threadline.Simulation.Tests;

public sealed class IbanTests
{
    [Theory]
    [InlineData("BE", 16)]
    [InlineData("NL", 18)]
    [InlineData("FR", 27)]
    [InlineData("ES", 24)]
    [InlineData("DE", 22)]
    [InlineData("IT", 27)]
    [InlineData("IE", 22)]
    public void Generated_ibans_have_the_country_length_and_a_valid_mod97_check(string country, int length)
    {
        var rng = new Rng(5);
        for (var i = 0; i < 200; i++)
        {
            var iban = Iban.Create(rng, country);
            Assert.Equal(length, iban.Length);
            Assert.StartsWith(country, iban, StringComparison.Ordinal);
            Assert.True(Iban.IsValid(iban), iban);
        }
    }

    [Fact]
    public void Belgian_ibans_carry_the_national_mod97_check()
    {
        var rng = new Rng(9);
        for (var i = 0; i < 100; i++)
        {
            var bban = Iban.Create(rng, "BE")[4..];
            var check = long.Parse(bban[..10], System.Globalization.CultureInfo.InvariantCulture) % 97;
            Assert.Equal(check == 0 ? 97 : check, long.Parse(bban[10..], System.Globalization.CultureInfo.InvariantCulture));
        }
    }

    [Theory]
    [InlineData("BE68539007547034", true)]
    [InlineData("NL91ABNA0417164300", true)]
    [InlineData("DE89370400440532013000", true)]
    [InlineData("BE68539007547035", false)]
    public void Validates_published_examples(string iban, bool valid) => Assert.Equal(valid, Iban.IsValid(iban));
}
