using System.Globalization;
using System.Text;
using Threadline.Simulation.Core;
using Threadline.Simulation.Phones;
using Threadline.Simulation.Text;
using Threadline.Simulation.Truth;

namespace Threadline.Simulation.Styles;

/// <summary>
/// Writes an ad in one of the writing styles from its own banks (Data/styles.json), keeping track of every number it
/// writes, like <see cref="AdComposer"/> does for the default banks.
/// </summary>
internal sealed class StyleComposer
{
    private readonly StyleBook _book;

    public StyleComposer(StyleBook book) => _book = book;

    public ComposedText Compose(Rng rng, StylePlan plan, Slots slots, IReadOnlyList<(WrittenPhone Phone, string Owner)> phones, PhonePlacement placement, DateOnly day, string country, string site)
    {
        var decoys = new List<Decoy>();
        var mentions = new List<PhoneMention>();
        var names = new NameWriter(rng, plan, slots);
        var title = Fill(TitleTemplate(plan, site), plan.LanguageOf("title"), names, slots, plan, "title", decoys, rng, forTitle: true);

        var sentences = new List<string>(12) { Sentence(plan, "open", p => p.Open(plan.Voice), plan.Open, names, slots, decoys, rng) };
        var describe = Sentence(plan, "describe", p => p.Describe, plan.Describe, names, slots, decoys, rng);
        if (rng.Chance(0.15))
        {
            var end = day.AddDays(rng.Between(3, 14));
            var fmt = rng.Chance(0.5) ? "dd/MM" : "dd.MM";
            var range = day.ToString(fmt, CultureInfo.InvariantCulture) + "-" + end.ToString(fmt, CultureInfo.InvariantCulture);
            describe += " " + range;
            decoys.Add(new Decoy("body", range, "date"));
        }

        sentences.Add(describe);
        foreach (var extra in plan.Extras)
        {
            var bank = _book.Pack(plan.Language).Extras[extra];
            var sentence = Fill(bank[plan.Open % bank.Length], plan.Language, names, slots, plan, "body", decoys, rng, forTitle: false);
            if (sentence.Contains("24/7", StringComparison.Ordinal))
            {
                decoys.Add(new Decoy("body", "24/7", "availability"));
            }

            sentences.Add(sentence);
        }

        sentences.Add(Sentence(plan, "services", p => p.Services, plan.Services, names, slots, decoys, rng));
        sentences.Add(Sentence(plan, "price", p => p.Price, plan.Price, names, slots, decoys, rng));
        var stock = _book.Pack(plan.Language).Stock.Length > 0 ? _book.Pack(plan.Language).Stock : _book.Pack("en").Stock;
        foreach (var k in plan.Stock.Select(s => s % stock.Length).Distinct())
        {
            sentences.Add(stock[k]);
        }

        if (phones.Count > 0 && placement != PhonePlacement.None)
        {
            var contactLanguage = plan.LanguageOf("contact");
            var contactBank = _book.Pack(contactLanguage).Contact(plan.Voice);
            var contact = Fill(contactBank[plan.Contact % contactBank.Length], contactLanguage, names, slots, plan, "body", decoys, rng, forTitle: false);
            var first = phones[0];
            if (placement == PhonePlacement.Split && AdComposer.TrySplit(first.Phone, country, out var head, out var tail))
            {
                title = title + " " + head;
                mentions.Add(new PhoneMention(first.Phone.E164, [new TextPart("title", head), new TextPart("body", tail)], With(first.Phone.Techniques, "split_title_body"), first.Owner));
                sentences.Add(contact.Replace("{phone}", tail, StringComparison.Ordinal));
            }
            else if (placement == PhonePlacement.Glued)
            {
                // Digits glued to words on both sides: "Mila0470123456kisses", "звони0470123456".
                var pack = _book.Pack(plan.Language);
                var before = rng.Chance(0.5) ? names.Body(plan.Language) : rng.Pick(pack.Glue);
                var after = rng.Chance(0.5) ? rng.Pick(pack.Glue) : "";
                sentences.Add(before + first.Phone.Text + after);
                mentions.Add(new PhoneMention(first.Phone.E164, [new TextPart("body", first.Phone.Text)], With(first.Phone.Techniques, "glued"), first.Owner));
            }
            else if (phones.Count == 1 && rng.Chance(_book.LinkShare))
            {
                // "https://wa.me/+32470123456": the number inside a messaging link, as it is written.
                var link = rng.Pick(_book.LinkForms).Replace("{e164}", first.Phone.E164, StringComparison.Ordinal);
                mentions.Add(new PhoneMention(first.Phone.E164, [new TextPart("body", first.Phone.E164)], ["international", "compact", "messaging_link"], first.Owner));
                sentences.Add(contact.Replace("{phone}", link, StringComparison.Ordinal));
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

        // A seller prints its own channel and group in every template it sells: links shared by unrelated advertisers.
        if (plan.Style == StyleSetup.Adversarial && plan.TemplateId is { } sold)
        {
            var channels = _book.SellerChannels[int.Parse(sold[(sold.LastIndexOf('-') + 1)..], CultureInfo.InvariantCulture) % _book.SellerChannels.Length];
            sentences.Add(string.Join(" ", channels));
        }

        var close = Sentence(plan, "close", p => p.Close, plan.Close, names, slots, decoys, rng);
        if (close.Length > 0)
        {
            sentences.Add(close);
        }

        return new ComposedText(title, string.Join(plan.NewLines ? "\n" : " ", sentences), mentions, decoys, [.. plan.Extras]);
    }

    private string TitleTemplate(StylePlan plan, string site)
    {
        var pack = _book.Pack(plan.LanguageOf("title"));
        return plan.TitleRule switch
        {
            "site" when _book.SiteTitles.TryGetValue(site, out var t) => plan.Agency is null ? t.Person : t.Agency,
            "agency" => pack.TitleAgency[plan.Title % pack.TitleAgency.Length],
            _ => pack.TitleFree[plan.Title % pack.TitleFree.Length],
        };
    }

    private string Sentence(StylePlan plan, string part, Func<StylePack, string[]> bank, int index, NameWriter names, Slots slots, List<Decoy> decoys, Rng rng)
    {
        var language = plan.LanguageOf(part);
        var b = bank(_book.Pack(language));
        return Fill(b[index % b.Length], language, names, slots, plan, "body", decoys, rng, forTitle: false);
    }

    private static IReadOnlyList<string> With(IReadOnlyList<string> techniques, string extra) => [.. techniques, extra];

    private static string Fill(string template, string language, NameWriter names, Slots s, StylePlan plan, string field, List<Decoy> decoys, Rng rng, bool forTitle)
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
            var value = slot switch
            {
                "name" => forTitle ? names.Title(language) : names.Body(language),
                "agency" => plan.Agency ?? "",
                "city" => s.City,
                "age" => s.Age.ToString(CultureInfo.InvariantCulture),
                "height" => rng.Chance(0.5) ? string.Create(CultureInfo.InvariantCulture, $"1m{s.HeightCm - 100:00}") : string.Create(CultureInfo.InvariantCulture, $"{s.HeightCm}cm"),
                "weight" => string.Create(CultureInfo.InvariantCulture, $"{s.WeightKg}kg"),
                "measures" => s.Measures,
                "p30" => s.P30.ToString(CultureInfo.InvariantCulture),
                "p60" => s.P60.ToString(CultureInfo.InvariantCulture),
                "pnight" => s.PNight.ToString(CultureInfo.InvariantCulture),
                _ => "{" + slot + "}",
            };
            var kind = slot switch
            {
                "age" => "age",
                "height" => "height",
                "weight" => "weight",
                "measures" => "measures",
                "p30" or "p60" or "pnight" => "price",
                _ => null,
            };
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
