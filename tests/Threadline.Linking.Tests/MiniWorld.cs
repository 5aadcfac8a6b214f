using System.Globalization;
using Threadline.Linking;

namespace Threadline.Linking.Tests;

/// <summary>
/// A small synthetic ad market built directly as <see cref="AdFeatures"/> with its truth: independents,
/// agencies, trafficking networks that rotate across countries, and the hubs that glue unrelated ads
/// (a site's own number, a scam number pasted into copies, a stock photo). Fictional everything.
/// </summary>
internal sealed class MiniWorld
{
    private static readonly (string City, string Country)[] Cities =
    [
        ("Brussels", "BE"), ("Antwerp", "BE"), ("Liege", "BE"), ("Amsterdam", "NL"), ("Rotterdam", "NL"), ("Paris", "FR"),
        ("Lyon", "FR"), ("Madrid", "ES"), ("Barcelona", "ES"), ("Berlin", "DE"), ("Cologne", "DE"), ("Milan", "IT"),
    ];

    private static readonly string[] Names = ["Lina", "Mia", "Sofia", "Emma", "Nora", "Yara", "Lea", "Iris", "Zoe", "Ava", "Luna", "Elif", "Mei", "Lan", "Hui", "Xia", "Jing", "Ana", "Eva", "Ines"];

    private readonly Random _rng;
    private readonly DateTimeOffset _start = new(2026, 1, 1, 0, 0, 0, TimeSpan.Zero);
    private int _phone = 1000;
    private int _ad;

    public List<AdFeatures> Ads { get; } = [];

    public List<BookingRecord> Bookings { get; } = [];

    public Dictionary<string, string> PersonaOf { get; } = new(StringComparer.Ordinal);

    public Dictionary<string, string> NetworkOf { get; } = new(StringComparer.Ordinal);

    public Dictionary<string, string> KindOfPersona { get; } = new(StringComparer.Ordinal);

    public HashSet<string> TraffickingNetworks { get; } = new(StringComparer.Ordinal);

    private readonly bool _photos;
    private readonly bool _banks;

    private MiniWorld(int seed, bool photos, bool banks)
    {
        _rng = new Random(seed);
        _photos = photos;
        _banks = banks;
    }

    /// <summary>Builds a world; <paramref name="photos"/> false leaves ads without images, <paramref name="banks"/> true writes every ad from the same small sentence banks (as the simulator does), so text links unrelated advertisers.</summary>
    public static MiniWorld Create(int seed = 7, int independents = 200, int agencies = 6, int networks = 5, bool hubs = true, bool photos = true, bool banks = false)
    {
        var w = new MiniWorld(seed, photos, banks);
        for (var i = 0; i < independents; i++)
        {
            w.Independent(i);
        }

        for (var a = 0; a < agencies; a++)
        {
            w.Agency(a);
        }

        for (var t = 0; t < networks; t++)
        {
            w.Network(t);
        }

        if (hubs)
        {
            w.Hubs();
        }

        return w;
    }

    public string?[] TruePersonas() => Ads.Select(a => (string?)PersonaOf[a.AdId]).ToArray();

    public string?[] TrueNetworks() => Ads.Select(a => (string?)(NetworkOf.GetValueOrDefault(a.AdId) ?? PersonaOf[a.AdId])).ToArray();

    private string Phone() => "+3247000" + (_phone++).ToString("D4", CultureInfo.InvariantCulture);

    private static readonly string[][] Bank = Enumerable.Range(0, 6)
        .Select(slot => Enumerable.Range(0, 5).Select(v => string.Join(' ', Enumerable.Range(0, 8).Select(k => "b" + Tests.Ads.Word((slot * 1000) + (v * 50) + k)))).ToArray())
        .ToArray();

    private string Words(int count, int vocabularyOffset)
    {
        if (_banks && count > 10)
        {
            return string.Join(' ', Bank.Select(b => b[_rng.Next(b.Length)]));
        }


        var words = new string[count];
        for (var i = 0; i < count; i++)
        {
            words[i] = "w" + Tests.Ads.Word(vocabularyOffset + _rng.Next(5000));
        }

        return string.Join(' ', words);
    }

