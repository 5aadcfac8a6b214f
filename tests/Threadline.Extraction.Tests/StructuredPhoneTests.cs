using Threadline.Extraction.Phones;

namespace Threadline.Extraction.Tests;

/// <summary>A phone field of a structured record (a booking's booker phone) goes through the extractor's one phone rule.</summary>
public sealed class StructuredPhoneTests
{
    [Theory]
    [InlineData("+32 470 12 34 56", null, "+32470123456")]
    [InlineData("0470/12.34.56", "BE", "+32470123456")]
    [InlineData("0470 12 34 56", "be", "+32470123456")]
    [InlineData("06 12 34 56 78", "FR", "+33612345678")]
    [InlineData("0032 470 12 34 56", null, "+32470123456")]
    [InlineData("0470 12 34 56", null, null)]
    [InlineData("470 12 34 56", "BE", null)]
    [InlineData("call 0470 12 34 56", "BE", null)]
    [InlineData("12345", "BE", null)]
    [InlineData("", "BE", null)]
    public void Reads_national_numbers_in_the_record_country_and_refuses_what_is_not_one_valid_number(string text, string? country, string? e164) =>
        Assert.Equal(e164, StructuredPhones.ToE164(text, country));
}
