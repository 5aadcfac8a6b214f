using System.Text.Json;
using Threadline.Application.Queries.Leads;
using Threadline.Application.Queries.Personas;
using Threadline.Core.Statements;
using Threadline.Linking;

namespace Threadline.Application.Queries.Ads;

/// <summary>One ad with everything extraction found in it and where linking put it.</summary>
public static class AdQueries
{
    /// <summary>Most near-duplicates listed.</summary>
    public const int MaxNearDuplicates = 20;

    private static readonly Dictionary<string, string> Kinds = new(StringComparer.Ordinal)
    {
        ["phone"] = "phone",
        ["email"] = "email",
        ["handle"] = "handle",
        ["website"] = "website",
        ["age"] = "age",
        ["nationality"] = "nationality",
        ["mentionedCity"] = "city",
        ["price"] = "price",
        ["indicator"] = "indicator",
    };

    /// <summary>The ad's view, or null when there is no such ad.</summary>
    public static AdView? View(Investigation investigation, string id)
    {
        ArgumentNullException.ThrowIfNull(investigation);
        if (string.IsNullOrEmpty(id) || id.Length > 200 || investigation.Store.GetEntity(id) is not { Schema: "Advertisement" } ad)
        {
            return null;
        }

        var store = investigation.Store;
        var findings = Findings(ad);
        var personaId = ad.First("persona");
        var persona = personaId is null ? null : LinkResults.Persona(store, personaId);
        var network = persona?.NetworkId is { } nid ? investigation.Leads.Row(nid) : null;
        var templateId = investigation.TemplateOf(id);
        var template = templateId is null ? null : LinkResults.TemplateHeads(store, [templateId]).FirstOrDefault();
        var near = template is null ? [] : AdRows.Read(investigation, template.SampleAdIds.Where(a => a != id).Take(MaxNearDuplicates).ToList());
        var statements = new Dictionary<string, List<Statement>>(StringComparer.Ordinal) { [ad.Id] = [.. ad.Statements] };
        var row = AdRows.Row(investigation, ad);
        return new AdView(
            ad.Id,
            LinkResult.LeadNotice,
            row.Site,
            ad.First("url"),
            row.City,
            row.Country,
            ad.First("language"),
            row.PostedAt,
            Math.Max(ad.Get("title").Length, ad.Get("body").Length),
            TextMarks.Cut(AdRows.Latest(ad, "title"), "title", findings),
            TextMarks.Cut(AdRows.Latest(ad, "body"), "body", findings),
            [.. ad.Get("phoneRaw")],
            findings,
            row.IndicatorScore,
            personaId,
            network,
            template,
            near,
            PersonaQueries.Photos(store, statements),
            [.. ad.Get("imageRef")]);
    }

    /// <summary>Extraction's findings on the ad, from its statements' detail, each once.</summary>
    internal static List<AdFinding> Findings(Entity ad)
    {
        var list = new List<AdFinding>();
        var seen = new HashSet<(string, string, string?, int?)>();
        foreach (var s in ad.Statements)
        {
            if (!Kinds.TryGetValue(s.Property, out var kind))
            {
                continue;
            }

            var finding = Parse(kind, s.Value, s.Detail);
            if (seen.Add((finding.Kind, finding.Value, finding.Field, finding.Start)))
            {
                list.Add(finding);
            }
        }

        return list.OrderBy(f => Order(f.Kind)).ThenBy(f => f.Field, StringComparer.Ordinal).ThenBy(f => f.Start).ThenBy(f => f.Value, StringComparer.Ordinal).ToList();
    }

    private static int Order(string kind) => kind switch
    {
        "phone" => 0,
        "email" => 1,
        "handle" => 2,
        "indicator" => 3,
        "age" => 4,
        "price" => 5,
        "city" => 6,
        "nationality" => 7,
        _ => 8,
    };

    private static AdFinding Parse(string kind, string value, string? detail)
    {
        if (string.IsNullOrEmpty(detail))
        {
            return new AdFinding(kind, value, null, null, null, null, [], false, null, null, null);
        }

        using var doc = JsonDocument.Parse(detail);
        var root = doc.RootElement;
        string? field = null, text = null;
        int? start = null, length = null;
        if (root.TryGetProperty("spans", out var spans) && spans.ValueKind == JsonValueKind.Array && spans.GetArrayLength() > 0)
        {
            var span = spans[0];
            field = Str(span, "field");
            text = Str(span, "text");
            start = span.TryGetProperty("start", out var st) && st.TryGetInt32(out var sv) ? sv : null;
            length = span.TryGetProperty("length", out var ln) && ln.TryGetInt32(out var lv) ? lv : null;
        }

        var techniques = root.TryGetProperty("techniques", out var t) && t.ValueKind == JsonValueKind.Array
            ? t.EnumerateArray().Where(x => x.ValueKind == JsonValueKind.String).Select(x => x.GetString()!).ToList()
            : [];
        var shown = kind switch
        {
            "handle" when Str(root, "service") is { } service && Str(root, "username") is { } user => service + ":" + user,
            "city" => Str(root, "city") ?? value,
            "nationality" => (Str(root, "term") is { } term ? term + " → " : string.Empty) + value.ToUpperInvariant(),
            _ => value,
        };
        return new AdFinding(
            kind,
            shown,
            field,
            start,
            length,
            text,
            techniques,
            root.TryGetProperty("obfuscated", out var o) && o.ValueKind == JsonValueKind.True,
            Str(root, "description"),
            root.TryGetProperty("weight", out var w) && w.ValueKind == JsonValueKind.Number ? w.GetDouble() : null,
            Str(root, "evidence"));
    }

    private static string? Str(JsonElement e, string name) =>
        e.TryGetProperty(name, out var v) && v.ValueKind == JsonValueKind.String ? v.GetString() : null;
}
