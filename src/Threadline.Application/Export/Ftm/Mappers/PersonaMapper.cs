using Threadline.Core;
using Threadline.Linking;

namespace Threadline.Application.Export.Ftm.Mappers;

/// <summary>
/// A persona (ads judged to advertise one person) as an FtM Person with her names, phones and countries, the evidence
/// as notes, and her place in a network lead as a Membership dated from the first to the last ad.
/// </summary>
internal static class PersonaMapper
{
    public static IEnumerable<FtmEntity> Map(Facts persona, FtmContext context)
    {
        var person = new FtmEntity(persona.Id, "Person", context.Problems);
        persona.Copy(person, "name", "name");
        persona.Copy(person, "alias", "alias");
        persona.Copy(person, "phone", "phone");
        persona.Copy(person, "email", "email");
        persona.Copy(person, "country", "country");
        persona.Copy(person, "description", "description");
        if (!person.Has("name"))
        {
            person.Add("name", "Persona " + persona.Id, persona.Entity.Statements[0]);
        }

        var confidence = persona.First("confidence");
        person.Add(
            "summary",
            $"A persona: ads Threadline judged to advertise one person{(confidence is null ? string.Empty : $" (confidence {confidence})")}. {LinkResult.LeadNotice}",
            persona.Of("confidence"));
        foreach (var s in persona.Of("evidence"))
        {
            foreach (var reason in Facts.Reasons(s.Value))
            {
                person.Add("notes", "Evidence: " + reason, s);
            }
        }

        Seen(persona, person);
        yield return person;

        foreach (var s in persona.Of("network").Where(s => context.Includes(s.Value)))
        {
            var membership = new FtmEntity(Ids.Make("membership", persona.Id, s.Value), "Membership", context.Problems)
                .Add("member", persona.Id, s)
                .Add("organization", s.Value, s)
                .Add("role", "persona in a network lead", s)
                .Add("summary", "Threadline linking grouped this persona into the network lead: a judgement to verify, not a fact.", s);
            persona.Copy(membership, "firstSeen", "startDate");
            persona.Copy(membership, "lastSeen", "endDate");
            yield return membership;
        }
    }

    /// <summary>Cities and the first and last ad, as notes (an FtM Person has no such properties).</summary>
    internal static void Seen(Facts facts, FtmEntity target)
    {
        var cities = facts.Values("city");
        if (cities.Count > 0)
        {
            target.Add("notes", "Cities seen in the ads: " + string.Join(", ", cities), facts.Of("city"));
        }

        var first = facts.Values("firstSeen").Select(FtmValues.Date).FirstOrDefault(d => d is not null);
        var last = facts.Values("lastSeen").Select(FtmValues.Date).FirstOrDefault(d => d is not null);
        if (first is not null || last is not null)
        {
            target.Add("notes", $"Ads seen from {first ?? "?"} to {last ?? "?"}", facts.OfAll("firstSeen", "lastSeen"));
        }
    }
}
