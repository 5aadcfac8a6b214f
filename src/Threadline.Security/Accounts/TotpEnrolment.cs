using System.Security.Cryptography;
using QRCoder;

namespace Threadline.Security.Accounts;

/// <summary>
/// A new TOTP secret for a user and the two ways to hand it to an authenticator app: the <c>otpauth://</c> URI and a
/// QR code of it rendered here (SVG, no network). Both hold the secret: write them only where the user alone reads them.
/// </summary>
public sealed class TotpEnrolment
{
    /// <summary>Bytes of a new secret (160 bits, as RFC 4226 recommends).</summary>
    public const int SecretBytes = 20;

    private TotpEnrolment(string user, byte[] secret, string issuer)
    {
        User = user;
        Secret = secret;
        Uri = "otpauth://totp/" + Uri_(issuer) + ":" + Uri_(user)
            + "?secret=" + Base32.Encode(secret) + "&issuer=" + Uri_(issuer)
            + "&algorithm=SHA1&digits=" + Totp.Digits.ToString(System.Globalization.CultureInfo.InvariantCulture)
            + "&period=" + Totp.Period.ToString(System.Globalization.CultureInfo.InvariantCulture);
    }

    /// <summary>The user enrolled.</summary>
    public string User { get; }

    /// <summary>The secret to store with the account.</summary>
    public byte[] Secret { get; }

    /// <summary>The key URI authenticator apps read (Google Authenticator's format).</summary>
    public string Uri { get; }

    /// <summary>A new random secret for a user.</summary>
    public static TotpEnrolment Create(string user, string issuer = "Threadline") =>
        new(user, RandomNumberGenerator.GetBytes(SecretBytes), issuer);

    /// <summary>The URI as a QR code, an SVG document.</summary>
    public string QrSvg()
    {
        using var generator = new QRCodeGenerator();
        using var data = generator.CreateQrCode(Uri, QRCodeGenerator.ECCLevel.M);
        return new SvgQRCode(data).GetGraphic(6);
    }

    /// <summary>Never the secret.</summary>
    public override string ToString() => $"TotpEnrolment {{ User = {User} }}";

    private static string Uri_(string value) => System.Uri.EscapeDataString(value);
}
