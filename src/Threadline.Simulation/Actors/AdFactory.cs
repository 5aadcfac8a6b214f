using Threadline.Simulation.Core;
using Threadline.Simulation.Output;
using Threadline.Simulation.Phones;
using Threadline.Simulation.Text;
using Threadline.Simulation.Truth;

namespace Threadline.Simulation.Actors;

/// <summary>What an actor wants posted: who, where, when, with which words, phones and photos.</summary>
internal sealed record AdRequest(
    SiteInfo Site,
    DateTimeOffset PostedAt,
    CityInfo City,
    TextPlan Plan,
    Slots Slots,
    IReadOnlyList<(PhoneNumber Phone, string Owner)> Phones,
    double Obfuscation,
    double PhoneFieldOnly,
    string Actor,
    string Persona,
    string? Network,
    string? Profile,
    List<ImageSpec> Images,
    string? Ethnicity = null,
    int Version = 1,
    string? AdId = null,
    Styles.StylePlan? Styled = null);

/// <summary>Turns an <see cref="AdRequest"/> into a finished ad with its truth.</summary>
internal static class AdFactory
{
    public static AdDraft Create(WorldContext ctx, Rng rng, AdRequest r)
    {
        var country = r.City.Country;
        var hasField = r.Phones.Count > 0 && rng.Chance(r.Site.PhoneField);
        PhonePlacement placement;
        if (r.Phones.Count == 0)
        {
            placement = PhonePlacement.None;
        }
        else if (hasField && rng.Chance(r.PhoneFieldOnly))
        {
            placement = PhonePlacement.None;
        }
        else
        {
            var x = rng.NextDouble();
            placement = x < r.Obfuscation * 0.15 ? PhonePlacement.Split : x < r.Obfuscation * 0.35 ? PhonePlacement.Glued : PhonePlacement.Body;
        }

        var written = new List<(WrittenPhone, string)>(r.Phones.Count);
        var several = r.Phones.Count > 1 && rng.Chance(0.5) ? r.Phones.Count : 1;
        for (var i = 0; i < several; i++)
        {
            written.Add((r.Styled is null
                ? ctx.Phones.Write(rng, r.Phones[i].Phone, country, r.Plan.Language, r.Obfuscation)
                : ctx.Phones.WriteStyled(rng, r.Phones[i].Phone, country, r.Styled.Language, r.Obfuscation), r.Phones[i].Owner));
        }

        var day = DateOnly.FromDateTime(r.PostedAt.UtcDateTime);
        var text = r.Styled is { } styled
            ? ctx.StyleComposer.Compose(rng, styled, r.Slots, written, placement, day, country, r.Site.Name)
            : ctx.Composer.Compose(rng, r.Plan, r.Slots, written, placement, day, country);
        string? field = null;
        if (hasField)
        {
            var f = ctx.Phones.Field(rng, r.Phones[0].Phone, country);
            field = f.Text;
            text.Phones.Add(new PhoneMention(f.E164, [new TextPart("phone", f.Text)], f.Techniques, r.Phones[0].Owner));
        }

        return new AdDraft
        {
            Site = r.Site.Name,
            AdId = r.AdId ?? ctx.NextAdId(r.Site.Name),
            PostedAt = r.PostedAt,
            Version = r.Version,
            City = r.City.Name,
            CityLocal = r.City.Local,
            Country = country,
            Title = text.Title,
            Body = text.Body,
            PhoneField = field,
            Age = rng.Chance(0.6) ? r.Slots.Age : null,
            Ethnicity = r.Ethnicity,
            Language = r.Styled?.Language ?? r.Plan.Language,
            Voice = r.Styled is { } s ? Styles.StyleVoice.Truth(s.Voice) : r.Plan.Voice,
            Actor = r.Actor,
            Persona = r.Persona,
            Network = r.Network,
            NetworkProfile = r.Profile,
            Template = r.Styled is null ? r.Plan.TemplateId : r.Styled.TemplateId,
            Style = ctx.Style,
            Phones = text.Phones,
            Decoys = text.Decoys,
            Indicators = text.Indicators,
            Images = r.Images,
        };
    }

    /// <summary>One to three photos of <paramref name="photos"/>, each with a random set of the changes sites and re-posters make.</summary>
    public static List<ImageSpec> PickImages(Rng rng, IReadOnlyList<(string Id, string Owner, ulong Seed)> photos)
    {
        var n = Math.Min(photos.Count, rng.Between(1, 3));
        var list = new List<ImageSpec>(n);
        var start = rng.Next(photos.Count);
        for (var i = 0; i < n; i++)
        {
            var p = photos[(start + i) % photos.Count];
            var t = new List<string>(4);
            foreach (var (name, prob) in Transforms)
            {
                if (rng.Chance(prob))
                {
                    t.Add(name);
                }
            }

            list.Add(new ImageSpec(p.Id, p.Owner, p.Seed, rng.NextULong(), t));
        }

        return list;
    }

    private static readonly (string, double)[] Transforms =
    [
        ("resize", 0.5), ("recompress", 0.6), ("crop", 0.3), ("mirror", 0.2), ("watermark", 0.3), ("colour_shift", 0.2),
    ];

    public static List<(string Id, string Owner, ulong Seed)> PhotoSet(WorldContext ctx, string owner, int count)
    {
        var list = new List<(string, string, ulong)>(count);
        for (var i = 0; i < count; i++)
        {
            var id = owner + "/photo-" + i.ToString(System.Globalization.CultureInfo.InvariantCulture);
            list.Add((id, owner, Rng.Mix(ctx.Options.Seed, "photo:" + owner, i)));
        }

        return list;
    }
}
