using Threadline.Linking;

namespace Threadline.Application.Link;

/// <summary>
/// What a page shows of a text template: its text with slots, how many ads follow it and a few of them. A template
/// of tens of thousands of ads (boilerplate that the hub rule cut) is stored whole once for the analyses; pages read
/// this head instead, so that showing it does not read every ad id it holds.
/// </summary>
/// <param name="Id">The template id.</param>
/// <param name="AdCount">Ads that follow it.</param>
/// <param name="MedoidAdId">The ad closest to all the others.</param>
/// <param name="Parts">Fixed text and slots (what varies between ads, with sample values).</param>
/// <param name="DistinctPhones">Distinct phones on its ads.</param>
/// <param name="SampleAdIds">The first <see cref="Samples"/> of its ads, in the template's order.</param>
public sealed record TemplateHead(string Id, int AdCount, string MedoidAdId, IReadOnlyList<TemplatePart> Parts, int DistinctPhones, IReadOnlyList<string> SampleAdIds)
{
    /// <summary>Ad ids a head keeps.</summary>
    public const int Samples = 50;

    /// <summary>The head of a whole template.</summary>
    public static TemplateHead Of(Template template)
    {
        ArgumentNullException.ThrowIfNull(template);
        return new TemplateHead(template.Id, template.AdIds.Count, template.MedoidAdId, template.Parts, template.DistinctPhones, template.AdIds.Take(Samples).ToArray());
    }

    /// <summary>The template's text with its slots written as {n}.</summary>
    public string Render() => Template.Render(Parts);
}
