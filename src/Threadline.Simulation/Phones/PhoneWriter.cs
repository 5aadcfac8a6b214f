using System.Text;
using Threadline.Simulation.Core;

namespace Threadline.Simulation.Phones;

/// <summary>A phone number as written in an ad, with the techniques used (truth vocabulary, see docs/simulator.md).</summary>
internal sealed record WrittenPhone(string Text, string E164, IReadOnlyList<string> Techniques);

/// <summary>
/// Writes phone numbers the ways real ads do (DOMAIN.md, "How ads hide phone numbers"). Every result is
/// checked with <see cref="PhoneDecoder"/>; a rendering the decoder cannot read back falls back to the
/// plain international form, so the truth never holds a string that its own rules cannot decode.
/// </summary>
internal sealed partial class PhoneWriter
{
    private static readonly string[] OddSeparators = ["*", ".", "-", ",", " / ", "_", " . ", "~"];
    private readonly Lexicon _lexicon;

    public PhoneWriter(Lexicon lexicon) => _lexicon = lexicon;

    /// <summary>Writes <paramref name="phone"/> for an ad in <paramref name="adCountry"/>; <paramref name="obfuscation"/> is the chance of hiding tricks.</summary>
    public WrittenPhone Write(Rng rng, PhoneNumber phone, string adCountry, string language, double obfuscation) => Write(rng, phone, adCountry, language, obfuscation, styled: false);

    private WrittenPhone Write(Rng rng, PhoneNumber phone, string adCountry, string language, double obfuscation, bool styled)
    {
        for (var attempt = 0; attempt < 3; attempt++)
        {
            var w = TryWrite(rng, phone, adCountry, language, obfuscation, styled);
            if (w is not null)
            {
                return w;
            }
        }

        return Plain(phone);
    }

    private WrittenPhone? TryWrite(Rng rng, PhoneNumber phone, string adCountry, string language, double obfuscation, bool styled)
    {
        var techniques = new List<string>(4);
        var national = string.Equals(phone.Country, adCountry, StringComparison.Ordinal) && rng.Chance(0.75);
        techniques.Add(national ? "national" : "international");
        var groups = phone.Groups(national, rng);
        var prefix = national ? "" : rng.Chance(0.8) ? "+" + phone.Cc : "00" + phone.Cc;
        if (prefix.StartsWith("00", StringComparison.Ordinal))
        {
            techniques[0] = "international_00";
        }

        var obfuscate = rng.Chance(obfuscation);
        string separatorStyle;
        string sep;
        var r = rng.NextDouble();
        if (r < 0.45)
        {
            sep = " ";
            separatorStyle = "grouped";
        }
        else if (r < 0.7)
        {
            sep = "";
            separatorStyle = "compact";
        }
        else if (r < 0.85 || !obfuscate)
        {
            sep = rng.Pick(new[] { ".", "-", "/" });
            separatorStyle = "grouped";
        }
        else
        {
            sep = rng.Pick(OddSeparators);
            separatorStyle = "odd_separators";
        }

        techniques.Add(separatorStyle);
        var spacedDigits = obfuscate && rng.Chance(0.1);
        if (spacedDigits)
        {
            techniques[^1] = "spaced_digits";
        }

        var digitStyle = !obfuscate ? "" : styled ? PickStyledDigitStyle(rng, language) : PickDigitStyle(rng, language);
        var family = digitStyle is EnclosedDigits or SuperscriptDigits or StyledLookalike or ChineseNumerals ? rng.Next(StyledDigits.Families(digitStyle)) : 0;
        if (digitStyle.Length > 0)
        {
            techniques.Add(digitStyle == StyledLookalike ? "lookalike" : digitStyle);
        }

        var sb = new StringBuilder(48);
        if (prefix.Length > 0)
        {
            sb.Append(RenderDigits(prefix, digitStyle == "number_words" ? "" : digitStyle, rng, language, spacedDigits, family));
            sb.Append(sep.Length == 0 && rng.Chance(0.5) ? "" : " ");
        }

        for (var g = 0; g < groups.Count; g++)
        {
            if (g > 0)
            {
                sb.Append(spacedDigits ? " " : sep);
            }

            sb.Append(RenderDigits(groups[g], digitStyle, rng, language, spacedDigits, family));
        }

        var text = sb.ToString().Trim();
        var decoded = PhoneDecoder.Decode(text, adCountry);
        if (!string.Equals(decoded, phone.E164, StringComparison.Ordinal))
        {
            return null;
        }

        return new WrittenPhone(text, phone.E164, techniques);
    }

