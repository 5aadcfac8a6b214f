using System.Buffers;
using System.Collections.Concurrent;
using System.Globalization;
using System.Text.Json;
using Threadline.Core;
using Threadline.Core.Statements;
using Threadline.Extraction;

namespace Threadline.Application.Extract;

/// <summary>
/// Turns what the extraction library found in an ad into statements: on the ad (phone, email,
/// handle, age, nationality, mentioned city, price, language, indicators, score) and on the nodes it
/// links to (Phone, Email, Handle, Location), each with its evidence (span, techniques, rule, weight).
/// Facts that come from reference data rather than from the ad (a city's name, country and GeoNames id
/// from the gazetteer; a number's country from libphonenumber's metadata) carry that data as their
/// source and are written once per run, not once per ad that mentions them.
/// </summary>
public static class ExtractionStatements
{
    /// <summary>Producer name of every extraction statement (one name, so a full re-run can replace them).</summary>
    public const string Producer = "extract";

    /// <summary>Source of the Location facts: the GeoNames-derived gazetteer shipped with the extraction library.</summary>
    public const string GazetteerSource = "gazetteer:geonames";

    /// <summary>Source of a Phone's E.164 form and country: libphonenumber's normalisation and metadata.</summary>
    public const string NumberingPlanSource = "libphonenumber";

    public static readonly string Version = typeof(AdExtractor).Assembly.GetName().Version?.ToString(3) ?? "0.0.0";

    private const int MaxRememberedIds = 1 << 17;
    private const int KeepDetailBuffer = 64 * 1024;
    private static readonly ConcurrentDictionary<string, string> RememberedIds = new(StringComparer.Ordinal);

    [ThreadStatic]
    private static ArrayBufferWriter<byte>? _detailBuffer;

    [ThreadStatic]
    private static Utf8JsonWriter? _detailWriter;

