using System.Text;
using FsCheck;
using FsCheck.Fluent;
using FsCheck.Xunit;

namespace Threadline.Extraction.Tests;

/// <summary>Hostile input never hangs or throws; long fields are cut with a note; spans stay inside the text.</summary>
public sealed class HostileInputTests
{
    private static readonly string[] Pieces =
    [
        "0", "1", "4", "7", "9", " ", ".", "-", "/", "*", ",", "_", "~", "+", "00", "32", "0470", "12", "34", "56", "€", "kg", "cm", "ans", "h", ":",
        "zero", "one", "to", "for", "oh", "o", "O", "l", "I", "un", "deux", "zes", "acht", "fünf", "sei", "零", "四", "七", "中国", "0\uFE0F\u20E3", "\uFF14",
        "\uD835\uDFCE", "\u041E", "\u0417", "\u200B", "\u202E", "\uD800", "\uDC00", "\u0000", "\u0007", "\n", "<div>", "</div>", "@", " at ", " dot ", "com",
        "www.", "http://", "t.me/", "Telegram:", "WhatsApp", "24/7", "12/05/2024", "Bruxelles", "chinoise", "Elle est", "nous sommes", "a", "é", "\u0301",
    ];

    [Fact]
    public void A_megabyte_of_digits_is_cut_with_a_note()
    {
        var digits = new string('7', 1_000_000);
        var r = Shared.Extractor.Extract(new AdText(digits, digits, digits, "BE"));
        Assert.Empty(r.Phones);
        Assert.Contains(r.Notes, n => n.Contains("truncated", StringComparison.Ordinal));
    }

    [Fact]
    public void A_megabyte_of_spaced_digits_and_separators_stays_bounded()
    {
        var sb = new StringBuilder();
        var i = 0;
        while (sb.Length < 1_000_000)
        {
            sb.Append((char)('0' + (i++ % 10))).Append(i % 3 == 0 ? " / " : " ");
        }

        var r = Shared.Extractor.Extract(new AdText("", sb.ToString(), null, "BE"));
        Assert.Contains(r.Notes, n => n.Contains("truncated", StringComparison.Ordinal));
        Assert.All(r.Phones, p => Assert.StartsWith("+", p.E164, StringComparison.Ordinal));
    }

    [Fact]
    public void Deeply_nested_html_and_regex_bait_do_not_hang()
    {
        var html = string.Concat(Enumerable.Repeat("<div><span>", 50_000)) + "Tel 0470 12 34 56" + string.Concat(Enumerable.Repeat("</span></div>", 50_000));
        var bait = string.Concat(Enumerable.Repeat("a.", 20_000)) + "@" + string.Concat(Enumerable.Repeat("b-", 20_000));
        var at = string.Concat(Enumerable.Repeat("name at ", 5_000));
        Assert.NotNull(Shared.Extractor.Extract(new AdText(bait, html, at, "BE")));
        var r = Shared.Extractor.Extract(new AdText("", "<div><b>Tel</b> <i>0470 12 34 56</i></div>", null, "BE"));
        Assert.Equal("+32470123456", Assert.Single(r.Phones).E164);
    }

