using System.Globalization;
using System.Text;
using Threadline.Simulation.Core;
using Threadline.Simulation.Phones;
using Threadline.Simulation.Truth;

namespace Threadline.Simulation.Text;

/// <summary>How the phone appears in an ad's text.</summary>
internal enum PhonePlacement
{
    Body,
    Glued,
    Split,
    None,
}

/// <summary>Title and body of one ad, with the truth about its phones, decoys and indicators.</summary>
internal sealed record ComposedText(string Title, string Body, List<PhoneMention> Phones, List<Decoy> Decoys, List<string> Indicators);

/// <summary>Writes an ad from a plan and slot values, keeping track of every number it writes.</summary>
internal sealed class AdComposer
{
    private static readonly string[] GlueWords = ["weekend", "call", "tel", "bel", "ruf", "chiama", "xoxo", "kiss", "new", "sms"];
    private readonly Lexicon _lexicon;

    public AdComposer(Lexicon lexicon) => _lexicon = lexicon;

    public ComposedText Compose(Rng rng, TextPlan plan, Slots slots, IReadOnlyList<(WrittenPhone Phone, string Owner)> phones, PhonePlacement placement, DateOnly day, string country)
    {
        var pack = _lexicon.Languages[plan.Language];
        var decoys = new List<Decoy>();
        var mentions = new List<PhoneMention>();
        var sb = new StringBuilder(256);
        var title = Fill(pack.Title[plan.Title], slots, pack, "title", decoys, rng);

        var sentences = new List<string>(12)
        {
            Fill(pack.Open(plan.Voice)[plan.Open], slots, pack, "body", decoys, rng),
        };
        var describe = Fill(pack.Describe[plan.Describe], slots, pack, "body", decoys, rng);
        if (rng.Chance(0.15))
        {
            var end = day.AddDays(rng.Between(3, 14));
            var fmt = rng.Chance(0.5) ? "dd/MM" : "dd.MM";
            var range = day.ToString(fmt, CultureInfo.InvariantCulture) + "-" + end.ToString(fmt, CultureInfo.InvariantCulture);
            describe += " " + range;
            decoys.Add(new Decoy("body", range, "date"));
        }

        sentences.Add(describe);
        for (var k = 0; k < plan.Indicators.Count; k++)
        {
            var bank = pack.Indicators[plan.Indicators[k]];
            var sentence = Fill(bank[(plan.Open + plan.Services + k) % bank.Length], slots, pack, "body", decoys, rng);
            if (sentence.Contains("24/7", StringComparison.Ordinal))
            {
                decoys.Add(new Decoy("body", "24/7", "availability"));
            }

            sentences.Add(sentence);
        }

        sentences.Add(Fill(pack.Services[plan.Services], slots, pack, "body", decoys, rng));
        sentences.Add(Fill(pack.Price[plan.Price], slots, pack, "body", decoys, rng));

        if (phones.Count > 0 && placement != PhonePlacement.None)
        {
            var contact = pack.Contact(plan.Voice)[plan.Contact];
            var first = phones[0];
            if (placement == PhonePlacement.Split && TrySplit(first.Phone, country, out var head, out var tail))
            {
                title = title + " " + head;
                mentions.Add(new PhoneMention(first.Phone.E164, [new TextPart("title", head), new TextPart("body", tail)], With(first.Phone.Techniques, "split_title_body"), first.Owner));
                sentences.Add(contact.Replace("{phone}", tail, StringComparison.Ordinal));
            }
            else if (placement == PhonePlacement.Glued)
            {
                var glue = rng.Pick(GlueWords);
                sentences.Add(glue + first.Phone.Text + (rng.Chance(0.3) ? "kisses" : ""));
                mentions.Add(new PhoneMention(first.Phone.E164, [new TextPart("body", first.Phone.Text)], With(first.Phone.Techniques, "glued"), first.Owner));
            }
            else
            {
                var joined = new StringBuilder();
                for (var i = 0; i < phones.Count; i++)
                {
                    if (i > 0)
                    {
                        joined.Append(" / ");
                    }

                    joined.Append(phones[i].Phone.Text);
                    var techniques = phones.Count > 1 ? With(phones[i].Phone.Techniques, "several_numbers") : phones[i].Phone.Techniques;
                    mentions.Add(new PhoneMention(phones[i].Phone.E164, [new TextPart("body", phones[i].Phone.Text)], techniques, phones[i].Owner));
                }

                sentences.Add(contact.Replace("{phone}", joined.ToString(), StringComparison.Ordinal));
            }
        }

        var close = pack.Close[plan.Close];
        if (close.Length > 0)
        {
            sentences.Add(close);
        }

        var sep = plan.NewLines ? "\n" : " ";
        for (var i = 0; i < sentences.Count; i++)
        {
            if (i > 0)
            {
                sb.Append(sep);
            }

            sb.Append(sentences[i]);
            if (plan.Fragments.Count > 0 && rng.Chance(plan.FragmentRate / 2))
            {
                var frags = _lexicon.Fragments[rng.Pick(plan.Fragments)];
                sb.Append(' ').Append(rng.Pick(frags));
            }
        }

        var indicators = new List<string>(plan.Indicators);
        if (plan.Ethnicity)
        {
            indicators.Add("ethnicity");
        }

        return new ComposedText(title, sb.ToString(), mentions, decoys, indicators);
    }