    /// <param name="ad">The ad.</param>
    /// <param name="extractor">The extractor (shared, thread-safe).</param>
    /// <param name="referenceWritten">Nodes whose reference facts this run has already emitted (shared by the run's
    /// workers); null to emit them with every ad.</param>
    public static IReadOnlyList<Statement> For(Entity ad, AdExtractor extractor, ConcurrentDictionary<string, byte>? referenceWritten = null)
    {
        var result = new List<Statement>();
        var country = ad.First("country");
        var phoneFields = ad.Get("phoneRaw");
        var versions = AdVersions.Of(ad);
        if (versions.Count == 0)
        {
            versions = [(null, null)];
        }

        double bestScore = -1;
        KeyValuePair<string, double>[]? bestParts = null;
        Statement? bestAnchor = null;
        for (var v = 0; v < versions.Count; v++)
        {
            var (title, body) = versions[v];
            var anchor = body ?? title ?? ad.Statements[0];
            var phoneField = phoneFields.IsDefaultOrEmpty ? null : phoneFields[Math.Min(v, phoneFields.Length - 1)];
            var found = extractor.Extract(new AdText(title?.Value, body?.Value, phoneField, country));
            var emit = new Emitter(result, ad.Id, anchor);
            foreach (var phone in found.Phones)
            {
                var phoneId = NodeId("phone", phone.E164);
                emit.Ad("phone", phone.E164, Detail(w =>
                {
                    Spans(w, phone.Spans);
                    Strings(w, "techniques", phone.Techniques);
                    w.WriteBoolean("obfuscated", phone.Obfuscated);
                    if (phone.NumberWordLanguages.Count > 0)
                    {
                        Strings(w, "number_word_languages", phone.NumberWordLanguages);
                    }
                }));
                emit.Ad("phoneEntity", phoneId);
                if (referenceWritten?.TryAdd(phoneId, 0) ?? true)
                {
                    result.Add(Reference(phoneId, "Phone", "number", phone.E164, NumberingPlanSource, null));
                    result.Add(Reference(phoneId, "Phone", "country", phone.Region.ToLowerInvariant(), NumberingPlanSource, null));
                }
            }

            foreach (var email in found.Emails)
            {
                var id = NodeId("email", email.Address.ToLowerInvariant());
                emit.Ad("email", email.Address, Detail(w =>
                {
                    Spans(w, [email.Span]);
                    w.WriteBoolean("obfuscated", email.Obfuscated);
                }));
                emit.Node(id, "Email", "email", email.Address);
            }

            foreach (var handle in found.Handles)
            {
                var id = NodeId("handle", handle.Service.ToLowerInvariant(), handle.Username.ToLowerInvariant());
                emit.Ad("handle", id, Detail(w =>
                {
                    Spans(w, [handle.Span]);
                    w.WriteString("service", handle.Service);
                    w.WriteString("username", handle.Username);
                }));
                emit.Node(id, "Handle", "service", handle.Service);
                emit.Node(id, "Handle", "username", handle.Username);
                emit.Node(id, "Handle", "name", handle.Service + ":" + handle.Username);
            }

            foreach (var url in found.Urls)
            {
                emit.Ad("website", url.Url, Detail(w => Spans(w, [url.Span])));
            }

            foreach (var age in found.Ages)
            {
                emit.Ad("age", age.Years.ToString(CultureInfo.InvariantCulture), Detail(w => Spans(w, [age.Span])));
            }

            foreach (var nationality in found.Nationalities)
            {
                foreach (var code in nationality.Countries)
                {
                    emit.Ad("nationality", code.ToLowerInvariant(), Detail(w =>
                    {
                        Spans(w, [nationality.Span]);
                        w.WriteString("term", nationality.Term);
                        w.WriteString("kind", nationality.Kind);
                        w.WriteString("language", nationality.Language);
                    }));
                }
            }

            foreach (var city in found.Cities)
            {
                var id = NodeId("location", "geonames", city.GeoNameId.ToString(CultureInfo.InvariantCulture));
                emit.Ad("mentionedCity", id, Detail(w =>
                {
                    Spans(w, [city.Span]);
                    w.WriteString("city", city.Name);
                }));
                if (referenceWritten?.TryAdd(id, 0) ?? true)
                {
                    var geonamesId = city.GeoNameId.ToString(CultureInfo.InvariantCulture);
                    result.Add(Reference(id, "Location", "name", city.Name, GazetteerSource, geonamesId));
                    result.Add(Reference(id, "Location", "city", city.Name, GazetteerSource, geonamesId));
                    result.Add(Reference(id, "Location", "country", city.Country.ToLowerInvariant(), GazetteerSource, geonamesId));
                    result.Add(Reference(id, "Location", "geonamesId", geonamesId, GazetteerSource, geonamesId));
                }
            }

            foreach (var price in found.Prices)
            {
                var text = price.DurationMinutes is { } minutes
                    ? string.Create(CultureInfo.InvariantCulture, $"{price.Amount} {price.Currency}/{minutes}min")
                    : string.Create(CultureInfo.InvariantCulture, $"{price.Amount} {price.Currency}");
                emit.Ad("price", text, Detail(w => Spans(w, [price.Span])));
            }

            emit.Ad("language", found.Language.Code, Detail(w =>
            {
                w.WriteNumber("confidence", Math.Round(found.Language.Confidence, 3));
                w.WriteBoolean("from_hint", found.Language.FromHint);
            }));

            foreach (var hit in found.Indicators)
            {
                emit.Ad("indicator", hit.RuleId, Detail(w =>
                {
                    w.WriteString("description", hit.Description);
                    w.WriteNumber("weight", hit.Weight);
                    w.WriteString("evidence", hit.Evidence);
                    Spans(w, [hit.Span]);
                }));
            }

            if (found.IndicatorScore > bestScore)
            {
                bestScore = found.IndicatorScore;
                bestParts = [.. found.ScoreParts];
                bestAnchor = anchor;
            }
        }

        if (bestAnchor is not null && bestParts is not null)
        {
            var parts = bestParts;
            new Emitter(result, ad.Id, bestAnchor).Ad("indicatorScore", Math.Round(bestScore, 4).ToString("0.####", CultureInfo.InvariantCulture), Detail(w =>
            {
                w.WriteStartObject("parts");
                foreach (var (rule, weight) in parts)
                {
                    w.WriteNumber(rule, Math.Round(weight, 4));
                }

                w.WriteEndObject();
            }));
        }

        return result;
    }

