using System.Text;
using Threadline.Security.Accounts;

namespace Threadline.Security.Tests;

public sealed class TotpTests
{
    private static readonly byte[] Sha1Key = Encoding.ASCII.GetBytes("12345678901234567890");
    private static readonly byte[] Sha256Key = Encoding.ASCII.GetBytes("12345678901234567890123456789012");
    private static readonly byte[] Sha512Key = Encoding.ASCII.GetBytes("1234567890123456789012345678901234567890123456789012345678901234");

    // RFC 6238 Appendix B: Unix time, algorithm, expected 8-digit code.
    [Theory]
    [InlineData(59L, TotpAlgorithm.Sha1, "94287082")]
    [InlineData(59L, TotpAlgorithm.Sha256, "46119246")]
    [InlineData(59L, TotpAlgorithm.Sha512, "90693936")]
    [InlineData(1111111109L, TotpAlgorithm.Sha1, "07081804")]
    [InlineData(1111111109L, TotpAlgorithm.Sha256, "68084774")]
    [InlineData(1111111109L, TotpAlgorithm.Sha512, "25091201")]
    [InlineData(1111111111L, TotpAlgorithm.Sha1, "14050471")]
    [InlineData(1111111111L, TotpAlgorithm.Sha256, "67062674")]
    [InlineData(1111111111L, TotpAlgorithm.Sha512, "99943326")]
    [InlineData(1234567890L, TotpAlgorithm.Sha1, "89005924")]
    [InlineData(1234567890L, TotpAlgorithm.Sha256, "91819424")]
    [InlineData(1234567890L, TotpAlgorithm.Sha512, "93441116")]
    [InlineData(2000000000L, TotpAlgorithm.Sha1, "69279037")]
    [InlineData(2000000000L, TotpAlgorithm.Sha256, "90698825")]
    [InlineData(2000000000L, TotpAlgorithm.Sha512, "38618901")]
    [InlineData(20000000000L, TotpAlgorithm.Sha1, "65353130")]
    [InlineData(20000000000L, TotpAlgorithm.Sha256, "77737706")]
    [InlineData(20000000000L, TotpAlgorithm.Sha512, "47863826")]
    public void Matches_the_RFC_6238_test_vectors(long unixTime, TotpAlgorithm algorithm, string expected)
    {
        var key = algorithm switch
        {
            TotpAlgorithm.Sha1 => Sha1Key,
            TotpAlgorithm.Sha256 => Sha256Key,
            _ => Sha512Key,
        };
        var step = Totp.Step(DateTimeOffset.FromUnixTimeSeconds(unixTime));
        Assert.Equal(expected, Totp.Code(key, step, 8, algorithm));
    }

    [Fact]
    public void Six_digit_codes_are_the_last_six_of_the_eight_digit_ones()
    {
        Assert.Equal("287082", Totp.Code(Sha1Key, Totp.Step(DateTimeOffset.FromUnixTimeSeconds(59))));
    }

    [Fact]
    public void A_code_is_accepted_one_step_either_side_and_not_further()
    {
        var now = DateTimeOffset.FromUnixTimeSeconds(1_700_000_000);
        var step = Totp.Step(now);
        Assert.Equal(step - 1, Totp.Match(Sha1Key, Totp.Code(Sha1Key, step - 1), now, -1));
        Assert.Equal(step + 1, Totp.Match(Sha1Key, Totp.Code(Sha1Key, step + 1), now, -1));
        Assert.Null(Totp.Match(Sha1Key, Totp.Code(Sha1Key, step - 2), now, -1));
        Assert.Null(Totp.Match(Sha1Key, Totp.Code(Sha1Key, step + 2), now, -1));
    }

    [Fact]
    public void A_code_is_never_accepted_twice()
    {
        var now = DateTimeOffset.FromUnixTimeSeconds(1_700_000_000);
        var step = Totp.Step(now);
        var code = Totp.Code(Sha1Key, step);
        Assert.Equal(step, Totp.Match(Sha1Key, code, now, -1));
        Assert.Null(Totp.Match(Sha1Key, code, now, step));
    }

    [Theory]
    [InlineData(null)]
    [InlineData("")]
    [InlineData("12345")]
    [InlineData("1234567")]
    [InlineData("12a456")]
    [InlineData("١٢٣٤٥٦")]
    public void Malformed_codes_never_match(string? code)
    {
        Assert.Null(Totp.Match(Sha1Key, code, DateTimeOffset.FromUnixTimeSeconds(1_700_000_000), -1));
    }

    [Theory]
    [InlineData("", "")]
    [InlineData("f", "MY")]
    [InlineData("fo", "MZXQ")]
    [InlineData("foo", "MZXW6")]
    [InlineData("foob", "MZXW6YQ")]
    [InlineData("fooba", "MZXW6YTB")]
    [InlineData("foobar", "MZXW6YTBOI")]
    public void Base32_follows_RFC_4648(string plain, string encoded)
    {
        Assert.Equal(encoded, Base32.Encode(Encoding.ASCII.GetBytes(plain)));
        Assert.Equal(plain, Encoding.ASCII.GetString(Base32.Decode(encoded.ToLowerInvariant() + "==")));
    }

    [Fact]
    public void Base32_refuses_characters_outside_its_alphabet()
    {
        Assert.Throws<FormatException>(() => Base32.Decode("MZ1W"));
    }

    [Fact]
    public void An_enrolment_gives_an_otpauth_uri_and_a_local_qr_code_and_never_shows_its_secret()
    {
        var enrolment = TotpEnrolment.Create("ana.k");
        Assert.Equal(TotpEnrolment.SecretBytes, enrolment.Secret.Length);
        var secret = Base32.Encode(enrolment.Secret);
        Assert.Equal($"otpauth://totp/Threadline:ana.k?secret={secret}&issuer=Threadline&algorithm=SHA1&digits=6&period=30", enrolment.Uri);
        var svg = enrolment.QrSvg();
        Assert.Contains("<svg", svg, StringComparison.Ordinal);
        Assert.DoesNotContain("http", svg.Replace("http://www.w3.org/2000/svg", string.Empty, StringComparison.Ordinal), StringComparison.Ordinal);
        Assert.DoesNotContain(secret, enrolment.ToString(), StringComparison.Ordinal);
        Assert.NotEqual(enrolment.Secret, TotpEnrolment.Create("ana.k").Secret);
    }
}
