using Threadline.Core;
using Threadline.Core.Model;

namespace Threadline.Application.Export.Ftm.Mappers;

/// <summary>
/// An ad as an FtM Article (title, text, address, publication date, the site as publisher, the file it was read from;
/// phones, e-mails and places it names as FtM's "mentioned" properties; what only Threadline reads in it as notes), and
/// the persona Threadline judged it to advertise as a Documentation of that Person.
/// </summary>
internal static class AdvertisementMapper
{
    public static IEnumerable<FtmEntity> Map(Facts ad, FtmContext context)
    {
        var article = new FtmEntity(ad.Id, "Article", context.Problems);
        var lang = ad.Values("language").Select(l => FtmValues.Clean("language", l).Value).FirstOrDefault(l => l is not null);
        ad.Copy(article, "title", "title", lang);
        ad.Copy(article, "title", "name", lang);
        ad.Copy(article, "body", "bodyText", lang);
        ad.Copy(article, "url", "sourceUrl");
        ad.Copy(article, "postedAt", "publishedAt");
        ad.Copy(article, "country", "country");
        ad.Copy(article, "language", "language");
        ad.Copy(article, "phone", "phoneMentioned");
        ad.Copy(article, "email", "emailMentioned");
        ad.Copy(article, "city", "locationMentioned");
        foreach (var s in ad.Of("mentionedCity"))
        {
            article.Add("locationMentioned", context.Places.GetValueOrDefault(s.Value), s);
        }

        foreach (var s in ad.Of("site"))
        {
            if (context.Sites.TryGetValue(s.Value, out var site))
            {
                article.Add("publisher", site.Name, s);
                article.Add("publisherUrl", site.Website, s);
            }
        }

        foreach (var (file, from) in context.Files(ad.Entity.Statements))
        {
            article.Add("fileName", file, from);
        }

        if (!article.Has("name"))
        {
            var name = $"Ad {ad.First("siteAdId") ?? ad.First("url") ?? ad.Id} on {article.Get("publisher").FirstOrDefault() ?? "an ad site"}";
            article.Add("name", name, ad.OfAll("siteAdId", "url", "site"));
        }

        if (!article.Has("fileName"))
        {
            article.Add("fileName", ad.Id, ad.Entity.Statements[0]);
        }

        Notes(ad, article);
        yield return article;

        var personas = ad.Of("persona").Where(s => context.Includes(s.Value)).ToList();
        foreach (var s in personas)
        {
            yield return new FtmEntity(Ids.Make("documentation", ad.Id, s.Value), "Documentation", context.Problems)
                .Add("document", ad.Id, s)
                .Add("entity", s.Value, s)
                .Add("role", "advertises", s)
                .Add("summary", "Threadline linking judged that this ad advertises this persona: a judgement to verify, not a fact.", s);
        }

        var owners = personas.Select(s => s.Value).ToList();
        foreach (var handle in ad.Values("handle"))
        {
            context.AddHandleOwners(handle, owners);
        }

        foreach (var image in ad.Values("image"))
        {
            context.AddPictured(image, owners);
        }
    }

    /// <summary>What Threadline read in the ad that FtM has no property for, one note each, with the statements behind it.</summary>
    private static void Notes(Facts ad, FtmEntity article)
    {
        void Note(string label, string property, string? suffix = null)
        {
            var values = ad.Values(property);
            if (values.Count > 0)
            {
                article.Add("notes", $"{label}: {string.Join(", ", values)}{suffix}", ad.Of(property));
            }
        }

        Note("Site's id of the ad", "siteAdId");
        Note("Phone field as shown", "phoneRaw");
        Note("Stated age", "age");
        Note("Stated nationality or ethnicity", "nationality");
        Note("Price", "price");
        Note("Messaging and social accounts (see the UserAccounts)", "handle");
        Note("Linked web addresses", "website");
        Note("Image references", "imageRef");
        Note("Indicators (a lead to verify, not a finding)", "indicator");
        Note("Indicator score (0 to 1)", "indicatorScore");
        foreach (var property in ad.Properties.Where(p => p.StartsWith(SchemaSpec.RawPrefix, StringComparison.Ordinal)))
        {
            Note($"Field '{property[SchemaSpec.RawPrefix.Length..]}' as the site exported it", property);
        }
    }
}
