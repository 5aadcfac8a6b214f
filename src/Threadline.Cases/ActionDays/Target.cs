using System.Collections.Immutable;

namespace Threadline.Cases.ActionDays;

/// <summary>A target in one country (ISO 3166-1 alpha-2), with the evidence that points there.</summary>
public sealed record Target
{
    public Target(string id, string country, TargetKind kind, string description, IEnumerable<Evidence> evidence)
    {
        Id = Model.Text.Id(id, "target id");
        var c = (country ?? string.Empty).Trim().ToUpperInvariant();
        if (c.Length != 2 || !c.All(char.IsAsciiLetterUpper))
        {
            throw new ArgumentException($"target {Id}: country '{country}' is not an ISO 3166-1 alpha-2 code (BE, ES …)", nameof(country));
        }

        Country = c;
        Kind = Enum.IsDefined(kind) ? kind : throw new ArgumentOutOfRangeException(nameof(kind), kind, "address, person, vehicle or account");
        Description = Model.Text.Required(description, "target description", 500);
        Evidence = (evidence ?? []).ToImmutableArray();
        if (Evidence.IsEmpty)
        {
            throw new ArgumentException($"target {Id}: a target needs the evidence that points there", nameof(evidence));
        }

        if (Evidence.Length > 1000)
        {
            throw new ArgumentException($"target {Id}: at most 1000 pieces of evidence", nameof(evidence));
        }
    }

    public string Id { get; }

    public string Country { get; }

    public TargetKind Kind { get; }

    public string Description { get; }

    public ImmutableArray<Evidence> Evidence { get; }
}