    private static IReadOnlyList<string> With(IReadOnlyList<string> techniques, string extra)
    {
        var list = new List<string>(techniques) { extra };
        return list;
    }

    internal static bool TrySplit(WrittenPhone phone, string country, out string head, out string tail)
    {
        head = tail = "";
        var text = phone.Text;
        var mid = text.Length / 2;
        var best = -1;
        for (var i = 1; i < text.Length - 1; i++)
        {
            if (text[i] == ' ' && (best < 0 || Math.Abs(i - mid) < Math.Abs(best - mid)))
            {
                best = i;
            }
        }

        if (best < 0)
        {
            return false;
        }

        head = text[..best].TrimEnd();
        tail = text[(best + 1)..].TrimStart();
        return head.Length > 0 && tail.Length > 0
            && string.Equals(PhoneDecoder.Decode(head + tail, country), phone.E164, StringComparison.Ordinal);
    }

    private static string Fill(string template, Slots s, LanguagePack pack, string field, List<Decoy> decoys, Rng rng)
    {
        if (!template.Contains('{', StringComparison.Ordinal))
        {
            return template;
        }

        var sb = new StringBuilder(template.Length + 32);
        var i = 0;
        while (i < template.Length)
        {
            var open = template.IndexOf('{', i);
            if (open < 0)
            {
                sb.Append(template, i, template.Length - i);
                break;
            }

            sb.Append(template, i, open - i);
            var close = template.IndexOf('}', open);
            var slot = template.Substring(open + 1, close - open - 1);
            string value;
            string? kind = null;
            switch (slot)
            {
                case "name": value = s.Name; break;
                case "age": value = s.Age.ToString(CultureInfo.InvariantCulture); kind = "age"; break;
                case "nat":
                    var terms = pack.Nationality.TryGetValue(s.Origin, out var t) ? t : pack.Nationality["local"];
                    value = terms[(s.Name.Length + s.Age) % terms.Length];
                    break;
                case "city": value = s.City; break;
                case "n": value = s.Girls.ToString(CultureInfo.InvariantCulture); break;
                case "height":
                    value = rng.Chance(0.5)
                        ? string.Create(CultureInfo.InvariantCulture, $"1m{s.HeightCm - 100:00}")
                        : string.Create(CultureInfo.InvariantCulture, $"{s.HeightCm}cm");
                    kind = "height";
                    break;
                case "weight": value = string.Create(CultureInfo.InvariantCulture, $"{s.WeightKg}kg"); kind = "weight"; break;
                case "measures": value = s.Measures; kind = "measures"; break;
                case "p30": value = s.P30.ToString(CultureInfo.InvariantCulture); kind = "price"; break;
                case "p60": value = s.P60.ToString(CultureInfo.InvariantCulture); kind = "price"; break;
                case "pnight": value = s.PNight.ToString(CultureInfo.InvariantCulture); kind = "price"; break;
                default: value = "{" + slot + "}"; break;
            }

            sb.Append(value);
            if (kind is not null)
            {
                decoys.Add(new Decoy(field, value, kind));
            }

            i = close + 1;
        }

        return sb.ToString();
    }
}
