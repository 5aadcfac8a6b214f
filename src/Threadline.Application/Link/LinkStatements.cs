using System.Globalization;
using System.Text.Json;
using System.Text.Json.Serialization;
using Threadline.Core;
using Threadline.Core.Statements;
using Threadline.Linking;

namespace Threadline.Application.Link;

/// <summary>
/// Linking's judgements as statements: Persona and Network entities (with confidence, evidence and
/// the score's parts), each ad's persona, each booking's persona or network. Facts are untouched;
/// these statements carry the producer <c>link</c> and are replaced when linking is re-run.
/// </summary>
public static class LinkStatements
{
    public const string Producer = "link";
    public static readonly string Version = typeof(Linker).Assembly.GetName().Version?.ToString(3) ?? "0.0.0";

    /// <summary>The Source entity standing for linking itself: judgements are derived, not read from a file.</summary>
    public static readonly string SourceId = Ids.Make("source", "threadline", "link");

    public static readonly JsonSerializerOptions Json = new()
    {
        Encoder = System.Text.Encodings.Web.JavaScriptEncoder.UnsafeRelaxedJsonEscaping,
        PropertyNamingPolicy = JsonNamingPolicy.SnakeCaseLower,
        Converters = { new JsonStringEnumConverter() },
    };

    public static IEnumerable<Statement> For(LinkResult result)
    {
        Statement S(string entity, string schema, string property, string value, DateTimeOffset? first = null, DateTimeOffset? last = null, string? detail = null) =>
            new(entity, schema, property, value, SourceId, null, Producer, Version, first, last, detail);

        yield return S(SourceId, "Source", "name", "Threadline linking (derived judgements)");
        yield return S(SourceId, "Source", "format", "derived");
        yield return S(SourceId, "Source", "notes", LinkResult.LeadNotice);

        foreach (var persona in result.Personas)
        {
            var m = persona.Movement;
            var name = persona.Names.Count > 0 ? persona.Names[0] : persona.Id;
            yield return S(persona.Id, "Persona", "name", name);
            yield return S(persona.Id, "Persona", "confidence", F(persona.Confidence));
            yield return S(persona.Id, "Persona", "evidence", JsonSerializer.Serialize(persona.Evidence, Json));
            foreach (var alias in persona.Names.Skip(1))
            {
                yield return S(persona.Id, "Persona", "alias", alias);
            }

            foreach (var (property, value) in Seen(persona.Phones, m))
            {
                yield return S(persona.Id, "Persona", property, value);
            }

            yield return S(persona.Id, "Persona", "description", m.Description);
            if (persona.NetworkId is { } network)
            {
                yield return S(persona.Id, "Persona", "network", network);
            }
        }

        foreach (var statement in ForNetworks(result))
        {
            yield return statement;
        }

        foreach (var network in result.Networks)
        {
            foreach (var booking in network.Bookings)
            {
                var id = BookingIngest.BookingId(booking.Platform, booking.BookingRef);
                var detail = JsonSerializer.Serialize(new { basis = booking.Basis, reason = booking.Reason }, Json);
                yield return S(id, "Booking", "network", network.Id, detail: detail);
                if (booking.PersonaId is { } persona)
                {
                    yield return S(id, "Booking", "persona", persona, detail: detail);
                }
            }
        }

        foreach (var a in result.Assignments)
        {
            yield return S(a.AdId, "Advertisement", "persona", a.PersonaId);
        }
    }

    /// <summary>
    /// The statements of the Network entities alone (name with its rank, score, summary, breakdown, evidence, flag,
    /// movement): what the money job writes again when it changes the scores.
    /// </summary>
    public static IEnumerable<Statement> ForNetworks(LinkResult result)
    {
        ArgumentNullException.ThrowIfNull(result);
        return ForNetworks(result.Networks);
    }

    /// <summary>The statements of these Network entities (see <see cref="ForNetworks(LinkResult)"/>).</summary>
    public static IEnumerable<Statement> ForNetworks(IReadOnlyList<Network> networks)
    {
        ArgumentNullException.ThrowIfNull(networks);
        Statement S(string entity, string schema, string property, string value) =>
            new(entity, schema, property, value, SourceId, null, Producer, Version, null, null);

        foreach (var network in networks)
        {
            var m = network.Movement;
            yield return S(network.Id, "Network", "name", string.Create(CultureInfo.InvariantCulture, $"Network lead #{network.Rank}"));
            yield return S(network.Id, "Network", "riskScore", F(network.Risk.Total));
            yield return S(network.Id, "Network", "confidence", F(network.Confidence));
            yield return S(network.Id, "Network", "summary", network.Risk.Summary + " " + LinkResult.LeadNotice);
            yield return S(network.Id, "Network", "scoreBreakdown", JsonSerializer.Serialize(network.Risk.Parts, Json));
            yield return S(network.Id, "Network", "evidence", JsonSerializer.Serialize(network.Evidence, Json));
            yield return S(network.Id, "Network", "description", m.Description);
            if (network.Flagged)
            {
                yield return S(network.Id, "Network", "topics", "lead.flagged");
            }

            foreach (var (property, value) in Seen(network.Phones, m))
            {
                yield return S(network.Id, "Network", property, value);
            }
        }
    }

    /// <summary>Phones, cities, countries and first/last seen: what personas and networks share.</summary>
    private static IEnumerable<(string Property, string Value)> Seen(IReadOnlyList<string> phones, Movement m)
    {
        foreach (var phone in phones)
        {
            yield return ("phone", phone);
        }

        foreach (var city in m.Cities)
        {
            yield return ("city", city);
        }

        foreach (var country in m.Countries)
        {
            yield return ("country", country);
        }

        if (m.FirstSeen is { } f)
        {
            yield return ("firstSeen", f.ToString("O", CultureInfo.InvariantCulture));
        }

        if (m.LastSeen is { } l)
        {
            yield return ("lastSeen", l.ToString("O", CultureInfo.InvariantCulture));
        }
    }

    private static string F(double value) => Math.Round(value, 4).ToString("0.####", CultureInfo.InvariantCulture);
}