    /// <summary>A fact from reference data (no time window: it does not come from when an ad was seen).</summary>
    private static Statement Reference(string id, string schema, string property, string value, string source, string? locator) =>
        new(id, schema, property, value, source, locator, Producer, Version, null, null);

    private static string Detail(Action<Utf8JsonWriter> body)
    {
        // One buffer and writer per thread, reset for each detail: an ad yields a dozen of them.
        var buffer = _detailBuffer ??= new ArrayBufferWriter<byte>(1024);
        buffer.ResetWrittenCount();
        var writer = _detailWriter ??= new Utf8JsonWriter(buffer, JsonOutput.Compact);
        writer.Reset(buffer);
        writer.WriteStartObject();
        body(writer);
        writer.WriteEndObject();
        writer.Flush();
        var text = System.Text.Encoding.UTF8.GetString(buffer.WrittenSpan);
        if (buffer.Capacity > KeepDetailBuffer)
        {
            (_detailBuffer, _detailWriter) = (null, null); // one huge detail does not pin its buffer for the run
        }

        return text;
    }

    /// <summary>
    /// The id of a node (phone, e-mail, handle, place) an ad points to: the same few thousand numbers and
    /// cities recur across hundreds of thousands of ads, so their ids are hashed once and remembered
    /// (up to <see cref="MaxRememberedIds"/>; past that, hashed each time).
    /// </summary>
    private static string NodeId(string prefix, params ReadOnlySpan<string> parts)
    {
        var key = parts.Length == 1 ? string.Concat(prefix, "\u001f", parts[0]) : string.Concat(prefix, "\u001f", string.Join('\u001f', parts));
        if (RememberedIds.TryGetValue(key, out var id))
        {
            return id;
        }

        id = Ids.Make(prefix, parts);
        if (RememberedIds.Count < MaxRememberedIds)
        {
            RememberedIds.TryAdd(key, id);
        }

        return id;
    }

    private static void Spans(Utf8JsonWriter w, IEnumerable<TextSpan> spans)
    {
        w.WriteStartArray("spans");
        foreach (var span in spans)
        {
            w.WriteStartObject();
            w.WriteString("field", span.FieldName);
            w.WriteNumber("start", span.Start);
            w.WriteNumber("length", span.Length);
            w.WriteString("text", span.Text);
            w.WriteEndObject();
        }

        w.WriteEndArray();
    }

    private static void Strings(Utf8JsonWriter w, string name, IEnumerable<string> values)
    {
        w.WriteStartArray(name);
        foreach (var value in values)
        {
            w.WriteStringValue(value);
        }

        w.WriteEndArray();
    }

    /// <summary>Writes statements derived from one source statement (its source, locator and times).</summary>
    private readonly struct Emitter(List<Statement> output, string adId, Statement anchor)
    {
        public void Ad(string property, string value, string? detail = null) =>
            output.Add(new Statement(adId, "Advertisement", property, value, anchor.Source, anchor.Locator, Producer, Version, anchor.FirstSeen, anchor.LastSeen, detail));

        public void Node(string id, string schema, string property, string value) =>
            output.Add(new Statement(id, schema, property, value, anchor.Source, anchor.Locator, Producer, Version, anchor.FirstSeen, anchor.LastSeen));
    }
}
