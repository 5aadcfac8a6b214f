namespace Threadline.Linking;

/// <summary>
/// A near-duplicate text cluster and its template: fixed text with variable slots, after
/// InfoShield's template-and-slot idea (Lee et al., ICDE 2021). The template is the cluster's medoid
/// aligned token-wise with the other members; positions where members differ become slots.
/// </summary>
public sealed record Template
{
    public required string Id { get; init; }

    public required IReadOnlyList<string> AdIds { get; init; }

    /// <summary>The medoid ad the template is built from.</summary>
    public required string MedoidAdId { get; init; }

    public required IReadOnlyList<TemplatePart> Parts { get; init; }

    /// <summary>Distinct phones among the member ads.</summary>
    public int DistinctPhones { get; init; }

    /// <summary>Plain text with slots as {1}, {2} ...</summary>
    public string Render() => Render(Parts);

    /// <summary>Template parts as plain text with slots as {1}, {2} ...</summary>
    public static string Render(IEnumerable<TemplatePart> parts) => string.Concat(parts.Select(p => p.IsSlot
        ? string.Create(System.Globalization.CultureInfo.InvariantCulture, $"{{{p.SlotIndex}}}")
        : p.Text));
}

/// <summary>A run of fixed text, or a slot with a few of the values members put there.</summary>
public sealed record TemplatePart(string Text, bool IsSlot, int SlotIndex, IReadOnlyList<string> SampleValues);
