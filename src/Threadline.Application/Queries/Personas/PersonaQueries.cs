using Threadline.Application.Queries.Ads;
using Threadline.Application.Queries.Leads;
using Threadline.Application.Queries.Movement;
using Threadline.Core.Statements;
using Threadline.Linking;
using Threadline.Storage;

namespace Threadline.Application.Queries.Personas;

/// <summary>One persona with her ads, what they say and where she was.</summary>
public static class PersonaQueries
{
    /// <summary>Most ads read for names, ages, phones and photos.</summary>
    public const int MaxAdsRead = 5_000;

    /// <summary>Most photos listed.</summary>
    public const int MaxPhotos = 48;

    private static readonly string[] Properties = ["postedAt", "phone", "age", "image", "imageRef"];

    /// <summary>The persona's view, or null when there is no such persona.</summary>
    public static PersonaView? View(Investigation investigation, string id, int? offset = null, int? limit = null)
    {
        ArgumentNullException.ThrowIfNull(investigation);
        if (string.IsNullOrEmpty(id) || id.Length > 200 || LinkResults.Persona(investigation.Store, id) is not { } persona)
        {
            return null;
        }

        var store = investigation.Store;
        var read = persona.AdIds.Take(MaxAdsRead).ToList();
        var ads = new Dictionary<string, List<Statement>>(StringComparer.Ordinal);
        foreach (var s in store.ReadStatements(new StatementQuery { Schema = "Advertisement", EntityIds = read, Properties = Properties }))
        {
            if (!ads.TryGetValue(s.EntityId, out var list))
            {
                ads[s.EntityId] = list = [];
            }

            list.Add(s);
        }

        var posted = ads.ToDictionary(kv => kv.Key, kv => kv.Value.Where(s => s.Property == "postedAt").Select(s => AdRows.Time(s.Value)).Where(t => t is not null).DefaultIfEmpty().Min(), StringComparer.Ordinal);
        var newestFirst = persona.AdIds.OrderByDescending(a => posted.GetValueOrDefault(a) ?? DateTimeOffset.MinValue).ThenBy(a => a, StringComparer.Ordinal).ToList();
        var (skip, take) = Paging.Clamp(offset, limit);
        var page = AdRows.Read(investigation, newestFirst.Skip(skip).Take(take).ToList());
        var network = persona.NetworkId is { } nid ? investigation.Leads.Row(nid) : null;
        return new PersonaView(
            persona,
            LinkResult.LeadNotice,
            network,
            new PageOf<AdRow>(page, skip, take, persona.AdIds.Count),
            persona.Names.Select(name => new SeenValue(name, 0, null, null, false)).ToList(),
            Seen(ads, posted, "age", _ => false),
            Seen(ads, posted, "phone", v => investigation.HubsOf(v).Any(h => h.Action == HubAction.Cut)),
            Photos(store, ads),
            MovementMaps.Of([persona]),
            read.Count);
    }

    /// <summary>Each value of a property across the ads: in how many, first and last seen (by the ads' posting time).</summary>
    internal static List<SeenValue> Seen(Dictionary<string, List<Statement>> ads, Dictionary<string, DateTimeOffset?> posted, string property, Func<string, bool> cut) =>
        ads.SelectMany(kv => kv.Value.Where(s => s.Property == property).Select(s => s.Value).Distinct(StringComparer.Ordinal).Select(v => (Ad: kv.Key, Value: v)))
            .GroupBy(x => x.Value, StringComparer.Ordinal)
            .Select(g =>
            {
                var times = g.Select(x => posted.GetValueOrDefault(x.Ad)).Where(t => t is not null).ToList();
                return new SeenValue(g.Key, g.Count(), times.Count == 0 ? null : times.Min(), times.Count == 0 ? null : times.Max(), cut(g.Key));
            })
            .OrderByDescending(v => v.Ads).ThenBy(v => v.Value, StringComparer.Ordinal).ToList();

    /// <summary>Photos the link job read from the image folder (Image entities with a file), one per image.</summary>
    internal static List<PhotoRef> Photos(IWorkspaceStore store, Dictionary<string, List<Statement>> ads)
    {
        var candidates = ads.OrderBy(kv => kv.Key, StringComparer.Ordinal)
            .SelectMany(kv => kv.Value.Where(s => s.Property == "image").Select(s => (Ad: kv.Key, Image: s.Value)))
            .DistinctBy(x => x.Image, StringComparer.Ordinal).Take(MaxPhotos * 2).ToList();
        if (candidates.Count == 0)
        {
            return [];
        }

        var images = store.ReadStatements(new StatementQuery { Schema = "Image", EntityIds = candidates.Select(c => c.Image).ToList() })
            .GroupBy(s => s.EntityId, StringComparer.Ordinal)
            .ToDictionary(g => g.Key, g => (File: g.FirstOrDefault(s => s.Property == "file")?.Value, Path: g.FirstOrDefault(s => s.Property == "path")?.Value), StringComparer.Ordinal);
        return candidates.Where(c => images.TryGetValue(c.Image, out var i) && i.File is not null)
            .Select(c => new PhotoRef(c.Image, c.Ad, images[c.Image].Path ?? c.Image)).Take(MaxPhotos).ToList();
    }
}
