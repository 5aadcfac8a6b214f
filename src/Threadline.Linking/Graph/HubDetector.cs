using System.Globalization;

namespace Threadline.Linking.Graph;

/// <summary>
/// Finds identifiers that would glue unrelated ads into a giant component — a site's own number, a
/// stock photo, a scam number pasted everywhere, boilerplate text — the pruning the Alabama group and
/// DIG found necessary. An identifier is a hub when it sits on too large a share of all ads, or when
/// the ads it would join carry many different phones (each phone standing for another advertiser):
/// a persona, an agency or a network advertises with a handful of phones, a hub with dozens.
/// </summary>
internal static class HubDetector
{
    public static bool[] Detect(IReadOnlyList<AdFeatures> ads, IdentifierTable table, LinkOptions options, List<HubDecision> decisions, bool[] copiedAd)
    {
        var hub = new bool[table.Count];
        var shareLimit = Math.Max(options.HubMinAds, (int)(options.HubMaxShare * ads.Count));

        // 1. Share rule, for every kind.
        for (var id = 0; id < table.Count; id++)
        {
            if (table.AdCount(id) > shareLimit)
            {
                hub[id] = true;
                decisions.Add(Decision(ads, table, id, DistinctPhones(table, id, null, options.HubMaxPhones * 4), string.Create(
                    CultureInfo.InvariantCulture,
                    $"on {table.AdCount(id)} of {ads.Count} ads ({100.0 * table.AdCount(id) / ads.Count:F1}%), far more than any one advertiser; cut so it does not glue unrelated ads")));
            }
        }

        // 2. Photos and templates joining ads with many different phones: stock photos, boilerplate text.
        for (var id = 0; id < table.Count; id++)
        {
            var kind = table.KindOf(id);
            if (hub[id] || (kind != EvidenceKind.Photo && kind != EvidenceKind.Template))
            {
                continue;
            }

            var phones = DistinctPhones(table, id, null, options.HubMaxPhones + 1);
            if (phones > options.HubMaxPhones)
            {
                hub[id] = true;
                var what = kind == EvidenceKind.Photo ? "photo (stock or stolen image)" : "text (boilerplate)";
                decisions.Add(Decision(ads, table, id, phones, string.Create(
                    CultureInfo.InvariantCulture,
                    $"shared {what} on ads with more than {options.HubMaxPhones} different phones; cut so it does not glue unrelated advertisers")));
            }
        }

        // 3. Phones, e-mails and handles: count the other phones on their own ads (a site's number printed
        // next to each advertiser's) and on ads that share a remaining photo or template with them (a scam
        // number pasted into copies of many advertisers' ads).
        for (var id = 0; id < table.Count; id++)
        {
            var kind = table.KindOf(id);
            if (hub[id] || kind is EvidenceKind.Photo or EvidenceKind.Template)
            {
                continue;
            }

            var colisted = DistinctPhones(table, id, null, options.HubMaxPhones + 1);
            if (colisted > options.HubMaxPhones)
            {
                hub[id] = true;
                decisions.Add(Decision(ads, table, id, colisted, string.Create(
                    CultureInfo.InvariantCulture,
                    $"{kind.ToString().ToLowerInvariant()} printed next to more than {options.HubMaxPhones} other phones (a site's or relay number); cut")));
                continue;
            }

            var phones = DistinctPhones(table, id, hub, options.HubMaxPhones + 1);
            if (phones > options.HubMaxPhones)
            {
                // Pasted into copies of many advertisers' ads: the copies stay together under this
                // identifier, but copying a text or photo does not make them part of the originals' group.
                foreach (var ad in table.AdsOf(id))
                {
                    copiedAd[ad] = true;
                }

                var d = Decision(ads, table, id, phones, string.Create(
                    CultureInfo.InvariantCulture,
                    $"{kind.ToString().ToLowerInvariant()} is on ads whose text or photos recur under more than {options.HubMaxPhones} other phones: a number pasted into copies of other advertisers' ads (scam, spam), or a network's template run over many numbers; its ads stay together, but their shared text and photos link to nobody"));
                decisions.Add(d with { Action = HubAction.DownWeighted });
            }
        }

        return hub;
    }

    /// <summary>Distinct phones other than <paramref name="id"/> on its ads, and (when <paramref name="hub"/> is given) on ads one photo/template hop away; stops counting at <paramref name="stopAt"/>.</summary>
    private static int DistinctPhones(IdentifierTable table, int id, bool[]? hub, int stopAt)
    {
        var phones = new HashSet<int>();
        var seenHop = new HashSet<int>();
        foreach (var ad in table.AdsOf(id))
        {
            foreach (var other in table.OfAd(ad))
            {
                if (other != id && table.KindOf(other) == EvidenceKind.Phone)
                {
                    phones.Add(other);
                }
                else if (hub is not null && !hub[other] && other != id
                    && table.KindOf(other) is EvidenceKind.Photo or EvidenceKind.Template && seenHop.Add(other))
                {
                    foreach (var ad2 in table.AdsOf(other))
                    {
                        foreach (var p in table.OfAd(ad2))
                        {
                            if (p != id && table.KindOf(p) == EvidenceKind.Phone)
                            {
                                phones.Add(p);
                            }
                        }

                        if (phones.Count >= stopAt)
                        {
                            return phones.Count;
                        }
                    }
                }

                if (phones.Count >= stopAt)
                {
                    return phones.Count;
                }
            }
        }

        return phones.Count;
    }

    internal static HubDecision Decision(IReadOnlyList<AdFeatures> ads, IdentifierTable table, int id, int phones, string reason)
    {
        var sites = new HashSet<string>(StringComparer.Ordinal);
        var cities = new HashSet<string>(StringComparer.Ordinal);
        var countries = new HashSet<string>(StringComparer.Ordinal);
        var languages = new HashSet<string>(StringComparer.Ordinal);
        var min = DateTimeOffset.MaxValue;
        var max = DateTimeOffset.MinValue;
        foreach (var i in table.AdsOf(id))
        {
            var ad = ads[i];
            sites.Add(ad.Site);
            AddIf(cities, ad.City);
            AddIf(countries, ad.Country);
            AddIf(languages, ad.Language);
            if (ad.PostedAt < min)
            {
                min = ad.PostedAt;
            }

            if (ad.PostedAt > max)
            {
                max = ad.PostedAt;
            }
        }

        return new HubDecision
        {
            Kind = table.KindOf(id),
            Value = table.ValueOf(id),
            Action = HubAction.Cut,
            AdCount = table.AdCount(id),
            DistinctPhones = phones,
            Sites = sites.Count,
            Cities = cities.Count,
            Countries = countries.Count,
            Languages = languages.Count,
            SpanDays = max >= min ? (max - min).TotalDays : 0,
            Reason = reason,
        };
    }

    private static void AddIf(HashSet<string> set, string? value)
    {
        if (!string.IsNullOrEmpty(value))
        {
            set.Add(value);
        }
    }
}
