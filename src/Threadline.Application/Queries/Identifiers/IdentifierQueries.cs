using Threadline.Application.Queries.Ads;
using Threadline.Application.Queries.Leads;
using Threadline.Application.Queries.Networks;
using Threadline.Core;
using Threadline.Core.Statements;
using Threadline.Linking;
using Threadline.Storage;

namespace Threadline.Application.Queries.Identifiers;

/// <summary>A phone, e-mail or handle with every ad, persona and lead it appears in.</summary>
public static class IdentifierQueries
{
    /// <summary>Most personas or networks listed.</summary>
    public const int MaxListed = 200;

    /// <summary>Most ads read (a hub number can sit on tens of thousands).</summary>
    public const int MaxAdsRead = 20_000;

    /// <summary>The identifier's view, or null when no ad carries it.</summary>
    public static IdentifierView? View(Investigation investigation, IdentifierKind kind, string value, int? offset = null, int? limit = null) =>
        ViewWithAds(investigation, kind, value, offset, limit).View;

    /// <summary>The view, and every ad read for it (not only its page), newest first: what a search's facets count.</summary>
    internal static (IdentifierView? View, IReadOnlyList<string> Ads) ViewWithAds(Investigation investigation, IdentifierKind kind, string value, int? offset = null, int? limit = null)
    {
        ArgumentNullException.ThrowIfNull(investigation);
        if (string.IsNullOrWhiteSpace(value) || value.Length > 320)
        {
            return (null, []);
        }

        var store = investigation.Store;
        value = value.Trim();
        var posted = new Dictionary<string, DateTimeOffset?>(StringComparer.Ordinal);
        var personaIds = new SortedSet<string>(StringComparer.Ordinal);
        var (entityId, adIds) = kind switch
        {
            IdentifierKind.Phone => PhoneAds(store, value, posted, personaIds),
            IdentifierKind.Email => (Ids.Make("email", value.ToLowerInvariant()), SearchAds(store, "email:" + Quote(value))),
            _ => HandleAds(store, value),
        };
        if (adIds.Count == 0)
        {
            return (null, []);
        }

        var truncated = adIds.Count > MaxAdsRead;
        var read = adIds.Take(MaxAdsRead).ToList();
        if (kind != IdentifierKind.Phone)
        {
            foreach (var s in store.ReadStatements(new StatementQuery { Schema = "Advertisement", EntityIds = read, Properties = ["postedAt", "persona"] }))
            {
                Note(s, posted, personaIds);
            }
        }

        var newestFirst = read.OrderByDescending(a => posted.GetValueOrDefault(a) ?? DateTimeOffset.MinValue).ThenBy(a => a, StringComparer.Ordinal).ToList();
        var (skip, take) = Paging.Clamp(offset, limit);
        var personas = personaIds.Take(MaxListed).Chunk(ResultLimits.MaxPage)
            .SelectMany(chunk => store.GetResults(LinkResults.PersonaKind, chunk))
            .Select(r => ResultJson.Read<Persona>(r, LinkStatements.Json))
            .OrderByDescending(p => p.AdIds.Count).ThenBy(p => p.Id, StringComparer.Ordinal).ToList();
        var networks = personas.Select(p => p.NetworkId).OfType<string>().Distinct(StringComparer.Ordinal).Take(MaxListed)
            .Select(investigation.Leads.Row).OfType<LeadRow>().OrderBy(n => n.Rank).ToList();
        var times = posted.Values.OfType<DateTimeOffset>().ToList();
        var entity = entityId is null ? null : store.GetEntity(entityId);
        return (new IdentifierView(
            kind,
            kind == IdentifierKind.Handle ? entity?.First("name") ?? value : value,
            entity?.Id,
            entity?.First("country")?.ToUpperInvariant(),
            LinkResult.LeadNotice,
            new PageOf<AdRow>(AdRows.Read(investigation, newestFirst.Skip(skip).Take(take).ToList()), skip, take, read.Count),
            personas.Select(PersonaRow.Of).ToList(),
            networks,
            times.Count == 0 ? null : times.Min(),
            times.Count == 0 ? null : times.Max(),
            investigation.HubsOf(kind == IdentifierKind.Phone ? value : entity?.First("name") ?? value),
            truncated), newestFirst);
    }

    private static void Note(Statement s, Dictionary<string, DateTimeOffset?> posted, SortedSet<string> personaIds)
    {
        if (s.Property == "postedAt" && AdRows.Time(s.Value) is { } t && (posted.GetValueOrDefault(s.EntityId) is not { } old || t < old))
        {
            posted[s.EntityId] = t;
        }
        else if (s.Property == "persona")
        {
            personaIds.Add(s.Value);
        }
    }

    /// <summary>
    /// The ads whose extraction found this phone: through the personas filed under it, then their ads' phones; in the
    /// same read, when each was posted and its persona (one pass over the candidates, not two).
    /// </summary>
    private static (string? EntityId, List<string> Ads) PhoneAds(IWorkspaceStore store, string e164, Dictionary<string, DateTimeOffset?> posted, SortedSet<string> personaIds)
    {
        var candidates = LinkResults.PersonasWithPhone(store, e164).SelectMany(p => p.AdIds).Distinct(StringComparer.Ordinal).ToList();
        var ads = new List<string>();
        foreach (var chunk in candidates.Chunk(5_000))
        {
            foreach (var group in store.ReadStatements(new StatementQuery { Schema = "Advertisement", Properties = ["phone", "postedAt", "persona"], EntityIds = chunk })
                .GroupBy(s => s.EntityId, StringComparer.Ordinal))
            {
                var statements = group.ToList();
                if (statements.Exists(s => s.Property == "phone" && string.Equals(s.Value, e164, StringComparison.Ordinal)) && ads.Count <= MaxAdsRead)
                {
                    ads.Add(group.Key);
                    if (ads.Count <= MaxAdsRead)
                    {
                        // (one ad past the bound only tells the caller that the list was cut)
                        foreach (var s in statements)
                        {
                            Note(s, posted, personaIds);
                        }
                    }
                }
            }

            if (ads.Count > MaxAdsRead)
            {
                break;
            }
        }

        return (Ids.Make("phone", e164), ads);
    }

    private static (string? EntityId, List<string> Ads) HandleAds(IWorkspaceStore store, string value)
    {
        var colon = value.IndexOf(':', StringComparison.Ordinal);
        var id = colon > 0 ? Ids.Make("handle", value[..colon].Trim().ToLowerInvariant(), value[(colon + 1)..].Trim().ToLowerInvariant()) : value;
        return (id, SearchAds(store, "handle:" + Quote(id)));
    }

    private static List<string> SearchAds(IWorkspaceStore store, string query) =>
        store.Search("schema:Advertisement " + query, MaxAdsRead + 1).Select(h => h.EntityId).ToList();

    private static string Quote(string value) => "\"" + value.Replace("\"", string.Empty, StringComparison.Ordinal) + "\"";
}
