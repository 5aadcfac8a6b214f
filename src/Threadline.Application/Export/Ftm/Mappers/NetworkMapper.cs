using System.Globalization;
using System.Text.Json;
using Threadline.Linking;

namespace Threadline.Application.Export.Ftm.Mappers;

/// <summary>
/// A network lead as an FtM Organization: its name, the score's summary worded as a lead, phones and countries, the
/// score's parts and the evidence as notes, and, when flagged, the topic <c>crime.traffick.human</c>, whose meaning
/// here the summary states: a lead for review, not a finding.
/// </summary>
internal static class NetworkMapper
{
    public const string FlaggedTopic = "crime.traffick.human";

    public static IEnumerable<FtmEntity> Map(Facts network, FtmContext context)
    {
        var org = new FtmEntity(network.Id, "Organization", context.Problems);
        network.Copy(org, "name", "name");
        network.Copy(org, "alias", "alias");
        network.Copy(org, "phone", "phone");
        network.Copy(org, "email", "email");
        network.Copy(org, "country", "country");
        network.Copy(org, "description", "description");
        if (!org.Has("name"))
        {
            org.Add("name", "Network lead " + network.Id, network.Entity.Statements[0]);
        }

        var flagged = network.Of("topics").Where(s => s.Value == "lead.flagged").ToList();
        foreach (var s in network.Of("summary"))
        {
            var text = s.Value.Contains(LinkResult.LeadNotice, StringComparison.Ordinal) ? s.Value : s.Value + " " + LinkResult.LeadNotice;
            org.Add("summary", flagged.Count > 0 ? "Flagged as a lead for review (topic: human trafficking), not a finding. " + text : text, s);
        }

        if (!org.Has("summary"))
        {
            org.Add("summary", "A network lead: personas Threadline judged to be advertised by one organisation. " + LinkResult.LeadNotice, network.Entity.Statements[0]);
        }

        foreach (var s in flagged)
        {
            org.Add("topics", FlaggedTopic, s);
        }

        foreach (var s in network.Of("topics").Where(s => s.Value != "lead.flagged"))
        {
            org.Add("topics", s.Value, s);
        }

        var score = network.First("riskScore");
        var confidence = network.First("confidence");
        if (score is not null || confidence is not null)
        {
            org.Add("notes", $"Risk score {score ?? "?"}/100, confidence {confidence ?? "?"} that the personas are advertised by one organisation", network.OfAll("riskScore", "confidence"));
        }

        foreach (var s in network.Of("scoreBreakdown"))
        {
            foreach (var part in Parts(s.Value))
            {
                org.Add("notes", "Score part " + part, s);
            }
        }

        foreach (var s in network.Of("evidence"))
        {
            foreach (var reason in Facts.Reasons(s.Value))
            {
                org.Add("notes", "Evidence: " + reason, s);
            }
        }

        PersonaMapper.Seen(network, org);
        yield return org;
    }

    private static IEnumerable<string> Parts(string json)
    {
        List<RiskPart>? parts;
        try
        {
            parts = JsonSerializer.Deserialize<List<RiskPart>>(json, Link.LinkStatements.Json);
        }
        catch (JsonException)
        {
            yield break;
        }

        foreach (var p in parts ?? [])
        {
            yield return string.Create(CultureInfo.InvariantCulture, $"{p.Name.Replace('_', ' ')}: {p.Points:0.##} of {p.MaxPoints:0.##} points. {p.Explanation}");
        }
    }
}
