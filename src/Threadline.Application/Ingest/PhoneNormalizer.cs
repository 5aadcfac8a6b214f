using PhoneNumbers;

namespace Threadline.Application.Ingest;

/// <summary>Phone fields of structured records (bookings, bank KYC) to E.164, reading national numbers in the record's country.</summary>
public static class PhoneNormalizer
{
    private static readonly PhoneNumberUtil Util = PhoneNumberUtil.GetInstance();

    public static string? ToE164(string? text, string? country)
    {
        if (string.IsNullOrWhiteSpace(text) || text.Length > 40)
        {
            return null;
        }

        try
        {
            var region = string.IsNullOrWhiteSpace(country) ? "ZZ" : country.Trim().ToUpperInvariant();
            var number = Util.Parse(text.Trim(), region);
            return Util.IsValidNumber(number) ? Util.Format(number, PhoneNumberFormat.E164) : null;
        }
        catch (NumberParseException)
        {
            return null;
        }
    }
}