    /// <summary>
    /// The contact, age and price patterns run without a time limit on fields up to
    /// <see cref="Text.InputGuard.UntimedPatternChars"/>: text of that length built to make them backtrack as much as
    /// they can must still finish well inside the one-second limit they would otherwise have (it takes milliseconds).
    /// </summary>
    [Fact]
    public void Untimed_patterns_stay_fast_on_backtracking_bait_at_their_length_limit()
    {
        string[] units =
        [
            "a", "a.", "a-", "a ", "ab at ", "ab at cd ", "ab at cd dot ", "ab (at) cd (dot) ", "a@", "a@b.", "a@b-", "ab.cd.", "www.a", "http://a",
            "a.com/", "1", "12", "12 ", "12.", "12,5", "€12", "12 €", "12 ans ", "age 12", "i am 12 ", "12 min ", "12 h", "wa ", "whats app ", "tg: @",
            " ", "  ", "..", "@@", "12-", "12 - ", "1212121212", "tg://", "skype:a", "wa.me/", "t.me/+", "Телеграм @",
        ];
        var messaging = Contacts.MessagingData.Load();
        var patterns = new (string Name, Func<string, System.Text.RegularExpressions.Regex> Get)[]
        {
            ("e-mail", Contacts.ContactReader.EmailRegex), ("obfuscated e-mail", Contacts.ContactReader.ObfuscatedEmailRegex),
            ("URL", Contacts.ContactReader.UrlRegex), ("service", messaging.NameRegex), ("age", Attributes.AgePriceReader.AgeRegex),
            ("price", Attributes.AgePriceReader.PriceRegex), ("duration", Attributes.AgePriceReader.DurationRegex),
        };
        var limit = Text.InputGuard.UntimedPatternChars;
        foreach (var unit in units)
        {
            var sb = new StringBuilder(limit);
            while (sb.Length + unit.Length <= limit)
            {
                sb.Append(unit);
            }

            var text = sb.ToString();
            foreach (var (name, get) in patterns)
            {
                var regex = get(text);
                Assert.Equal(System.Text.RegularExpressions.Regex.InfiniteMatchTimeout, regex.MatchTimeout);
                var sw = System.Diagnostics.Stopwatch.StartNew();
                var count = 0;
                foreach (var m in regex.EnumerateMatches(text))
                {
                    count++;
                }

                Assert.True(sw.Elapsed < TimeSpan.FromSeconds(1), $"{name} took {sw.Elapsed.TotalMilliseconds:F0} ms on '{unit}' x {text.Length / unit.Length}");
            }

            // One character more and the same patterns run with their time limit.
            Assert.NotEqual(System.Text.RegularExpressions.Regex.InfiniteMatchTimeout, Contacts.ContactReader.ObfuscatedEmailRegex(text + new string(' ', limit - text.Length + 1)).MatchTimeout);
        }
    }

    [Fact]
    public void Invalid_unicode_and_control_characters_are_replaced_and_noted()
    {
        var body = "Tel\u0000 0470\u0007 12 34 56 \uD800 end \uDC00";
        var r = Shared.Extractor.Extract(new AdText("\u0001", body, null, "BE"));
        Assert.Equal("+32470123456", Assert.Single(r.Phones).E164);
        Assert.Contains(r.Notes, n => n.Contains("replaced", StringComparison.Ordinal));
    }

    [Fact]
    public void Null_and_empty_fields_give_an_empty_result()
    {
        var r = Shared.Extractor.Extract(new AdText(null, null, null, null));
        Assert.Empty(r.Phones);
        Assert.Equal("und", r.Language.Code);
        Assert.Equal(0, r.IndicatorScore);
    }

    [Fact]
    public void Seeded_adversarial_strings_never_throw_and_spans_stay_inside()
    {
        var rng = new Random(20240601);
        for (var n = 0; n < 1500; n++)
        {
            var title = Compose(rng, rng.Next(0, 12));
            var body = Compose(rng, rng.Next(0, 120));
            CheckOne(title, body, rng.Next(4) switch { 0 => "BE", 1 => "FR", 2 => null, _ => "IT" });
        }
    }

    [Property(MaxTest = 300)]
    public Property Random_strings_never_throw(NonNull<string> title, NonNull<string> body)
    {
        return Prop.ToProperty(CheckOne(title.Get, body.Get, "NL"));
    }

    private static string Compose(Random rng, int count)
    {
        var sb = new StringBuilder();
        for (var i = 0; i < count; i++)
        {
            sb.Append(Pieces[rng.Next(Pieces.Length)]);
        }

        return sb.ToString();
    }

    private static bool CheckOne(string title, string body, string? country)
    {
        var r = Shared.Extractor.Extract(new AdText(title, body, body.Length > 10 ? body[..10] : body, country));
        foreach (var s in r.Phones.SelectMany(p => p.Spans).Concat(r.Indicators.Select(i => i.Span)).Concat(r.Emails.Select(e => e.Span)).Concat(r.Cities.Select(c => c.Span)))
        {
            var text = s.Field switch { TextField.Title => title, TextField.Body => body, _ => body.Length > 10 ? body[..10] : body };
            Assert.InRange(s.Start, 0, text.Length);
            Assert.InRange(s.End, s.Start, text.Length);
        }

        Assert.All(r.Phones, p => Assert.Matches("^\\+[1-9][0-9]{6,15}$", p.E164));
        return true;
    }
}
