using Threadline.Application.Queries.Ads;
using Threadline.Application.Queries.Identifiers;
using Threadline.Core;
using Threadline.Money;
using Threadline.Storage;

namespace Threadline.Application.Queries.Search;

/// <summary>Search as the web app and the CLI's <c>--json</c> give it: named entities, hits with snippets, facets.</summary>
public static class SearchQueries
{
    /// <summary>Best hits whose ads the facets count (one ranking gives them and the page).</summary>
    public const int FacetWindow = 500;

    /// <summary>Values listed per facet.</summary>
    public const int FacetValues = 12;

    private static readonly string[] FacetProperties = ["site", "city", "country", "postedAt", "language"];

    /// <summary>What a search's facets count its ads by: site, city, country, month of posting, language.</summary>
    internal static IReadOnlyList<FacetField> FacetFields { get; } = [.. FacetProperties.Select(p => new FacetField(p, p == "postedAt" ? FacetKind.Month : FacetKind.Value))];

    /// <summary>Runs a search; an empty query gives an empty view.</summary>
    public static SearchView Run(Investigation investigation, string? query, int? offset = null, int? limit = null)
    {
        ArgumentNullException.ThrowIfNull(investigation);
        var q = (query ?? string.Empty).Trim();
        if (q.Length > SearchLimits.MaxQueryLength)
        {
            q = q[..SearchLimits.MaxQueryLength];
        }

        var (skip, take) = Paging.Clamp(offset, limit);
        if (q.Length == 0)
        {
            return new SearchView(q, [], [], skip, take, false, [], 0);
        }

        var matches = Matches(investigation, q);
        if (matches.FirstOrDefault(m => m.Kind == "phone") is { } phone
            && IdentifierQueries.ViewWithAds(investigation, IdentifierKind.Phone, phone.Value, skip, take) is ({ } view, var phoneAds))
        {
            // A phone however written: the ads that carry it, whatever the words around it; the facets count its newest.
            var rows = view.Ads.Items.Select((ad, i) => new SearchRow(skip + i + 1, ad.Id, "Advertisement", "phone", [new SnippetPart(phone.Value, true), new SnippetPart(" " + (ad.Title ?? string.Empty), false)], ad)).ToList();
            var counted = phoneAds.Take(FacetWindow).ToList();
            return new SearchView(q, matches, rows, skip, take, view.Ads.HasMore, CountFacets(investigation, counted), counted.Count);
        }

        var store = investigation.Store;
        List<SearchHit> page;
        List<string> best;
        bool more;
        if (skip + take + 1 <= FacetWindow)
        {
            // One ranking for the page and the facets: the best FacetWindow hits, the page's marked.
            var window = store.SearchWindow(q, FacetWindow, skip, take + 1);
            page = window.Skip(skip).Take(take).ToList();
            more = window.Count > skip + take;
            best = window.Where(h => h.Schema == "Advertisement").Select(h => h.EntityId).ToList();
        }
        else
        {
            var hits = store.Search(q, take + 1, skip);
            page = hits.Take(take).ToList();
            more = hits.Count > take;
            best = store.SearchBest(q, FacetWindow).Where(h => h.Schema == "Advertisement").Select(h => h.EntityId).ToList();
        }

        var ads = AdRows.Read(investigation, page.Where(h => h.Schema == "Advertisement").Select(h => h.EntityId).ToList()).ToDictionary(a => a.Id, StringComparer.Ordinal);
        return new SearchView(
            q,
            matches,
            page.Select(h => new SearchRow(h.Rank, h.EntityId, h.Schema, h.Property, Snippet(h.Snippet), ads.GetValueOrDefault(h.EntityId))).ToList(),
            skip,
            take,
            more,
            CountFacets(investigation, best),
            best.Count);
    }

