using System.Globalization;
using Threadline.Linking;

namespace Threadline.Application.Tests;

/// <summary>Small hand-made ad worlds: networks (one phone, several named women moving between countries) and independents.</summary>
internal static class World
{
    private static readonly (string City, string Country)[] Cities = [("Antwerp", "BE"), ("Brussels", "BE"), ("Amsterdam", "NL"), ("Rotterdam", "NL"), ("Barcelona", "ES"), ("Valencia", "ES")];
    private static readonly string[] Names = ["Lina", "Mia", "Sofia", "Emma", "Nora", "Yara", "Lea", "Iris"];

    public static List<AdFeatures> Ads(int networks, int independents)
    {
        var ads = new List<AdFeatures>();
        var start = new DateTimeOffset(2026, 3, 1, 12, 0, 0, TimeSpan.Zero);
        for (var n = 0; n < networks; n++)
        {
            var phone = string.Create(CultureInfo.InvariantCulture, $"+3247{n:D7}");
            for (var w = 0; w < 3; w++)
            {
                for (var k = 0; k < 6; k++)
                {
                    var (city, country) = Cities[(k + w + n) % Cities.Length];
                    ads.Add(Ad($"n{n}w{w}a{k}", phone, Names[(w + n) % Names.Length], 21 + w, city, country, start.AddDays((k * 5) + w), thirdPerson: true));
                }
            }
        }

        for (var i = 0; i < independents; i++)
        {
            var (city, country) = Cities[i % Cities.Length];
            ads.Add(Ad($"i{i}a0", string.Create(CultureInfo.InvariantCulture, $"+3248{i:D7}"), Names[i % Names.Length], 30, city, country, start.AddDays(i), thirdPerson: false));
        }

        return ads;
    }

    // Words no other ad shares (digits would all fold to 0 and make every text a copy of the others).
    private static string UniqueText(string id)
    {
        var rng = new Random(id.Aggregate(17, (h, c) => unchecked((h * 31) + c)) & 0x7fffffff);
        return string.Join(' ', Enumerable.Range(0, 25).Select(_ => new string(Enumerable.Range(0, 6).Select(_ => (char)('a' + rng.Next(26))).ToArray())));
    }

    private static AdFeatures Ad(string id, string phone, string name, int age, string city, string country, DateTimeOffset at, bool thirdPerson) => new()
    {
        AdId = id,
        Site = "rosegarden.example",
        Locator = "https://rosegarden.example/ad/" + id,
        PostedAt = at,
        City = city,
        Country = country,
        Title = name + " " + id,
        Body = UniqueText(id),
        Phones = [phone],
        Names = [name],
        Ages = [age],
        ThirdPerson = thirdPerson,
    };
}