    private string Mutate(string text, int changes)
    {
        var words = text.Split(' ');
        for (var i = 0; i < changes; i++)
        {
            words[_rng.Next(words.Length)] = "v" + Tests.Ads.Word(_rng.Next(100000));
        }

        return string.Join(' ', words);
    }

    private ulong Photo() => ((ulong)_rng.NextInt64() << 1) ^ (ulong)_rng.Next();

    private ulong Alter(ulong hash)
    {
        var bits = _rng.Next(4);
        for (var i = 0; i < bits; i++)
        {
            hash ^= 1UL << _rng.Next(64);
        }

        return hash;
    }

    private AdFeatures Add(string persona, string? network, AdFeatures ad)
    {
        var id = "ad" + (_ad++).ToString("D6", CultureInfo.InvariantCulture);
        var withId = ad with { AdId = id, Locator = "https://rosegarden.example/ad/" + id };
        Ads.Add(withId);
        PersonaOf[id] = persona;
        if (network is not null)
        {
            NetworkOf[id] = network;
        }

        return withId;
    }

    private void Independent(int i)
    {
        var persona = "ind" + i.ToString(CultureInfo.InvariantCulture);
        KindOfPersona[persona] = "independent";
        var phone = Phone();
        var name = Names[_rng.Next(Names.Length)];
        var age = 19 + _rng.Next(25);
        var texts = Enumerable.Range(0, 2).Select(_ => Words(45, 0)).ToArray();
        var photos = Enumerable.Range(0, 3).Select(_ => Photo()).ToArray();
        var home = Cities[_rng.Next(Cities.Length)];
        var ads = 2 + _rng.Next(8);
        var day = _rng.Next(60);
        for (var k = 0; k < ads; k++)
        {
            var where = _rng.NextDouble() < 0.1 ? Cities[_rng.Next(Cities.Length)] : home;
            var withPhoto = _rng.NextDouble() < 0.7;
            Add(persona, null, new AdFeatures
            {
                AdId = "",
                Site = _rng.NextDouble() < 0.5 ? "rosegarden.example" : "velvet.example",
                PostedAt = _start.AddDays(day + (k * 4)),
                City = where.City,
                Country = where.Country,
                Title = name + " " + Words(3, 0),
                Body = Mutate(texts[_rng.Next(texts.Length)], 2),
                Phones = [phone],
                Names = _rng.NextDouble() < 0.8 ? [name] : [],
                Ages = [age],
                ImageHashes = withPhoto && _photos ? [Alter(photos[_rng.Next(3)])] : [],
                IndicatorScore = _rng.NextDouble() * 1.5,
                ObfuscatedPhone = _rng.NextDouble() < 0.1,
                EthnicityEmphasis = _rng.NextDouble() < 0.1,
            });
        }
    }

    private void Agency(int a)
    {
        var network = "agency" + a.ToString(CultureInfo.InvariantCulture);
        var phone = Phone();
        var template = Words(50, 10000);
        var city = Cities[_rng.Next(Cities.Length)];
        var women = 3 + _rng.Next(4);
        for (var w = 0; w < women; w++)
        {
            var persona = network + "-w" + w.ToString(CultureInfo.InvariantCulture);
            KindOfPersona[persona] = "agency";
            var name = Names[(a * 7 + w) % Names.Length];
            var age = 20 + _rng.Next(18);
            var photos = Enumerable.Range(0, 3).Select(_ => Photo()).ToArray();
            for (var k = 0; k < 4 + _rng.Next(5); k++)
            {
                Add(persona, network, new AdFeatures
                {
                    AdId = "",
                    Site = "rosegarden.example",
                    PostedAt = _start.AddDays(_rng.Next(90)),
                    City = city.City,
                    Country = city.Country,
                    Title = name + " at our agency",
                    Body = Mutate(template, 2) + " " + name + " " + (20 + _rng.Next(10)).ToString(CultureInfo.InvariantCulture) + " ans",
                    Phones = [phone],
                    Names = [name],
                    Ages = [age],
                    ImageHashes = _photos ? [Alter(photos[_rng.Next(3)])] : [],
                    ThirdPerson = _rng.NextDouble() < 0.8,
                    IndicatorScore = _rng.NextDouble() * 1.5,
                });
            }
        }
    }

