using System.Globalization;
using Threadline.Matching.Records;

namespace Threadline.Matching.Tests;

/// <summary>
/// Made-up people and noisy copies of them (typos, swapped names, pinyin with tones, missing fields, moved house),
/// generated from a seed. Ids are "p{entity}-{copy}" so the truth is in the id.
/// </summary>
internal static class SyntheticPeople
{
    private static readonly string[] Given = ["anna", "marie", "lena", "sofia", "elena", "wei", "xiaoming", "lihua", "fang", "jing", "tom", "luc", "jan", "pieter", "nadia", "ines", "carla", "yan", "mei", "hao", "bram", "emma", "lotte", "sara", "julie"];
    private static readonly string[] Surname = ["peeters", "janssens", "maes", "jacobs", "mertens", "willems", "claes", "goossens", "wouters", "zhang", "wang", "li", "liu", "chen", "garcia", "lopez", "martin", "dubois", "lambert", "dupont", "huang", "zhou", "wu", "sun", "vermeulen"];
    private static readonly string[] Streets = ["kerkstraat", "stationsstraat", "dorpstraat", "molenstraat", "schoolstraat", "nieuwstraat", "kapelstraat", "beekstraat", "veldstraat", "bergstraat", "rue haute", "avenue louise", "calle mayor", "markt", "grote markt"];
    private static readonly string[] Towns = ["antwerpen", "leuven", "gent", "brugge", "charleroi", "liege", "namur", "mechelen", "hasselt", "aalst"];
    private static readonly Dictionary<string, string> Toned = new(StringComparer.Ordinal)
    {
        ["zhang"] = "Zhāng", ["wang"] = "Wáng", ["li"] = "Lǐ", ["liu"] = "Liú", ["chen"] = "Chén", ["huang"] = "Huáng", ["zhou"] = "Zhōu",
        ["wu"] = "Wú", ["sun"] = "Sūn", ["wei"] = "Wěi", ["xiaoming"] = "Xiǎo-Míng", ["lihua"] = "Lì Huá", ["fang"] = "Fāng", ["jing"] = "Jìng",
        ["yan"] = "Yàn", ["mei"] = "Měi", ["hao"] = "Hǎo",
    };

    public static List<PersonRecord> Make(int entities, int seed)
    {
        var rng = new Random(seed);
        var list = new List<PersonRecord>();
        for (var e = 0; e < entities; e++)
        {
            var g = Given[rng.Next(Given.Length)];
            var s = Surname[rng.Next(Surname.Length)];
            var dob = new DateOnly(1960, 1, 1).AddDays(rng.Next(365 * 40));
            var number = (1 + rng.Next(150)).ToString(CultureInfo.InvariantCulture);
            var street = Streets[rng.Next(Streets.Length)];
            var town = Towns[rng.Next(Towns.Length)];
            var postcode = (1000 + rng.Next(8999)).ToString(CultureInfo.InvariantCulture);
            var copies = 1 + rng.Next(3);
            for (var c = 0; c < copies; c++)
            {
                string? gg = g, ss = s, full = null, dd = dob.ToString("yyyyMMdd", CultureInfo.InvariantCulture), nn = number, st = street, tt = town, pc = postcode;
                if (c > 0)
                {
                    switch (rng.Next(7))
                    {
                        case 0: gg = Typo(gg, rng); break;
                        case 1: ss = Typo(ss, rng); break;
                        case 2: (gg, ss) = (ss, gg); break;
                        case 3: gg = Toned.GetValueOrDefault(gg, gg); ss = Toned.GetValueOrDefault(ss, ss); break;
                        case 4: dd = rng.Next(2) == 0 ? null : Typo(dd, rng); break;
                        case 5: (nn, st, pc) = ((1 + rng.Next(150)).ToString(CultureInfo.InvariantCulture), Streets[rng.Next(Streets.Length)], (1000 + rng.Next(8999)).ToString(CultureInfo.InvariantCulture)); break;
                        default: full = $"{ss} {gg}"; gg = ss = null; break;
                    }

                    if (rng.Next(4) == 0)
                    {
                        tt = null;
                    }
                }

                list.Add(new PersonRecord($"p{e}-{c}", gg, ss, full, dd, nn, st, Locality: tt, Postcode: pc));
            }
        }

        return list;
    }

    public static string EntityOf(string id) => id[..id.IndexOf('-', StringComparison.Ordinal)];

    private static string Typo(string s, Random rng)
    {
        if (s.Length < 3)
        {
            return s + "e";
        }

        var i = 1 + rng.Next(s.Length - 2);
        return rng.Next(2) == 0 ? s.Remove(i, 1) : s[..i] + s[i + 1] + s[i] + s[(i + 2)..];
    }
}
