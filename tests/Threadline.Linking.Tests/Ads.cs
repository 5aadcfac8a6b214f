using System.Globalization;

namespace Threadline.Linking.Tests;

/// <summary>Builders of small hand-made ads.</summary>
internal static class Ads
{
    private static int _text;

    public static AdFeatures Ad(string id, string? phone = null, string? email = null, string? handle = null, ulong? photo = null, string? name = null, string? text = null, string city = "Brussels", string country = "BE", int day = 0, string site = "rosegarden.example") => new()
    {
        AdId = id,
        Site = site,
        Locator = "https://" + site + "/ad/" + id,
        PostedAt = new DateTimeOffset(2026, 3, 1, 12, 0, 0, TimeSpan.Zero).AddDays(day),
        City = city,
        Country = country,
        Title = "Ad " + id,
        Body = text ?? UniqueText(),
        Phones = phone is null ? [] : [phone],
        Emails = email is null ? [] : [email],
        Handles = handle is null ? [] : [handle],
        ImageHashes = photo is null ? [] : [photo.Value],
        Names = name is null ? [] : [name],
    };

    /// <summary>Text no other ad shares.</summary>
    public static string UniqueText()
    {
        var n = Interlocked.Increment(ref _text);
        var rng = new Random(n * 7919);
        return string.Join(' ', Enumerable.Range(0, 30).Select(_ => Word(rng.Next(1_000_000))));
    }

    /// <summary>A letters-only word for a number (digits would all fold to 0).</summary>
    public static string Word(int n)
    {
        var chars = new List<char>();
        do
        {
            chars.Add((char)('a' + (n % 26)));
            n /= 26;
        }
        while (n > 0);
        return new string([.. chars]);
    }

    public static string PersonaOf(LinkResult r, string adId) => r.Assignments.Single(a => a.AdId == adId).PersonaId;

    public static string? NetworkOf(LinkResult r, string adId) => r.Assignments.Single(a => a.AdId == adId).NetworkId;
}
