using System.Text;

namespace Threadline.Linking.Tests;

/// <summary>Booking CSV text or bytes read through the public reader, as a file named <c>b.csv</c>.</summary>
internal static class BookingInput
{
    public const string Header = "booking_ref,platform,booker_name,booker_email,booker_phone,property_address,city,country,check_in,check_out,guests,payment_method,amount,currency";

    public static BookingReadResult Text(string csv) => Bytes(Encoding.UTF8.GetBytes(csv));

    public static BookingReadResult Bytes(byte[] bytes)
    {
        using var stream = new MemoryStream(bytes, writable: false);
        return BookingCsvReader.Read(stream, "b.csv");
    }

    /// <summary>A good row: <paramref name="reference"/> on stayfast.example, two nights in Paris from 2026-03-01.</summary>
    public static string Row(string reference, string amount = "120.50", string guests = "2") =>
        $"{reference},stayfast.example,Jan Test,jan@mail.example,+32470000001,\"Rue 1, Paris\",Paris,FR,2026-03-01,2026-03-03,{guests},card,{amount},EUR";
}