    private void Network(int t)
    {
        var network = "net" + t.ToString(CultureInfo.InvariantCulture);
        TraffickingNetworks.Add(network);
        var phones = Enumerable.Range(0, 4).Select(_ => Phone()).ToArray();
        var template = Words(50, 20000);
        var women = 5 + _rng.Next(6);
        var booker = "Booker " + t.ToString(CultureInfo.InvariantCulture);
        for (var w = 0; w < women; w++)
        {
            var persona = network + "-w" + w.ToString(CultureInfo.InvariantCulture);
            KindOfPersona[persona] = "trafficking";
            var name = Names[_rng.Next(Names.Length)];
            var age = 18 + _rng.Next(20);
            var photos = Enumerable.Range(0, 3).Select(_ => Photo()).ToArray();
            var day = _rng.Next(10);
            var cityIndex = _rng.Next(Cities.Length);
            for (var stay = 0; stay < 8; stay++)
            {
                var city = Cities[(cityIndex + (stay * 5)) % Cities.Length];
                var phone = phones[Math.Min(phones.Length - 1, day / 20)];
                for (var k = 0; k < 2; k++)
                {
                    Add(persona, network, new AdFeatures
                    {
                        AdId = "",
                        Site = _rng.NextDouble() < 0.5 ? "rosegarden.example" : "velvet.example",
                        PostedAt = _start.AddDays(day + k),
                        City = city.City,
                        Country = city.Country,
                        Title = "New " + name + " " + Words(2, 20000),
                        Body = Mutate(template, 2) + " " + name,
                        Phones = [phone],
                        Names = [name],
                        Ages = [age],
                        ImageHashes = _photos && _rng.NextDouble() < 0.8 ? [Alter(photos[_rng.Next(3)])] : [],
                        ThirdPerson = _rng.NextDouble() < 0.8,
                        ObfuscatedPhone = _rng.NextDouble() < 0.6,
                        EthnicityEmphasis = _rng.NextDouble() < 0.6,
                        IndicatorScore = 1 + (_rng.NextDouble() * 3),
                    });
                }

                if (w % 3 == 0)
                {
                    var checkIn = DateOnly.FromDateTime(_start.AddDays(day).UtcDateTime);
                    Bookings.Add(new BookingRecord
                    {
                        BookingRef = "B" + Bookings.Count.ToString("D5", CultureInfo.InvariantCulture),
                        Platform = "stayfast.example",
                        BookerName = booker,
                        BookerEmail = "booker" + t.ToString(CultureInfo.InvariantCulture) + "@mail.example",
                        City = city.City,
                        Country = city.Country,
                        CheckIn = checkIn,
                        CheckOut = checkIn.AddDays(4),
                    });
                }

                day += 4 + _rng.Next(5);
            }
        }
    }

    private void Hubs()
    {
        // A site's own number printed on many independents' ads, next to their own.
        var siteNumber = "+3220000000";
        var stock = Photo();
        var scam = Phone();
        var independents = Ads.Where(a => PersonaOf[a.AdId].StartsWith("ind", StringComparison.Ordinal)).ToList();
        for (var k = 0; k < independents.Count; k += 4)
        {
            var ad = independents[k];
            var i = Ads.IndexOf(ad);
            Ads[i] = ad with { Phones = [.. ad.Phones, siteNumber] };
        }

        // A stock photo on every tenth independent ad.
        for (var k = 1; k < independents.Count; k += 10)
        {
            var i = Ads.FindIndex(a => a.AdId == independents[k].AdId);
            Ads[i] = Ads[i] with { ImageHashes = [.. Ads[i].ImageHashes, Alter(stock)] };
        }

        // A scam number pasted into copies of 40 independents' ads.
        for (var k = 2; k < independents.Count && k < 2 + (40 * 5); k += 5)
        {
            var original = independents[k];
            var persona = "scam";
            KindOfPersona[persona] = "scam";
            Add(persona, null, original with { Phones = [scam], Names = [], ImageHashes = [], PostedAt = original.PostedAt.AddDays(1) });
        }
    }
}