    /// <summary>Entities the query names outright: a phone (however written) that ads carry, an e-mail, a handle, an IBAN.</summary>
    public static IReadOnlyList<EntityMatch> Matches(Investigation investigation, string query)
    {
        ArgumentNullException.ThrowIfNull(investigation);
        ArgumentNullException.ThrowIfNull(query);
        var store = investigation.Store;
        var q = query.Trim();
        var found = new List<EntityMatch>();
        if (PhoneQuery.LooksLikePhone(q))
        {
            foreach (var e164 in PhoneQuery.Candidates(q, investigation.Regions()))
            {
                if (store.GetEntity(Ids.Make("phone", e164)) is not null)
                {
                    found.Add(new EntityMatch("phone", e164, q + " → " + e164));
                }
            }
        }

        if (q.Length <= 320 && !q.Contains(' ', StringComparison.Ordinal))
        {
            if (q.Contains('@', StringComparison.Ordinal) && store.GetEntity(Ids.Make("email", q.ToLowerInvariant())) is not null)
            {
                found.Add(new EntityMatch("email", q.ToLowerInvariant(), q));
            }

            var colon = q.IndexOf(':', StringComparison.Ordinal);
            if (colon > 0 && colon < q.Length - 1 && store.GetEntity(Ids.Make("handle", q[..colon].ToLowerInvariant(), q[(colon + 1)..].ToLowerInvariant())) is { } handle)
            {
                found.Add(new EntityMatch("handle", handle.First("name") ?? q, q));
            }
        }

        if (q.Length <= 50 && Iban.TryNormalize(q) is { } iban && (store.GetEntity(Application.Money.PaymentStatements.AccountId(iban)) is not null || investigation.Money.Knows(iban)))
        {
            found.Add(new EntityMatch("account", iban, q + " → " + iban));
        }

        return found;
    }

    /// <summary>Splits the store's snippet at its [ and ] marks; a snippet whose brackets do not pair (brackets in the ad) is plain.</summary>
    public static IReadOnlyList<SnippetPart> Snippet(string snippet)
    {
        ArgumentNullException.ThrowIfNull(snippet);
        var parts = new List<SnippetPart>();
        var open = false;
        var start = 0;
        for (var i = 0; i < snippet.Length; i++)
        {
            var c = snippet[i];
            if (c is not ('[' or ']'))
            {
                continue;
            }

            if ((c == '[') == open)
            {
                return [new SnippetPart(snippet, false)];
            }

            if (i > start)
            {
                parts.Add(new SnippetPart(snippet[start..i], open));
            }

            open = !open;
            start = i + 1;
        }

        if (open)
        {
            return [new SnippetPart(snippet, false)];
        }

        if (start < snippet.Length)
        {
            parts.Add(new SnippetPart(snippet[start..], false));
        }

        return parts;
    }

    private static List<SearchFacet> CountFacets(Investigation investigation, IReadOnlyList<string> adIds)
    {
        if (adIds.Count == 0)
        {
            return [];
        }

        var ids = adIds.Take(FacetWindow).ToList();
        var store = investigation.Store;

        // Held in memory by a serving investigation (the same counts, without reading ~18 statement rows per ad).
        var counts = investigation.AdFacets() is { } columns
            ? columns.Count(ids, Storage.Facets.MaxLimit, rest => store.ReadStatements(new StatementQuery { Schema = "Advertisement", EntityIds = rest }).Select(s => s.EntityId).Distinct(StringComparer.Ordinal).LongCount())
            : store.FacetsOf("Advertisement", ids, FacetFields, Storage.Facets.MaxLimit);
        return FacetProperties.Select(p => new SearchFacet(p == "postedAt" ? "month" : p, counts[p]
                .Where(kv => kv.Key != Storage.Facets.Unknown)
                .OrderByDescending(kv => kv.Value).ThenBy(kv => kv.Key, StringComparer.Ordinal).Take(FacetValues)
                .Select(kv => Value(investigation, p, kv.Key, kv.Value)).ToList()))
            .Where(f => f.Values.Count > 0).ToList();
    }

    private static FacetValue Value(Investigation investigation, string property, string value, long count)
    {
        var shown = property switch
        {
            "site" => investigation.SiteName(value),
            "country" => value.ToUpperInvariant(),
            _ => value,
        };
        var term = property == "postedAt" ? "postedAt:" + value + "*" : property + ":\"" + shown.Replace("\"", string.Empty, StringComparison.Ordinal) + "\"";
        return new FacetValue(shown, count, term);
    }
}
