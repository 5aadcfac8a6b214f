using Threadline.Core;
using Threadline.Core.Statements;

namespace Threadline.Application.Export.Ftm.Mappers;

/// <summary>
/// A booking as an FtM Event: the stay's dates, the platform and its reference, the booker involved, the property as an
/// Address; the persona or network lead linking tied it to as UnknownLinks that say why (a judgement, not a fact).
/// </summary>
internal static class BookingMapper
{
    public static IEnumerable<FtmEntity> Map(Facts booking, FtmContext context)
    {
        var ftm = new FtmEntity(booking.Id, "Event", context.Problems);
        booking.Copy(ftm, "name", "name");
        booking.Copy(ftm, "checkIn", "startDate");
        booking.Copy(ftm, "checkOut", "endDate");
        booking.Copy(ftm, "bookingRef", "recordId");
        booking.Copy(ftm, "platform", "publisher");
        booking.Copy(ftm, "country", "country");
        if (!ftm.Has("name"))
        {
            ftm.Add("name", $"Booking {booking.First("bookingRef") ?? booking.Id} on {booking.First("platform") ?? "a platform"}", booking.OfAll("bookingRef", "platform"));
        }

        foreach (var s in booking.Of("booker").Where(s => context.Includes(s.Value)))
        {
            ftm.Add("involved", s.Value, s);
        }

        Address? address = null;
        foreach (var street in booking.Of("address"))
        {
            var city = booking.First("city");
            var full = city is null || street.Value.Contains(city, StringComparison.OrdinalIgnoreCase) ? street.Value : street.Value + ", " + city;
            ftm.Add("location", full, booking.OfAll("address", "city"));
            address ??= new Address(Ids.Make("address", full.ToLowerInvariant(), booking.First("country")?.ToLowerInvariant()), full, street);
        }

        if (address is null && booking.Of("city").FirstOrDefault() is { } cityOnly)
        {
            ftm.Add("location", cityOnly.Value, cityOnly);
        }

        Describe(booking, ftm);
        FtmEntity? place = null;
        if (address is not null)
        {
            ftm.Add("addressEntity", address.Id, address.From);
            place = new FtmEntity(address.Id, "Address", context.Problems)
                .Add("name", address.Full, address.From)
                .Add("full", address.Full, booking.OfAll("address", "city"))
                .Add("street", address.From.Value, address.From);
            booking.Copy(place, "city", "city");
            booking.Copy(place, "country", "country");
        }

        yield return ftm;
        if (place is not null)
        {
            yield return place;
        }

        foreach (var s in booking.OfAll("network", "persona").Where(s => context.Includes(s.Value)))
        {
            var what = s.Property == "network" ? "network lead" : "persona";
            var link = new FtmEntity(Ids.Make("link", booking.Id, s.Value), "UnknownLink", context.Problems)
                .Add("subject", booking.Id, s)
                .Add("object", s.Value, s)
                .Add("role", $"booking tied to a {what}", s)
                .Add("summary", $"Threadline linking tied this booking to the {what}: a judgement to verify, not a fact.", s);
            booking.Copy(link, "checkIn", "startDate");
            booking.Copy(link, "checkOut", "endDate");
            if (Facts.Detail(s, "reason") is { Length: > 0 } reason)
            {
                link.Add("description", $"{reason} (basis: {Facts.Detail(s, "basis") ?? "?"})", s);
            }

            yield return link;
        }
    }

    private static void Describe(Facts booking, FtmEntity ftm)
    {
        var parts = new List<string>();
        if (booking.First("guests") is { } guests)
        {
            parts.Add(guests + " guest(s)");
        }

        if (booking.First("amount") is { } amount)
        {
            parts.Add($"{amount} {booking.First("currency") ?? string.Empty}".TrimEnd());
        }

        if (booking.First("paymentMethod") is { } method)
        {
            parts.Add("paid by " + method);
        }

        var from = booking.OfAll("guests", "amount", "currency", "paymentMethod");
        if (parts.Count > 0)
        {
            ftm.Add("description", "Stay booked on " + (booking.First("platform") ?? "a platform") + ": " + string.Join(", ", parts), from);
        }

        var booker = new List<string>();
        foreach (var (property, label) in new[] { ("bookerName", "name"), ("bookerEmail", "e-mail"), ("bookerPhone", "phone") })
        {
            booker.AddRange(booking.Values(property).Select(v => $"{label} {v}"));
        }

        if (booker.Count > 0)
        {
            ftm.Add("notes", "Booker as the platform gave: " + string.Join(", ", booker), booking.OfAll("bookerName", "bookerEmail", "bookerPhone"));
        }
    }

    private sealed record Address(string Id, string Full, Statement From);
}
