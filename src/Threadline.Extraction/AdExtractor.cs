using Threadline.Extraction.Attributes;
using Threadline.Extraction.Contacts;
using Threadline.Extraction.Data;
using Threadline.Extraction.Indicators;
using Threadline.Extraction.Phones;
using Threadline.Extraction.Text;

namespace Threadline.Extraction;

/// <summary>
/// Extracts phones, contact points, attributes and trafficking indicators from ad text. Build one (it loads the
/// data files: about 50 ms) and share it: <see cref="Extract"/> is thread-safe and never throws on bad input.
/// </summary>
public sealed class AdExtractor
{
    private readonly PhoneFinder _phones;
    private readonly LexiconMatcher _lexicon;
    private readonly LanguageDetector _language;
    private readonly IndicatorEngine _indicators;
    private readonly HandleReader _handles;

    private readonly Dictionary<string, (int Language, Person Person)[]>.AlternateLookup<ReadOnlySpan<char>> _personWords;

    [ThreadStatic]
    private static List<(int Start, int End)>? t_tokens;

    [ThreadStatic]
    private static Voice? t_voice;

    /// <summary>Loads the embedded data (gazetteer, lexicons, number words, confusables, indicator rules).</summary>
    public AdExtractor()
    {
        var data = ExtractionData.Load();
        var validator = new PhoneValidator();
        _phones = new PhoneFinder(data, validator);
        _handles = new HandleReader(data.Messaging, validator);
        _lexicon = new LexiconMatcher(data);
        _language = new LanguageDetector(data);
        _indicators = new IndicatorEngine(data);
        _personWords = data.PersonWords.GetAlternateLookup<ReadOnlySpan<char>>();
        Rules = [.. _indicators.Rules.Select(r => new IndicatorRule(r.Id, r.Description, r.Weight, r.Evidence, r.Computed is not null, r.Structural))];
    }

    /// <summary>The indicator rules in force (from indicators.json), for reports that explain scores.</summary>
    public IReadOnlyList<IndicatorRule> Rules { get; }

    /// <summary>Largest number of UTF-16 code units read per field; longer fields are cut and a note is recorded.</summary>
    public static int MaxFieldChars => InputGuard.MaxFieldChars;

    /// <summary>Extracts everything from one ad. Never throws for any text; deterministic for the same input.</summary>
    public AdExtraction Extract(AdText ad)
    {
        ArgumentNullException.ThrowIfNull(ad);
        var notes = new List<string>();
        var title = InputGuard.Clean(ad.Title, "title", notes);
        var body = InputGuard.Clean(ad.Body, "body", notes);
        var phoneField = InputGuard.Clean(ad.PhoneField, "phone field", notes);
        var foldedTitle = TextFold.Fold(title);
        var foldedBody = TextFold.Fold(body);

        var tokens = t_tokens ??= new List<(int, int)>(256);
        var cities = new List<CityHit>();
        var nationalities = new List<NationalityHit>();
        Span<int> votes = stackalloc int[LanguageDetector.LanguageCount];
        _lexicon.Match(title, foldedTitle, TextField.Title, tokens, cities, nationalities);
        var voice = t_voice ??= new Voice();
        voice.Reset();
        var han = _language.Vote(foldedTitle, tokens, votes);
        Voice.Read(title, foldedTitle, TextField.Title, tokens, _personWords, voice);
        _lexicon.Match(body, foldedBody, TextField.Body, tokens, cities, nationalities);
        han += _language.Vote(foldedBody, tokens, votes);
        Voice.Read(body, foldedBody, TextField.Body, tokens, _personWords, voice);
        var language = LanguageDetector.Decide(votes, han, ad.LanguageHint);

        var phones = _phones.Find(title, body, phoneField, ad.Country, language.Code, notes);

        var emails = new List<EmailHit>();
        var urls = new List<UrlHit>();
        var handles = new List<HandleHit>();
        var ages = new List<AgeHit>();
        var prices = new List<PriceHit>();
        var hits = new List<IndicatorHit>();
        ReadField(title, foldedTitle, TextField.Title, ad.Country, phones, emails, urls, handles, ages, prices, hits, notes);
        ReadField(body, foldedBody, TextField.Body, ad.Country, phones, emails, urls, handles, ages, prices, hits, notes);

        _indicators.Computed(phones, nationalities, ages, hits);
        _indicators.Voice(voice, voice.LanguageOf(language.Code), hits);
        var parts = new List<KeyValuePair<string, double>>();
        var score = 0.0;
        foreach (var h in hits)
        {
            if (!parts.Exists(p => string.Equals(p.Key, h.RuleId, StringComparison.Ordinal)))
            {
                parts.Add(new KeyValuePair<string, double>(h.RuleId, h.Weight));
                score += h.Weight;
            }
        }

        return new AdExtraction(phones, emails, handles, urls, ages, nationalities, cities, prices, language, hits, score, parts, notes);
    }

    private void ReadField(string text, string folded, TextField field, string? country, List<PhoneHit> phones, List<EmailHit> emails, List<UrlHit> urls,
        List<HandleHit> handles, List<AgeHit> ages, List<PriceHit> prices, List<IndicatorHit> hits, List<string> notes)
    {
        if (text.Length == 0)
        {
            return;
        }

        // Each step is bounded by its regex time limit; one that runs out is skipped for this field with a note.
        var step = "e-mails";
        try
        {
            ContactReader.Emails(text, field, emails);
            step = "URLs";
            ContactReader.Urls(text, field, emails, urls);
            step = "handles";
            _handles.Read(text, field, country, phones, urls, handles, notes);
        }
        catch (System.Text.RegularExpressions.RegexMatchTimeoutException)
        {
            notes.Add(string.Concat(step, " and later contact steps skipped in the ", field == TextField.Title ? "title" : "body", ": pattern time limit reached"));
        }

        step = "ages";
        try
        {
            AgePriceReader.Ages(text, field, ages);
            step = "prices";
            AgePriceReader.Prices(text, field, prices);
        }
        catch (System.Text.RegularExpressions.RegexMatchTimeoutException)
        {
            notes.Add(string.Concat(step, " skipped in the ", field == TextField.Title ? "title" : "body", ": pattern time limit reached"));
        }

        if (!_indicators.Match(text, folded, field, hits))
        {
            notes.Add(string.Concat("indicator rules ran out of time in the ", field.ToString().ToLowerInvariant(), "; hits so far kept"));
        }
    }
}