    /// <summary>The plain international form, the way a site's own phone field usually shows it.</summary>
    public static WrittenPhone Plain(PhoneNumber phone) => new("+" + phone.Cc + " " + phone.Nsn, phone.E164, ["international", "grouped"]);

    /// <summary>A national or international form without tricks, as a site's phone field shows it.</summary>
    public WrittenPhone Field(Rng rng, PhoneNumber phone, string adCountry)
    {
        var national = string.Equals(phone.Country, adCountry, StringComparison.Ordinal) && rng.Chance(0.6);
        var text = national ? phone.National : rng.Chance(0.5) ? phone.E164 : "+" + phone.Cc + " " + string.Join(' ', phone.Groups(false, rng));
        return new WrittenPhone(text, phone.E164, [national ? "national" : "international", "phone_field"]);
    }

    private static string PickDigitStyle(Rng rng, string language)
    {
        var r = rng.NextDouble();
        return r switch
        {
            < 0.30 => "number_words",
            < 0.40 => string.Equals(language, "en", StringComparison.Ordinal) ? "homophones" : "number_words",
            < 0.52 => "letter_o",
            < 0.60 => "letter_l",
            < 0.72 => "emoji_keycap",
            < 0.84 => "fullwidth",
            _ => "lookalike",
        };
    }

    private string RenderDigits(string digits, string style, Rng rng, string language, bool spaced, int family)
    {
        var sb = new StringBuilder(digits.Length * 3);
        var words = _lexicon.DigitWords.TryGetValue(language, out var w0) ? w0 : _lexicon.DigitWords["en"];
        var wordShare = rng.Between(0.3, 1.0);
        foreach (var ch in digits)
        {
            if (spaced && sb.Length > 0)
            {
                sb.Append(' ');
            }

            if (ch == '+')
            {
                sb.Append('+');
                continue;
            }

            var d = ch - '0';
            switch (style)
            {
                case "number_words" when rng.Chance(wordShare):
                    var w = words[d];
                    sb.Append(rng.Chance(0.2) ? char.ToUpperInvariant(w[0]) + w[1..] : w);
                    break;
                case "homophones" when d is 0 or 2 or 4 && rng.Chance(0.8):
                    sb.Append(d switch { 0 => rng.Chance(0.5) ? "oh" : "o", 2 => rng.Chance(0.5) ? "to" : "too", _ => "for" });
                    break;
                case "letter_o" when d == 0 && rng.Chance(0.85):
                    sb.Append(rng.Chance(0.7) ? 'O' : 'o');
                    break;
                case "letter_l" when d == 1 && rng.Chance(0.85):
                    sb.Append(rng.Chance(0.6) ? 'l' : 'I');
                    break;
                case "emoji_keycap":
                    sb.Append(ch).Append('\uFE0F').Append('\u20E3');
                    break;
                case "fullwidth":
                    sb.Append((char)('\uFF10' + d));
                    break;
                case "lookalike" when rng.Chance(0.5):
                    AppendLookAlike(sb, d, rng);
                    break;
                case EnclosedDigits or SuperscriptDigits or StyledLookalike or ChineseNumerals when rng.Chance(0.9):
                    StyledDigits.Append(sb, style, family, d);
                    break;
                default:
                    sb.Append(ch);
                    break;
            }
        }

        return sb.ToString();
    }

    private static void AppendLookAlike(StringBuilder sb, int d, Rng rng)
    {
        switch (d)
        {
            case 0 when rng.Chance(0.5):
                sb.Append(rng.Chance(0.5) ? '\u041E' : '\u039F');
                return;
            case 3 when rng.Chance(0.5):
                sb.Append('\u0417');
                return;
            case 1 when rng.Chance(0.5):
                sb.Append('\u04C0');
                return;
        }

        // Mathematical bold or double-struck digits (U+1D7CE, U+1D7D8): NFKC folds them to ASCII.
        sb.Append(char.ConvertFromUtf32((rng.Chance(0.5) ? 0x1D7CE : 0x1D7D8) + d));
    }
}
